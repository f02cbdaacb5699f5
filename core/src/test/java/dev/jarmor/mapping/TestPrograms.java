package dev.jarmor.mapping;

import dev.jarmor.Analysis;
import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Small Java programs compiled for the tests, and the plans jarmor makes for them. */
final class TestPrograms {

  /** Version 1 of a program: an entry point in one package, renamable classes in another. */
  static final Map<String, String> V1 = Map.of(
      "com/acme/app/Main.java", """
          package com.acme.app;

          import com.acme.core.Worker;

          public class Main {
            public static void main(String[] args) {
              Worker worker = new Worker("w");
              worker.run(args.length);
            }
          }
          """,
      "com/acme/core/Worker.java", """
          package com.acme.core;

          import java.util.List;

          public class Worker {
            private int count;
            String name;
            static long[][] grid;
            List<String>[] lists;

            public Worker(String name) {
              this.name = name;
            }

            public void run(int n) {
              count += n;
              helper(n);
            }

            private void helper(int n) {
              if (n == 0) {
                throw new IllegalStateException("no work for " + getClass().getName());
              }
            }

            List<String> list(int size, String prefix) {
              return List.of(prefix);
            }

            static String[][] table(Object[] rows, char c) {
              return new String[0][];
            }

            public class Task {
              int x;

              void go() {}
            }
          }
          """,
      "com/acme/core/Shape.java", """
          package com.acme.core;

          public interface Shape {
            double area();
          }
          """,
      "com/acme/core/Circle.java", """
          package com.acme.core;

          public class Circle implements Shape {
            double r;

            public double area() {
              return r * r * Math.PI;
            }

            @Override
            public String toString() {
              return "circle " + r;
            }
          }
          """);

  private TestPrograms() {}

  /** Compiles the sources (relative path to text) into {@code dir/classes} and returns that folder. */
  static Path compile(Path dir, Map<String, String> sources) throws IOException {
    Path src = dir.resolve("src");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      files.add(file);
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, null, null)) {
      boolean ok = compiler.getTask(errors, fileManager, null, List.of("-d", classes.toString(), "-g"), null,
          fileManager.getJavaFileObjectsFromPaths(files)).call();
      if (!ok) {
        throw new IllegalStateException("compilation failed:\n" + errors);
      }
    }
    return classes;
  }

  /** Reads and plans a compiled program with a fixed seed; close the result. */
  static Analysis analyze(Path classes, long seed) {
    return Jarmor.analyze(ProtectOptions.builder().input(classes).seed(seed).build(), JarmorListener.SILENT);
  }
}
