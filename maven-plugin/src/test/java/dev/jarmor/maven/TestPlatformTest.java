package dev.jarmor.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link TestPlatform}: what a project's tests lack to run on the JUnit Platform of their own version. */
class TestPlatformTest {

  @Test
  void theLauncherOfTheTestsPlatformVersion() {
    // junit-jupiter 5.12.2, as Spring Boot 3.5 manages it
    assertThat(TestPlatform.wanted(Map.of("org.junit.jupiter:junit-jupiter-api", "5.12.2",
        "org.junit.jupiter:junit-jupiter-engine", "5.12.2", "org.junit.platform:junit-platform-engine", "1.12.2",
        "org.junit.platform:junit-platform-commons", "1.12.2")))
        .containsExactly("org.junit.platform:junit-platform-launcher:1.12.2");
  }

  @Test
  void jupitersEngineWhereTheTestsHaveItsApiAlone() {
    assertThat(TestPlatform.wanted(Map.of("org.junit.jupiter:junit-jupiter-api", "6.0.3",
        "org.junit.platform:junit-platform-commons", "6.0.3")))
        .containsExactly("org.junit.platform:junit-platform-launcher:6.0.3",
            "org.junit.jupiter:junit-jupiter-engine:6.0.3");
  }

  @Test
  void nothingWhereTheTestsHaveTheirLauncherOrNoPlatform() {
    assertThat(TestPlatform.wanted(Map.of("org.junit.platform:junit-platform-commons", "1.10.2",
        "org.junit.platform:junit-platform-launcher", "1.10.2", "org.junit.jupiter:junit-jupiter-engine", "5.10.2",
        "org.junit.jupiter:junit-jupiter-api", "5.10.2"))).isEmpty();
    assertThat(TestPlatform.wanted(Map.of("junit:junit", "4.13.2", "org.hamcrest:hamcrest-core", "1.3"))).isEmpty();
  }
}
