package dev.jarmor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.testing.JavaRunner;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Spring Boot samples (modules samples-spring and samples-spring-war) as the tests run them: started with
 * {@code java -jar} on a free local port, asked the same requests in the same order, and compared entry by
 * entry with what jarmor wrote.
 */
final class SpringApps {

  /**
   * The requests every run answers, in order: JSON of a record, text, a default, a count of the calls
   * before, JSON of a class with getters, a 404.
   */
  static final List<String> REQUESTS = List.of("/hello", "/hello?name=ada%20lovelace", "/hello/plain?name=%20grace",
      "/hello?name=", "/hello/count", "/hello/stats", "/nowhere");

  private SpringApps() {}

  /** A sample's archive, from the system property the build sets; the test fails, naming it, if it is missing. */
  static Path sample(String property) {
    Path archive = Path.of(System.getProperty(property, "(system property " + property + " not set)"));
    assertThat(archive).as("the Spring Boot sample, built by its module before the CLI's tests").exists();
    return archive;
  }

  /**
   * Starts the archive with {@code java -jar} on a free local port, sends the requests in order once it
   * answers, and stops it: each answer as {@code <status> <content type> <body>}, the body left out for a
   * 404, whose error page carries a timestamp. The application's output goes to {@code log}.
   */
  static List<String> answers(Path archive, Path log) throws Exception {
    int port = freePort();
    Process app = new ProcessBuilder(JavaRunner.javaExecutable().toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-jar",
        archive.toString(), "--server.port=" + port, "--server.address=127.0.0.1")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      awaitStarted(app, http, port, log);
      List<String> answers = new ArrayList<>();
      for (String request : REQUESTS) {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + request)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        answers.add(response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("-")
            + (response.statusCode() == 404 ? "" : " " + response.body()));
      }
      return answers;
    } finally {
      app.destroy();
      if (!app.waitFor(30, TimeUnit.SECONDS)) {
        app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  /** Waits until the application answers a request, at most two minutes, failing with its log if it stops. */
  private static void awaitStarted(Process app, HttpClient http, int port, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      if (!app.isAlive()) {
        throw new AssertionError("the application stopped with exit status " + app.exitValue() + ":\n"
            + Files.readString(log));
      }
      try {
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/started-probe"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
        return;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    throw new AssertionError("the application did not answer within two minutes:\n" + Files.readString(log));
  }

  /**
   * Every entry of the original that {@code rewritten} does not select is in the output with the same bytes,
   * stored if it was stored; the manifest says the same.
   */
  static void assertCarriedAsItWas(Path original, Path out, Predicate<String> rewritten) throws IOException {
    Map<String, ZipEntry> after = entries(out);
    try (JarFile before = new JarFile(original.toFile()); JarFile protectedJar = new JarFile(out.toFile())) {
      for (ZipEntry entry : Collections.list(before.entries())) {
        String path = entry.getName();
        if (entry.isDirectory() || rewritten.test(path) || path.equals(JarFile.MANIFEST_NAME)) {
          continue;
        }
        ZipEntry copy = after.get(path);
        assertThat(copy).as(path).isNotNull();
        assertThat(copy.getMethod()).as(path).isEqualTo(entry.getMethod());
        assertThat(read(protectedJar, copy)).as(path).isEqualTo(read(before, entry));
      }
      assertThat(protectedJar.getManifest().getMainAttributes()).isEqualTo(before.getManifest().getMainAttributes());
    }
  }

  /** An archive's entries by path. */
  static Map<String, ZipEntry> entries(Path archive) throws IOException {
    Map<String, ZipEntry> entries = new TreeMap<>();
    try (ZipFile zip = new ZipFile(archive.toFile())) {
      Collections.list(zip.entries()).forEach(e -> entries.put(e.getName(), e));
    }
    return entries;
  }

  static byte[] read(ZipFile zip, ZipEntry entry) throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      return in.readAllBytes();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
