package org.misconduct.testinfra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy a test can cut, to make a server unreachable for the application under test and bring it
 * back, without touching the server. While cut, every open connection is closed and new ones are closed
 * as soon as they are accepted, as a dropped network link or a failed-over database looks to a client.
 * <pre>
 * CuttableProxy link = CuttableProxy.toDatabase(TestInfrastructure.postgres("intake"));
 * registry.add("spring.datasource.url", () -> link.jdbcUrl());
 * </pre>
 */
public final class CuttableProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final String jdbcUrl;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    private CuttableProxy(InetSocketAddress target, String database) {
        this.target = target;
        try {
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.jdbcUrl = "jdbc:postgresql://127.0.0.1:" + listener.getLocalPort() + "/" + database;
        Thread acceptor = new Thread(this::accept, "cuttable-proxy-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy in front of the database's server; {@link #jdbcUrl()} reaches the same database through it. */
    public static CuttableProxy toDatabase(PostgresDatabase database) {
        URI uri = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        return new CuttableProxy(new InetSocketAddress(uri.getHost(), uri.getPort()), uri.getPath().substring(1));
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Drops every connection and refuses new ones until {@link #restore()}. */
    public void cut() {
        cut = true;
        open.forEach(CuttableProxy::closeQuietly);
        open.clear();
    }

    public void restore() {
        cut = false;
    }

    @Override
    public void close() {
        cut();
        closeQuietly(listener);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (cut) {
                    closeQuietly(client);
                } else {
                    connect(client);
                }
            } catch (IOException e) {
                // the listener was closed, or one connection failed: go on while the listener is open
            }
        }
    }

    private void connect(Socket client) throws IOException {
        Socket server = new Socket();
        try {
            server.connect(target, 3000);
        } catch (IOException e) {
            closeQuietly(client);
            throw e;
        }
        open.add(client);
        open.add(server);
        if (cut) {
            closeQuietly(client);
            closeQuietly(server);
            return;
        }
        pump(client, server);
        pump(server, client);
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // either side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "cuttable-proxy-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
