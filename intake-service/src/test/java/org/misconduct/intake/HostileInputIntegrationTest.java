package org.misconduct.intake;

import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.hostile.HostileInputTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Intake's share of the hostile input: its seed, its roles, and limits out of the way of one test client. */
class HostileInputIntegrationTest extends HostileInputTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        HostileInputTest.register(registry, "intake_hostile_it");
        ServiceTestProperties.registerPersonalDataKey(registry);
        ServiceTestProperties.registerFollowUpCodeKey(registry);
        registry.add("misconduct.abuse-protection.submissions.requests", () -> "1000000");
        registry.add("misconduct.abuse-protection.follow-ups.requests", () -> "1000000");
    }

    HostileInputIntegrationTest() {
        super(20261202001L, roles("intake-officer", "community-focal-point", "auditor", "admin"));
    }
}
