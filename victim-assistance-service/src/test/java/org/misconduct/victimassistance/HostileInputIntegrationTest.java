package org.misconduct.victimassistance;

import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.hostile.HostileInputTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Victim assistance's share of the hostile input: its seed and its roles. */
class HostileInputIntegrationTest extends HostileInputTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        HostileInputTest.register(registry, "victim_assistance_hostile_it");
        ServiceTestProperties.registerPersonalDataKey(registry);
    }

    HostileInputIntegrationTest() {
        super(20261202003L, roles("victim-assistance-officer", "auditor", "admin"));
    }
}
