package dev.jarmor.samples.spring.war;

import dev.jarmor.samples.spring.GreetingApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.support.SpringBootServletInitializer;

/** What a servlet container starts the application through when the WAR is deployed to it. */
public class ServletInitializer extends SpringBootServletInitializer {

  @Override
  protected SpringApplicationBuilder configure(SpringApplicationBuilder application) {
    return application.sources(GreetingApplication.class);
  }
}
