package org.misconduct.testinfra.hostile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** The values hostile requests are made of: text no field expects, numbers out of every range, JSON of the wrong kind. */
final class HostileValues {

    private static final String[] KNOWN_BAD = {
            "", " ", "null", "undefined", "-1", "0", "2147483648", "99999999999999999999999", "1e309", "-0.0", "NaN",
            "../../../etc/passwd", "..%2F..%2F", "%00", "\u0000", "' OR '1'='1' --", "\"; DROP TABLE domainevententry; --",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "#{7*7}", "ALG-0000-000000", "ALG-2026-0000001",
            "ALG-9999-999999", "alg-2026-000001", "ALG-2026-000001\n", "\uD83D\uDE00\u202E\uFEFF", "\uD800", "true", "[]", "{}",
            "2026-02-30", "P-1D", "PT-1S", "-P1D", "P999999999Y", "9999-12-31T23:59:59Z", "00000000-0000-0000-0000-000000000000",
            "a".repeat(5000), "ALG-2026-000001/../../admin"};

    private HostileValues() {
    }

    static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of(KNOWN_BAD)),
                net.jqwik.api.Tuple.of(3, Arbitraries.strings().all().ofMaxLength(40)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(60)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().alpha().numeric().ofMinLength(200).ofMaxLength(30000)));
    }

    /** Visible ASCII and Latin-1, as a header can carry. */
    static Arbitrary<String> headerText() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "null", "-1", "ABCD-EFGH-JKLM-NPQR", "ZZZZ-ZZZZ-ZZZZ-ZZZZ", "a".repeat(5000), "é\u00ff"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(300));
    }

    /** Any JSON value, text or bytes where an object of known fields is expected. */
    static Arbitrary<String> jsonValue(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                text().map(HostileValues::quoted),
                Arbitraries.of("null", "true", "false", "0", "-1", "1e999", "-9223372036854775809", "1.5", "\"\"", "[]", "{}"),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf));
        if (depth <= 0) {
            return scalar;
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, scalar),
                net.jqwik.api.Tuple.of(1, jsonValue(depth - 1).list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]")),
                net.jqwik.api.Tuple.of(1, Arbitraries.maps(text(), jsonValue(depth - 1)).ofMaxSize(3)
                        .map(HostileValues::object)));
    }

    static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    static String object(java.util.Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append(quoted(name)).append(':').append(value));
        return json.append('}').toString();
    }
}
