package org.misconduct.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the checkout that holds the service modules and the {@code .local} working directory. */
public final class ProjectRoot {

    public static final String PROPERTY = "misconduct.root";

    private ProjectRoot() {
    }

    /**
     * The directory named by system property {@value #PROPERTY}, else the nearest directory at or above the
     * current one that looks like the project root, else the current directory.
     */
    public static Path find() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path currentDirectory = Path.of("").toAbsolutePath();
        // Maven runs each module's tests inside that module's directory, so look upwards.
        for (Path candidate = currentDirectory; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("pom.xml")) && Files.isDirectory(candidate.resolve("deploy/keycloak"))) {
                return candidate;
            }
        }
        return currentDirectory;
    }

    /** Where local processes keep their data, caches and logs; ignored by git. */
    public static Path localDirectory() {
        return find().resolve(".local");
    }
}
