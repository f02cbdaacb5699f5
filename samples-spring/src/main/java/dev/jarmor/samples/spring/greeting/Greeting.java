package dev.jarmor.samples.spring.greeting;

/** What {@code GET /hello} answers, written as JSON by the names of its components. */
public record Greeting(String text, int length, String checksum) {}
