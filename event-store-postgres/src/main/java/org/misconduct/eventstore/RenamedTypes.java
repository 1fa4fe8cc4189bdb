package org.misconduct.eventstore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * What stored messages call the classes that moved. An event, a deadline or a dead letter is stored under its
 * class's name and never rewritten, so a class that moves leaves a line {@code old.Name=new.Name} in a
 * {@value #RESOURCE} of its module, and what was stored under the old name is read as the new class.
 */
public final class RenamedTypes {

    public static final String RESOURCE = "META-INF/misconduct/renamed-types.properties";

    private final Map<String, String> currentNames;

    private RenamedTypes(Map<String, String> currentNames) {
        this.currentNames = Map.copyOf(currentNames);
    }

    /** Every {@value #RESOURCE} that {@code classLoader} sees. */
    public static RenamedTypes from(ClassLoader classLoader) {
        Map<String, String> names = new HashMap<>();
        try {
            for (URL resource : Collections.list(classLoader.getResources(RESOURCE))) {
                Properties lines = new Properties();
                try (InputStream in = resource.openStream()) {
                    lines.load(in);
                }
                lines.forEach((old, current) -> names.put(old.toString().trim(), current.toString().trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return new RenamedTypes(names);
    }

    /** The class name to load for a type stored as {@code storedName}. */
    public String currentName(String storedName) {
        return currentNames.getOrDefault(storedName, storedName);
    }
}
