package org.misconduct.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keycloak in development mode from the keycloak-quarkus-dist zip in the local Maven repository, with the
 * {@code misconduct} realm ({@link DevelopmentRealm}) imported at every start.
 */
public final class LocalKeycloak {

    public static final int DEFAULT_PORT = 8180;
    public static final String VERSION = readVersion();
    public static final String REALM = "misconduct";
    public static final String ADMIN_CONSOLE_USER = "admin";
    public static final String ADMIN_CONSOLE_PASSWORD = "admin";

    private static final Logger log = LoggerFactory.getLogger(LocalKeycloak.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

    private final int port;
    private final Path installDirectory;
    private final Path logFile;
    private Process process;

    /**
     * @param installDirectory where the distribution is unpacked once and reused; several instances may share it
     * @param logFile          receives Keycloak's console output, replaced at every start
     */
    public LocalKeycloak(int port, Path installDirectory, Path logFile) {
        this.port = port;
        this.installDirectory = installDirectory.toAbsolutePath();
        this.logFile = logFile.toAbsolutePath();
    }

    /** Port 8180, unpacked into {@code <project root>/.local/keycloak-<version>}, log in {@code .local/logs}. */
    public static LocalKeycloak withDefaults() {
        Path local = ProjectRoot.localDirectory();
        return new LocalKeycloak(DEFAULT_PORT, defaultInstallDirectory(), local.resolve("logs/keycloak.log"));
    }

    public static Path defaultInstallDirectory() {
        return ProjectRoot.localDirectory().resolve("keycloak-" + VERSION);
    }

    public String issuerUri() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    public String accessToken(String username, String password) {
        return AccessTokens.passwordGrant(issuerUri(), username, password);
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        long startedAt = System.nanoTime();
        try {
            unpackOnce();
            installRealm();
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder("/bin/sh", installDirectory.resolve("bin/kc.sh").toString(),
                    "start-dev",
                    "--http-port=" + port,
                    "--import-realm",
                    // In memory: every instance sharing the install starts from the realm file, and none locks another's files.
                    "--db=dev-mem")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
            builder.environment().putAll(Map.of(
                    "JAVA_HOME", System.getProperty("java.home"),
                    "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_CONSOLE_USER,
                    "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_CONSOLE_PASSWORD));
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start Keycloak from " + installDirectory, e);
        }
        Readiness.await("Keycloak on port " + port, process, logFile, STARTUP_TIMEOUT,
                () -> Readiness.answersOk(issuerUri() + "/.well-known/openid-configuration"));
        log.info("Keycloak ready on {} in {} ms", baseUrl(), (System.nanoTime() - startedAt) / 1_000_000);
    }

    public synchronized void stop() {
        Readiness.stop(process, SHUTDOWN_GRACE);
        process = null;
    }

    private void unpackOnce() throws IOException {
        if (Files.isRegularFile(installDirectory.resolve("bin/kc.sh"))) {
            return;
        }
        Path distribution = distributionZip();
        log.info("Unpacking {} into {}", distribution, installDirectory);
        Files.createDirectories(installDirectory.getParent());
        // Unpack beside the target and rename, so an interrupted unpack never looks like a finished one.
        Path unpacking = Files.createTempDirectory(installDirectory.getParent(), installDirectory.getFileName() + ".unpacking-");
        try (ZipFile zip = new ZipFile(distribution.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                unpack(zip, entries.nextElement(), unpacking);
            }
        }
        try (Stream<Path> scripts = Files.list(unpacking.resolve("bin"))) {
            scripts.filter(script -> script.toString().endsWith(".sh"))
                    .forEach(LocalKeycloak::makeExecutable);
        }
        try {
            Files.move(unpacking, installDirectory, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException unpackedMeanwhile) {
            deleteRecursively(unpacking);
        }
    }

    private static void unpack(ZipFile zip, ZipEntry entry, Path target) throws IOException {
        // Entries start with "keycloak-<version>/"; drop that so the install directory is the distribution's home.
        String name = entry.getName();
        int firstSlash = name.indexOf('/');
        if (firstSlash < 0 || firstSlash == name.length() - 1) {
            return;
        }
        Path destination = target.resolve(name.substring(firstSlash + 1)).normalize();
        if (!destination.startsWith(target)) {
            throw new IOException("Zip entry escapes the target directory: " + name);
        }
        if (entry.isDirectory()) {
            Files.createDirectories(destination);
            return;
        }
        Files.createDirectories(destination.getParent());
        try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void installRealm() throws IOException {
        Path importDirectory = installDirectory.resolve("data/import");
        Files.createDirectories(importDirectory);
        // Another instance may be importing from the same directory right now: replace the file atomically.
        Path staged = Files.createTempFile(importDirectory, "realm", ".staged");
        Files.write(staged, DevelopmentRealm.json());
        Files.move(staged, importDirectory.resolve("misconduct-realm.json"),
                StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The zip Maven downloaded as a dependency of local-runtime. */
    static Path distributionZip() {
        String configured = System.getProperty("maven.repo.local");
        Path repository = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        Path zip = repository.resolve("org/keycloak/keycloak-quarkus-dist/" + VERSION
                + "/keycloak-quarkus-dist-" + VERSION + ".zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip
                    + "; build local-runtime with Maven (mvn -pl local-runtime install) to download it");
        }
        return zip;
    }

    private static void makeExecutable(Path script) {
        try {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String readVersion() {
        try (InputStream in = LocalKeycloak.class.getResourceAsStream("local-runtime.properties")) {
            if (in == null) {
                throw new IllegalStateException("local-runtime.properties is missing from the local-runtime jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("keycloak.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
