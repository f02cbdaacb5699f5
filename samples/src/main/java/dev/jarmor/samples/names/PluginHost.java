package dev.jarmor.samples.names;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.ServiceLoader;

/** Finds its plugins, options, methods, greeter and template by name; prints what it found. */
public final class PluginHost {

  private static final String DESCRIBE = "describe";

  private PluginHost() {}

  public static void main(String[] args) throws Exception {
    for (Plugin plugin : ServiceLoader.load(Plugin.class)) {
      Options.set(plugin, "suffix", "!");
      System.out.println("service plugin: " + plugin.apply("jarmor"));
    }
    Properties config = new Properties();
    try (InputStream in = PluginHost.class.getResourceAsStream("/plugins.properties")) {
      config.load(in);
    }
    Plugin configured = (Plugin) Class.forName(config.getProperty("plugin")).getDeclaredConstructor().newInstance();
    System.out.println("configured plugin: " + configured.apply("jarmor") + ", "
        + ReversePlugin.class.getMethod(DESCRIBE).invoke(configured));

    Greeter greeter = (Greeter) Proxy.newProxyInstance(PluginHost.class.getClassLoader(),
        new Class<?>[] {Greeter.class}, (proxy, method, arguments) -> switch (method.getName()) {
          case "hello" -> "hello, " + arguments[0];
          case "bye" -> "bye, " + arguments[0];
          default -> throw new UnsupportedOperationException(method.getName());
        });
    System.out.println("proxy: " + greeter.hello("Ada") + " / " + greeter.bye("Ada"));
    System.out.println("template: " + template().replace("{name}", "Grace"));
  }

  private static String template() throws IOException {
    try (InputStream in = PluginHost.class.getResourceAsStream("greeting.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
  }
}
