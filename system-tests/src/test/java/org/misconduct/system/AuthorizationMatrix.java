package org.misconduct.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.misconduct.system.RunningSystem.Service;

/**
 * The endpoint x role table of {@code docs/security.md}, read as the test's expectation, so the documented
 * matrix and the tested one cannot drift apart.
 */
record AuthorizationMatrix(List<String> principals, List<Row> rows) {

    static final String SECTION = "## Authorization matrix";

    /** What a principal gets from an operation. */
    enum Outcome {
        /** Past authentication and authorization: whatever the operation answers, but never 401, 403 or a server error. */
        OK,
        UNAUTHENTICATED,
        FORBIDDEN,
        /** Scoped out: answered exactly like something that does not exist. */
        NOT_FOUND;

        static Outcome parse(String cell) {
            return switch (cell.trim()) {
                case "ok" -> OK;
                case "401" -> UNAUTHENTICATED;
                case "403" -> FORBIDDEN;
                case "404" -> NOT_FOUND;
                default -> throw new IllegalArgumentException("Unknown outcome '" + cell + "' in the authorization matrix");
            };
        }

        boolean admits(int status) {
            return switch (this) {
                case OK -> status != 401 && status != 403 && status < 500;
                case UNAUTHENTICATED -> status == 401;
                case FORBIDDEN -> status == 403;
                case NOT_FOUND -> status == 404;
            };
        }
    }

    record Row(Service service, Operation operation, Map<String, Outcome> outcomes) {
    }

    static AuthorizationMatrix read(Path document) {
        List<String> lines;
        try {
            lines = Files.readAllLines(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int section = lines.indexOf(SECTION);
        if (section < 0) {
            throw new IllegalStateException(document + " has no section '" + SECTION + "'");
        }
        List<String> principals = null;
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(section + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|") || line.startsWith("|--") || line.startsWith("| --")) {
                continue;
            }
            List<String> cells = cells(line);
            if (cells.get(0).equalsIgnoreCase("Service")) {
                principals = cells.subList(2, cells.size());
                continue;
            }
            if (principals == null || cells.size() != principals.size() + 2) {
                throw new IllegalStateException("Malformed matrix line: " + line);
            }
            Map<String, Outcome> outcomes = new LinkedHashMap<>();
            for (int column = 0; column < principals.size(); column++) {
                outcomes.put(principals.get(column), Outcome.parse(cells.get(column + 2)));
            }
            rows.add(new Row(service(cells.get(0)), Operation.parse(cells.get(1).replace("`", "")), outcomes));
        }
        if (principals == null || rows.isEmpty()) {
            throw new IllegalStateException("No matrix rows under '" + SECTION + "' in " + document);
        }
        return new AuthorizationMatrix(principals, rows);
    }

    List<Row> rowsOf(Service service) {
        return rows.stream().filter(row -> row.service() == service).toList();
    }

    private static List<String> cells(String line) {
        String inner = line.trim();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        return Arrays.stream(inner.split("\\|")).map(String::trim).toList();
    }

    private static Service service(String name) {
        return Service.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** One HTTP operation, as OpenAPI names it: method and path template. */
    record Operation(String method, String path) {

        static Operation parse(String text) {
            String[] parts = text.trim().split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("Not 'METHOD /path': " + text);
            }
            return new Operation(parts[0].toUpperCase(Locale.ROOT), parts[1]);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
