package org.misconduct.bench.floor;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Takes a complaint as intake's submission does, validated, and stores it as JSON in one committed insert. */
@RestController
class FloorSubmissions {

    static final String PATH = "/api/v1/complaints";

    record Complainant(@Size(max = 200) String name, @Size(max = 200) String contact, Boolean isVictim) {
    }

    record Submission(@NotBlank @Size(max = 64) String mission, @NotBlank @Size(max = 20_000) String description,
                      @Size(max = 8) String language, @Size(max = 64) String personnelCategory,
                      @Size(max = 64) String allegedNationality, @PositiveOrZero @Max(1000) Integer victimCount,
                      @NotNull Boolean minorInvolved, @Valid Complainant complainant) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    FloorSubmissions(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> submit(@Valid @RequestBody Submission submission) throws JsonProcessingException {
        Long id = jdbc.queryForObject("INSERT INTO durable_insert (body) VALUES (?) RETURNING id", Long.class,
                json.writeValueAsString(submission));
        return Map.of("reference", "FLOOR-" + id);
    }
}
