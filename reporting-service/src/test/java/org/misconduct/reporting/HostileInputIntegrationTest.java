package org.misconduct.reporting;

import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.hostile.HostileInputTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Reporting's share of the hostile input: its seed, its roles, and the public limit out of the way of one test client. */
class HostileInputIntegrationTest extends HostileInputTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        HostileInputTest.register(registry, "reporting_hostile_it");
        ServiceTestProperties.registerDisclosureOrderKey(registry);
        registry.add("misconduct.abuse-protection.public-disclosure.requests", () -> "1000000");
    }

    HostileInputIntegrationTest() {
        super(20261202004L, roles("conduct-officer", "admin", "auditor"));
    }
}
