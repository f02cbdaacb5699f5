package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.ProtectResult;
import dev.jarmor.input.Layout;
import dev.jarmor.plan.Reason;
import dev.jarmor.plan.Target;
import dev.jarmor.testing.Archives;
import dev.jarmor.testing.Compiler;
import dev.jarmor.testing.Jars;
import dev.jarmor.testing.JavaRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A WAR is protected in its layout: the classes of WEB-INF/classes/ renamed consistently, the jars of
 * WEB-INF/lib/ read for the hierarchy and carried byte for byte with the compression they had, the web
 * content carried as it was; a class its deployment descriptor or a JSP page names keeps its name.
 */
class WarLayoutTest {

  private static final String CLASSES = "WEB-INF/classes/";
  private static final String LIB = "WEB-INF/lib/";
  private static final String WEB_XML = """
      <?xml version="1.0" encoding="UTF-8"?>
      <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
        <servlet>
          <servlet-name>hello</servlet-name>
          <servlet-class>com.acme.web.HelloServlet</servlet-class>
        </servlet>
      </web-app>
      """;
  private static final String INDEX_JSP = """
      <%@ page import="com.acme.model.Item" %>
      <html><body><%= new Item("index").label() %></body></html>
      """;

  @TempDir Path temp;

  @Test
  void classesAreRenamedInPlaceLibrariesAndWebContentCarriedAsTheyWere() throws Exception {
    Path api = Compiler.compile(Map.of("org.fake.Servlet",
        "package org.fake; public abstract class Servlet { public abstract String handle(String request); }"),
        8, temp.resolve("api"));
    Path extra = Compiler.compile(Map.of("org.extra.Texts",
        "package org.extra; public final class Texts { public static String wrap(String s) { return \"[\" + s + \"]\"; } }"),
        8, temp.resolve("extra"));
    Path classes = Compiler.compile(Map.of(
        "com.acme.web.HelloServlet", """
            package com.acme.web;
            public class HelloServlet extends org.fake.Servlet {
              private final com.acme.web.internal.Counter counter = new com.acme.web.internal.Counter();
              @Override public String handle(String request) {
                return org.extra.Texts.wrap(request + " #" + counter.next() + " " + new com.acme.model.Item(request).label());
              }
            }""",
        "com.acme.web.internal.Counter", """
            package com.acme.web.internal;
            public class Counter { private int count; public int next() { return ++count; } }""",
        "com.acme.model.Item", """
            package com.acme.model;
            public class Item {
              private final String name;
              public Item(String name) { this.name = name; }
              public String label() { return "item " + name; }
            }""",
        "com.acme.web.SelfTest", """
            package com.acme.web;
            public class SelfTest {
              public static void main(String[] args) {
                HelloServlet servlet = new HelloServlet();
                System.out.println(servlet.handle("a") + " " + servlet.handle("b"));
              }
            }"""),
        17, temp.resolve("classes"), api.toString(), extra.toString());
    List<Archives.Entry> entries = new ArrayList<>();
    entries.add(Archives.deflated("index.jsp", INDEX_JSP.getBytes(StandardCharsets.UTF_8)));
    entries.add(Archives.deflated("static/app.css", "body { color: black }\n".getBytes(StandardCharsets.UTF_8)));
    entries.add(Archives.deflated("WEB-INF/web.xml", WEB_XML.getBytes(StandardCharsets.UTF_8)));
    entries.addAll(Archives.folder(classes, CLASSES));
    entries.add(Archives.stored(LIB + "fake-api.jar", Archives.jar(Jars.entries(api))));
    entries.add(Archives.deflated(LIB + "extra.jar", Archives.jar(Jars.entries(extra))));
    Path war = Archives.write(temp.resolve("app.war"), Jars.manifest("Created-By", "maven-war-plugin"), entries);
    Path out = temp.resolve("out.war");

    ProtectResult result = Jarmor.protect(ProtectOptions.builder().input(war).output(out).verifyLoad(true).build(),
        JarmorListener.SILENT);

    assertThat(result.layout().kind()).isEqualTo(Layout.Kind.WAR);
    assertThat(result.layout().describe())
        .isEqualTo("war: classes of WEB-INF/classes/ protected, 2 nested jars read as libraries and copied unchanged");
    Archives.assertCarried(war, out, CLASSES);
    Map<String, Archives.Entry> after = Archives.read(out);
    assertThat(after).containsKeys(CLASSES + "com/acme/web/HelloServlet.class", CLASSES + "com/acme/model/Item.class")
        .doesNotContainKey(CLASSES + "com/acme/web/internal/Counter.class");
    assertThat(after.keySet()).filteredOn(p -> p.endsWith(".class")).allMatch(p -> p.startsWith(CLASSES));
    assertThat(result.plan().keeps().get(Target.ofClass("com/acme/web/HelloServlet"))).extracting(Reason::text)
        .contains("WEB-INF/web.xml:5 names it: the war's web content, carried unchanged");
    assertThat(result.plan().keeps().get(Target.ofClass("com/acme/model/Item"))).extracting(Reason::text)
        .contains("index.jsp:1 names it: the war's web content, carried unchanged");

    String original = JavaRunner.output(Archives.classPath(war, CLASSES, LIB, temp.resolve("original")),
        "com.acme.web.SelfTest");
    assertThat(JavaRunner.output(Archives.classPath(out, CLASSES, LIB, temp.resolve("protected")),
        "com.acme.web.SelfTest")).isEqualTo(original).isEqualTo("[a #1 item a] [b #2 item b]\n");
  }
}
