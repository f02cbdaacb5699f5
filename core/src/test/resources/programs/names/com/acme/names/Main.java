package com.acme.names;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Shows a class's run-time name three ways: {@code print} on stdout (with a line that changes every run),
 * {@code write} into {@code item.txt}, {@code exit} as the exit status (3 once the class is renamed).
 */
public class Main {
  public static void main(String[] args) throws Exception {
    String name = Item.class.getName();
    switch (args[0]) {
      case "print" -> {
        System.out.println("item: " + name);
        System.out.println("time: " + System.nanoTime());
      }
      case "write" -> Files.writeString(Path.of("item.txt"), name);
      default -> System.exit(name.endsWith(".Item") ? 0 : 3);
    }
  }
}
