package com.acme.store;

import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code write} saves an order to {@code order.ser} in the working directory; {@code read} loads and prints it. */
public class Main {
  public static void main(String[] args) throws Exception {
    Path file = Path.of("order.ser");
    if (args[0].equals("write")) {
      try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(file))) {
        out.writeObject(new Order("tea", 3));
      }
      System.out.println("wrote");
    } else {
      try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {
        System.out.println("read " + in.readObject());
      }
    }
  }
}
