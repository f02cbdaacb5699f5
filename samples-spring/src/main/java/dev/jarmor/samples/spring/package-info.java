/**
 * A Spring Boot web application, {@link dev.jarmor.samples.spring.GreetingApplication}, answering
 * {@code GET /hello}: the input of the test that protects a Spring Boot executable jar.
 */
package dev.jarmor.samples.spring;
