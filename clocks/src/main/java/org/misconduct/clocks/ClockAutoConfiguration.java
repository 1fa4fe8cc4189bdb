package org.misconduct.clocks;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Binds the clock policy ({@code misconduct.clocks.*}) in every service that runs clocks. */
@AutoConfiguration
@EnableConfigurationProperties(ClockPolicy.class)
public class ClockAutoConfiguration {
}
