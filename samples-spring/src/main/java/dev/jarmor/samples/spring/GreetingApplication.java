package dev.jarmor.samples.spring;

import dev.jarmor.samples.spring.greeting.GreetingProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * A Spring Boot web application as users write one: component scanning from this package down, a
 * controller in a subpackage, a service, configuration properties bound from application.properties,
 * and plain classes that only the program's code calls (which jarmor renames and moves).
 */
@SpringBootApplication
@EnableConfigurationProperties(GreetingProperties.class)
public class GreetingApplication {

  public static void main(String[] args) {
    SpringApplication.run(GreetingApplication.class, args);
  }
}
