package org.misconduct.web.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

class UserRateLimitTest {

    private final UserRateLimit limit = new UserRateLimit(new Allowance(2, Duration.ofMinutes(1)), 100,
            Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void aUserPastTheirAllowanceIsToldWhenToComeBack() {
        limit.spend("screening.officer");
        limit.spend("screening.officer");

        assertThatThrownBy(() -> limit.spend("screening.officer"))
                .isInstanceOfSatisfying(TooManyRequests.class, refused -> {
                    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
                    assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
                });
    }

    @Test
    void eachUserHasTheirOwnAllowance() {
        limit.spend("screening.officer");
        limit.spend("screening.officer");

        limit.spend("another.officer");
    }
}
