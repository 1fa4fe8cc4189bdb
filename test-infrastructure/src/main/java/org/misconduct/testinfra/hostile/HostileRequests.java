package org.misconduct.testinfra.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
import org.misconduct.testinfra.hostile.OpenApiOperation.BodyKind;
import org.misconduct.testinfra.hostile.OpenApiOperation.Parameter;

/**
 * Malformed requests to the operations of an OpenAPI document, drawn with jqwik from a seed: the same seed gives
 * the same requests. Every request is broken somewhere an attacker or a broken client would break it: a path
 * parameter no resource has, a query or header value out of range, a body that is not JSON, JSON of the wrong
 * shape or fields of the wrong kind, a content type the operation does not take, a token that is no token.
 */
public final class HostileRequests {

    private static final int GENERATION_SIZE = 1000;

    private HostileRequests() {
    }

    /** {@code count} requests spread over every operation in turn, each drawn from its own stream of the seed. */
    public static List<HostileRequest> draw(List<OpenApiOperation> operations, int credentials, long seed, int count) {
        JqwikSession.start(Long.toString(seed));
        try {
            Random random = new Random(seed);
            List<net.jqwik.api.RandomGenerator<HostileRequest>> generators = operations.stream()
                    .map(operation -> to(operation, credentials).generator(GENERATION_SIZE)).toList();
            return IntStream.range(0, count)
                    .mapToObj(index -> generators.get(index % generators.size()).next(random).value())
                    .toList();
        } finally {
            JqwikSession.finish();
        }
    }

    public static Arbitrary<HostileRequest> to(OpenApiOperation operation, int credentials) {
        Arbitrary<String> uri = uri(operation);
        Arbitrary<Map<String, String>> headers = headers(operation);
        Arbitrary<Tuple.Tuple2<String, byte[]>> body = body(operation);
        Arbitrary<Integer> credential = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(-1)),
                Tuple.of(6, Arbitraries.integers().between(0, Math.max(0, credentials - 1))));
        return Combinators.combine(uri, headers, body, credential)
                .as((path, headerValues, content, caller) -> new HostileRequest(operation, path, headerValues,
                        content.get1(), content.get2(), credentials == 0 ? -1 : caller))
                .filter(request -> isBroken(operation, request));
    }

    /** An operation that takes no input at all is broken only by its caller: no credentials or a token that is none. */
    private static boolean isBroken(OpenApiOperation operation, HostileRequest request) {
        return !operation.takesNoInput() || request.credential() < 0 || request.headers().containsKey("Authorization");
    }

    private static Arbitrary<String> uri(OpenApiOperation operation) {
        List<Parameter> pathParameters = operation.in("path");
        Arbitrary<List<String>> pathValues = HostileValues.text().filter(value -> !value.isEmpty())
                .list().ofSize(pathParameters.size());
        Arbitrary<Map<String, String>> query = query(operation);
        return Combinators.combine(pathValues, query).as((values, parameters) -> {
            String path = operation.path();
            for (int index = 0; index < pathParameters.size(); index++) {
                path = path.replace("{" + pathParameters.get(index).name() + "}", encode(values.get(index)));
            }
            StringBuilder uri = new StringBuilder(path);
            parameters.forEach((name, value) -> uri.append(uri.indexOf("?") < 0 ? '?' : '&')
                    .append(encode(name)).append('=').append(encode(value)));
            return uri.toString();
        });
    }

    private static Arbitrary<Map<String, String>> query(OpenApiOperation operation) {
        List<String> names = new java.util.ArrayList<>(operation.in("query").stream().map(Parameter::name).toList());
        names.addAll(List.of("size", "page", "format", "year"));
        return Arbitraries.maps(Arbitraries.of(names), HostileValues.text()).ofMaxSize(names.size());
    }

    private static Arbitrary<Map<String, String>> headers(OpenApiOperation operation) {
        List<String> names = new java.util.ArrayList<>(operation.in("header").stream().map(Parameter::name).toList());
        names.addAll(List.of("Accept", "Idempotency-Key", "Follow-Up-Code"));
        Arbitrary<String> authorization = Arbitraries.of("Bearer", "Bearer ", "Bearer not-a-token", "Bearer a.b.c",
                "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "Basic YWRtaW46YWRtaW4=", "Negotiate x");
        Arbitrary<String> accept = Arbitraries.of("application/xml", "text/csv", "*/*", "garbage", "application/json;q=x",
                "text/html", "image/png");
        // A made-up token stops most requests at the door; one in eight carries one, the others reach the operation.
        Arbitrary<String> maybeToken = Arbitraries.frequencyOf(Tuple.of(1, authorization), Tuple.of(7, Arbitraries.just((String) null)));
        return Arbitraries.maps(Arbitraries.of(names), HostileValues.headerText()).ofMaxSize(3)
                .flatMap(values -> Combinators.combine(maybeToken, accept).as((token, type) -> {
                    Map<String, String> headers = new LinkedHashMap<>(values);
                    if (token != null) {
                        headers.put("Authorization", token);
                    }
                    headers.computeIfPresent("Accept", (name, value) -> type);
                    return headers;
                }));
    }

    private static Arbitrary<Tuple.Tuple2<String, byte[]>> body(OpenApiOperation operation) {
        Arbitrary<String> contentType = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(operation.body() == BodyKind.MULTIPART ? "multipart/form-data; boundary=x" : "application/json")),
                Tuple.of(1, Arbitraries.of("text/plain", "application/xml", "multipart/form-data",
                        "application/x-www-form-urlencoded", "application/json; charset=ebcdic", "garbage/;;;")),
                Tuple.of(1, Arbitraries.just((String) null)));
        Arbitrary<String> content = Arbitraries.frequencyOf(
                Tuple.of(4, fieldsOfTheWrongKind(operation)),
                Tuple.of(2, HostileValues.jsonValue(2)),
                Tuple.of(1, Arbitraries.of("{", "[", "{\"", "{\"a\":}", "{,}", "\u0000", "{\"a\":1,}", "nul", "{}{}",
                        "[".repeat(5000) + "]".repeat(5000), "{\"a\":" .repeat(3000) + "1" + "}".repeat(3000))),
                Tuple.of(1, HostileValues.text()),
                Tuple.of(1, multipart()));
        return Combinators.combine(contentType, content).as((type, text) -> Tuple.of(type, text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Arbitrary<String> fieldsOfTheWrongKind(OpenApiOperation operation) {
        List<String> fields = operation.bodyFields().isEmpty() ? List.of("id", "text") : operation.bodyFields();
        return Arbitraries.maps(Arbitraries.of(fields), HostileValues.jsonValue(1)).ofMinSize(1).ofMaxSize(fields.size())
                .map(HostileValues::object);
    }

    private static Arbitrary<String> multipart() {
        return Arbitraries.of(
                "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n",
                "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../a.exe\"\r\nContent-Type: application/x-msdownload\r\n\r\nMZ\r\n--x--\r\n",
                "--x\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nvalue\r\n--x--\r\n",
                "--x--\r\n", "--y\r\n\r\n--y--");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
