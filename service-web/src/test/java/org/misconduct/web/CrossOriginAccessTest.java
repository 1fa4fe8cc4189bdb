package org.misconduct.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.cors.CorsConfiguration;

class CrossOriginAccessTest {

    @Test
    void theApiAndTheOperationalEndpointsAllowNoOrigin() {
        for (String path : new String[] {"/api/v1/complaints", "/actuator/health", "/livez", "/readyz", "/v3/api-docs", "/swagger-ui/index.html"}) {
            CorsConfiguration configuration = ResourceServer.crossOriginAccess(new MockHttpServletRequest("POST", path));

            assertThat(configuration).as(path).isNotNull();
            assertThat(configuration.checkOrigin("https://elsewhere.example")).as(path).isNull();
            assertThat(configuration.checkOrigin("null")).as(path).isNull();
        }
    }

    @Test
    void thePagesAreLeftToTheBrowserSoTheirFormsPostWithANullOrigin() {
        for (String path : new String[] {"/", "/complaints", "/follow-up/messages", "/council-reports/2026"}) {
            assertThat(ResourceServer.crossOriginAccess(new MockHttpServletRequest("POST", path))).as(path).isNull();
        }
    }
}
