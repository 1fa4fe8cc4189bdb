package org.misconduct.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.Base64;

final class Ports {

    private Ports() {
    }

    /** A free port whose management neighbour (port + 1000) is free too. */
    static int freePair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket socket = new ServerSocket(0); ServerSocket management = new ServerSocket(socket.getLocalPort() + 1000)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("No free port pair");
    }

    /** Base64 of 32 random bytes, as the services' key settings take. */
    static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
