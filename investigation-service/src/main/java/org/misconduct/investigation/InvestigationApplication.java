package org.misconduct.investigation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class InvestigationApplication {

    public static void main(String[] args) {
        SpringApplication.run(InvestigationApplication.class, args);
    }
}
