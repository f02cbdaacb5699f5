package dev.jarmor.check.fix;

import dev.jarmor.testing.Compiler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A program that loads its plugin by a name read from a configuration file given as its argument: {@code
 * "com.acme.plugins." + name}, which no analysis can follow.
 */
final class PluginProgram {

  static final String MAIN = "com.acme.app.Main";

  private static final Map<String, String> SOURCES = Map.of(
      MAIN, """
          package com.acme.app;
          import com.acme.plugins.Plugin;
          import java.nio.file.Files;
          import java.nio.file.Paths;
          public class Main {
            public static void main(String[] args) throws Exception {
              String name = new String(Files.readAllBytes(Paths.get(args[0]))).trim();
              Plugin plugin = (Plugin) Class.forName("com.acme.plugins." + name).getDeclaredConstructor().newInstance();
              System.out.println(plugin.render(new Config("orders", 3)));
            }
          }""",
      "com.acme.app.Config", """
          package com.acme.app;
          public class Config {
            public final String table;
            public final int rows;
            public Config(String table, int rows) { this.table = table; this.rows = rows; }
          }""",
      "com.acme.plugins.Plugin", """
          package com.acme.plugins;
          public interface Plugin { String render(com.acme.app.Config config); }""",
      "com.acme.plugins.CsvPlugin", """
          package com.acme.plugins;
          public class CsvPlugin implements Plugin {
            private int count;
            public String render(com.acme.app.Config config) {
              count++;
              return com.acme.util.Text.join(",", config.table, String.valueOf(config.rows), String.valueOf(count));
            }
          }""",
      "com.acme.plugins.JsonPlugin", """
          package com.acme.plugins;
          public class JsonPlugin implements Plugin {
            public String render(com.acme.app.Config config) { return "{\\"table\\":\\"" + config.table + "\\"}"; }
          }""",
      "com.acme.util.Text", """
          package com.acme.util;
          public class Text {
            public static String join(String separator, String... parts) { return String.join(separator, parts); }
          }""");

  private PluginProgram() {}

  static Path compile(Path out) throws IOException {
    return Compiler.compile(SOURCES, 17, out);
  }
}
