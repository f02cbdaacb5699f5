package dev.jarmor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.testing.Compiler;
import dev.jarmor.testing.Jars;
import dev.jarmor.testing.JavaRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A multi-release jar: base classes and their Java 11 variants are renamed alike, and the JVM still picks the variant. */
class MultiReleaseTest {

  @TempDir Path temp;

  @Test
  void variantsAreRenamedConsistentlyWithTheirBaseClass() throws Exception {
    String main = "package mr; public class Main { public static void main(String[] a) {"
        + " System.out.println(new mr.impl.Platform().describe() + \" \" + mr.impl.Platform.LIMIT); } }";
    String base = "package mr.impl; public class Platform { public static final int LIMIT = 8;"
        + " public String describe() { return helper(\"base\"); }"
        + " String helper(String s) { return s + \"-\" + new Util().tag(); } }";
    String util = "package mr.impl; class Util { String tag() { return \"u\"; } }";
    String variant = "package mr.impl; public class Platform { public static final int LIMIT = 11;"
        + " public String describe() { return helper(\"eleven\") + extra(); }"
        + " String helper(String s) { return s + \"-\" + new Util().tag(); }"
        + " private String extra() { return \"+\"; } }";
    Path baseClasses = Compiler.compile(Map.of("mr.Main", main, "mr.impl.Platform", base, "mr.impl.Util", util), 8,
        temp.resolve("base"));
    Path variantClasses = Compiler.compile(Map.of("mr.impl.Platform", variant), 11, temp.resolve("v11"),
        baseClasses.toString());
    Map<String, byte[]> entries = new TreeMap<>(Jars.entries(baseClasses));
    entries.put("META-INF/versions/11/mr/impl/Platform.class", Jars.entries(variantClasses).get("mr/impl/Platform.class"));
    Path input = Jars.write(temp.resolve("in.jar"), entries, Jars.manifest("Multi-Release", "true", "Main-Class", "mr.Main"));
    Path out = temp.resolve("out.jar");

    Jarmor.protect(ProtectOptions.builder().input(input).output(out).build(), JarmorListener.SILENT);

    List<String> names = Jars.names(out);
    assertThat(names).noneMatch(n -> n.contains("Platform"));
    String versioned = names.stream().filter(n -> n.startsWith("META-INF/versions/11/") && n.endsWith(".class"))
        .findFirst().orElseThrow();
    assertThat(names).contains(versioned.substring("META-INF/versions/11/".length()));
    assertThat(JavaRunner.output(List.of(out), "mr.Main")).isEqualTo("eleven-u+ 8\n")
        .isEqualTo(JavaRunner.output(List.of(input), "mr.Main"));
  }
}
