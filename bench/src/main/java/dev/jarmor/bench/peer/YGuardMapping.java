package dev.jarmor.bench.peer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * yGuard's rename log written as a mapping in ProGuard's format, the one {@link PeerCompare} reads, so
 * that the unique ids and causes of a suite protected by yGuard are put back into the original names as
 * for the other tools.
 *
 * <p>The log's {@code <map>} section gives each renamed package, class, method and field its new
 * <em>simple</em> name: a package its last segment ({@code <package name="com.acme.util" map="A"/>}
 * makes it {@code <renamed com.acme>.A}), a nested class the part after its outer class ({@code
 * Outer$Inner} to {@code <renamed Outer>$map}), a top-level class the part after its package; methods
 * come with their original signature ({@code name="void put(int, java.lang.Object)"}). Classes the log
 * does not list (its {@code <expose>} section holds the kept ones) keep their simple names, inside
 * their package's new name. Fields are left out: the log does not give their types, and PeerCompare
 * uses classes and methods only.
 *
 * <p>Usage: {@code YGuardMapping yguard-log.xml mapping.txt}
 */
public final class YGuardMapping {

  private YGuardMapping() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: YGuardMapping yguard-log.xml mapping.txt");
      System.exit(2);
    }
    Log log = Log.read(Path.of(args[0]));
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      out.println("# yGuard's rename log " + Path.of(args[0]).getFileName() + " in ProGuard's mapping format (classes and methods)");
      for (String cls : log.classes) {
        out.println(cls + " -> " + log.renamedClass(cls) + ":");
        for (String[] method : log.methods.getOrDefault(cls, List.of())) {
          out.println("    " + method[0].replace(", ", ",") + " -> " + method[1]);
        }
      }
    }
  }

  /** What the log says: every class it names, and the new simple names of what it renamed. */
  static final class Log {
    final Set<String> classes = new TreeSet<>();
    final Map<String, String> packageMap = new HashMap<>();
    final Map<String, String> classMap = new HashMap<>();
    /** class, then (original signature, new name) per renamed method. */
    final Map<String, List<String[]>> methods = new LinkedHashMap<>();
    private final Map<String, String> renamed = new HashMap<>();

    static Log read(Path file) throws Exception {
      Log log = new Log();
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.newSAXParser().parse(file.toFile(), new DefaultHandler() {
        private boolean inMap;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
          if (qName.equals("map")) inMap = true;
          String name = a.getValue("name");
          String cls = qName.equals("class") ? name : a.getValue("class");
          if (cls != null && (qName.equals("class") || qName.equals("method") || qName.equals("field"))) log.classes.add(cls);
          if (!inMap || a.getValue("map") == null) return;
          switch (qName) {
            case "package" -> log.packageMap.put(name, a.getValue("map"));
            case "class" -> log.classMap.put(name, a.getValue("map"));
            case "method" -> log.methods.computeIfAbsent(cls, k -> new ArrayList<>()).add(new String[] {name, a.getValue("map")});
            default -> {}
          }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
          if (qName.equals("map")) inMap = false;
        }
      });
      return log;
    }

    /** A class's name in the protected output. */
    String renamedClass(String cls) {
      String known = renamed.get(cls);
      if (known != null) return known;
      int dollar = cls.lastIndexOf('$');
      int dot = cls.lastIndexOf('.');
      String result;
      // nested when the part before the last $ is a class the log names (a $ may also be part of a name)
      if (dollar > dot && classes.contains(cls.substring(0, dollar))) {
        result = renamedClass(cls.substring(0, dollar)) + "$" + classMap.getOrDefault(cls, cls.substring(dollar + 1));
      } else {
        String simple = classMap.getOrDefault(cls, cls.substring(dot + 1));
        result = dot < 0 ? simple : renamedPackage(cls.substring(0, dot)) + "." + simple;
      }
      renamed.put(cls, result);
      return result;
    }

    private String renamedPackage(String pkg) {
      int dot = pkg.lastIndexOf('.');
      String last = packageMap.getOrDefault(pkg, pkg.substring(dot + 1));
      return dot < 0 ? last : renamedPackage(pkg.substring(0, dot)) + "." + last;
    }
  }
}
