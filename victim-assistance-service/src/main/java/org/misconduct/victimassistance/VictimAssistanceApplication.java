package org.misconduct.victimassistance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class VictimAssistanceApplication {

    public static void main(String[] args) {
        SpringApplication.run(VictimAssistanceApplication.class, args);
    }
}
