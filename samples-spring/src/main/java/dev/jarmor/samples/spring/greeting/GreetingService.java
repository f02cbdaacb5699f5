package dev.jarmor.samples.spring.greeting;

import dev.jarmor.samples.spring.text.Checksum;
import dev.jarmor.samples.spring.text.Phrases;
import org.springframework.stereotype.Service;

/** Greets by the configured salutation, with the plain classes of the text package doing the work. */
@Service
public class GreetingService {

  private final GreetingProperties properties;

  public GreetingService(GreetingProperties properties) {
    this.properties = properties;
  }

  public Greeting greet(String name) {
    String text = Phrases.repeat(properties.salutation(), properties.repeat()) + ", " + Phrases.capitalize(name) + "!";
    return new Greeting(text, text.length(), Checksum.of(text));
  }
}
