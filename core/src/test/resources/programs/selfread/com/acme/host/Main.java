package com.acme.host;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The plugin host of {@code plugins}, which also reads its plugin's class file and says whether the greeting is in it
 * as plain text: the plugin's name is built at run time (renaming breaks it), and string encryption changes what the
 * class file holds, so each needs a rule of its own, the second one only from level 2.
 */
public class Main {
  public static void main(String[] args) throws Exception {
    Plugin plugin = new PluginLoader().load(java.nio.file.Path.of("config", "plugin.properties"));
    System.out.println(plugin.greet("world"));
    Class<?> type = plugin.getClass();
    try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
      String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      System.out.println("greeting in plain text: " + text.contains("hello, "));
    }
  }
}
