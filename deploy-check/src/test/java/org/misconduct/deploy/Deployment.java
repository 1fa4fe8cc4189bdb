package org.misconduct.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.misconduct.local.ProjectRoot;

/** The project's deployment files, and the tools that render and validate them, as an operator would run them. */
final class Deployment {

    static final ObjectMapper YAML = new YAMLMapper();
    static final Path ROOT = ProjectRoot.find().resolve("deploy");

    private Deployment() {
    }

    static Path file(String relative) {
        return ROOT.resolve(relative);
    }

    static JsonNode yaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> documents(String yaml) {
        try {
            ObjectReader reader = YAML.readerFor(JsonNode.class);
            List<JsonNode> documents = new ArrayList<>();
            try (MappingIterator<JsonNode> iterator = reader.readValues(new YAMLFactory().createParser(yaml))) {
                iterator.forEachRemaining(document -> {
                    if (document != null && !document.isNull() && !document.isEmpty()) {
                        documents.add(document);
                    }
                });
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command line tool; the test fails with its output when it is missing or fails. */
    static Result run(Path directory, Map<String, String> environment, String... command) {
        try {
            Path output = Files.createTempFile("deploy-check", ".out");
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(false).redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(output.resolveSibling(output.getFileName() + ".err").toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within 2 minutes");
            }
            Path errors = output.resolveSibling(output.getFileName() + ".err");
            String err = Files.exists(errors) ? Files.readString(errors, StandardCharsets.UTF_8) : "";
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8), err);
        } catch (IOException e) {
            throw new AssertionError(command[0] + " cannot be run (.ci/run installs it): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    record Result(int exitCode, String output, String errors) {
    }
}
