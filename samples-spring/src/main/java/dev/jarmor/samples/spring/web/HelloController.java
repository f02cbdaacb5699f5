package dev.jarmor.samples.spring.web;

import dev.jarmor.samples.spring.greeting.Greeting;
import dev.jarmor.samples.spring.greeting.GreetingService;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /hello?name=} as JSON (a record), {@code GET /hello/plain?name=} as text, {@code GET /hello/count},
 * {@code GET /hello/stats} as JSON (a class with getters).
 */
@RestController
public class HelloController {

  private final GreetingService greetings;
  private final AtomicInteger count = new AtomicInteger();
  private volatile String lastName = "";

  public HelloController(GreetingService greetings) {
    this.greetings = greetings;
  }

  @GetMapping("/hello")
  public Greeting hello(@RequestParam(name = "name", defaultValue = "world") String name) {
    count.incrementAndGet();
    lastName = name;
    return greetings.greet(name);
  }

  @GetMapping("/hello/plain")
  public String plain(@RequestParam(name = "name", defaultValue = "world") String name) {
    count.incrementAndGet();
    return greetings.greet(name).text();
  }

  @GetMapping("/hello/count")
  public int count() {
    return count.get();
  }

  @GetMapping("/hello/stats")
  public Stats stats() {
    return new Stats(count.get(), lastName);
  }
}
