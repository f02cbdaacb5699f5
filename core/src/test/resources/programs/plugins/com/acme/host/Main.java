package com.acme.host;

/**
 * A host that loads the plugin its configuration names: the class name is built at run time from a file read by
 * relative path from the working directory, outside the jar, so no analysis of the jar can know it.
 */
public class Main {
  public static void main(String[] args) throws Exception {
    Plugin plugin = new PluginLoader().load(java.nio.file.Path.of("config", "plugin.properties"));
    System.out.println(plugin.greet("world"));
  }
}
