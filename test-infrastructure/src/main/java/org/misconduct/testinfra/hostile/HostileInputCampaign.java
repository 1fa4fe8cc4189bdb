package org.misconduct.testinfra.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sends hostile requests to a service in a Spring Boot test and tells what came back: every status, and each
 * answer of 5xx (or failure no exception handler answered, which the servlet container would send as 500)
 * with the request that caused it. The seed is {@code -Dhostile.seed=...} when given, so a failure found on
 * one run can be replayed.
 */
public final class HostileInputCampaign {

    /** Tables that change with time alone, not with requests. */
    private static final List<String> MOVING_BY_THEMSELVES = List.of("tokenentry", "scheduled_tasks", "flyway_schema_history");

    private final MockMvc http;
    private final List<RequestPostProcessor> credentials;

    public HostileInputCampaign(MockMvc http, List<RequestPostProcessor> credentials) {
        this.http = http;
        this.credentials = credentials;
    }

    public record Result(long seed, int requests, Map<Integer, Integer> statuses, List<String> serverErrors) {
    }

    public static long seed(long defaultSeed) {
        return Long.getLong("hostile.seed", defaultSeed);
    }

    public Result run(long seed, int count) throws Exception {
        JsonNode document = new ObjectMapper().readTree(
                http.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse().getContentAsByteArray());
        List<OpenApiOperation> operations = OpenApiOperation.of(document);
        if (operations.isEmpty()) {
            throw new IllegalStateException("The OpenAPI document lists no operation");
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        for (HostileRequest request : HostileRequests.draw(operations, credentials.size(), seed, count)) {
            int status;
            String answer;
            try {
                MockHttpServletResponse response = http.perform(build(request)).andReturn().getResponse();
                status = response.getStatus();
                answer = response.getContentAsString(StandardCharsets.UTF_8);
            } catch (Exception unanswered) {
                status = 500;
                answer = unanswered.toString();
            }
            statuses.merge(status, 1, Integer::sum);
            if (status >= 500) {
                serverErrors.add(status + " for " + request.describe() + " -> " + answer.substring(0, Math.min(500, answer.length())));
            }
        }
        return new Result(seed, count, statuses, serverErrors);
    }

    private MockHttpServletRequestBuilder build(HostileRequest request) {
        MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.request(HttpMethod.valueOf(request.operation().method()),
                java.net.URI.create(request.uri()));
        request.headers().forEach(builder::header);
        if (request.contentType() != null) {
            builder.contentType(request.contentType());
        }
        if (request.body() != null && !request.operation().method().equals("GET")) {
            builder.content(request.body());
        }
        if (request.credential() >= 0 && !request.headers().containsKey("Authorization")) {
            builder.with(credentials.get(request.credential()));
        }
        return builder;
    }

    /** Row counts of every table of the service's schema but those that move by themselves. */
    public static Map<String, Long> rowCounts(JdbcTemplate jdbc) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()", String.class).stream()
                .filter(table -> !MOVING_BY_THEMSELVES.contains(table))
                .forEach(table -> counts.put(table, jdbc.queryForObject("SELECT count(*) FROM \"" + table + "\"", Long.class)));
        return counts;
    }
}
