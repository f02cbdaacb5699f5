package com.acme.host;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

public class PluginLoader {
  public Plugin load(Path config) throws Exception {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(config)) {
      properties.load(in);
    }
    String name = "com.acme.plugins." + properties.getProperty("plugin");
    return (Plugin) Class.forName(name).getDeclaredConstructor().newInstance();
  }
}
