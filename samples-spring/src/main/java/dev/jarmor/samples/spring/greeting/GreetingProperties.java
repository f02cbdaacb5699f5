package dev.jarmor.samples.spring.greeting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code greeting.*} of application.properties, bound through the record's constructor. */
@ConfigurationProperties("greeting")
public record GreetingProperties(String salutation, int repeat) {}
