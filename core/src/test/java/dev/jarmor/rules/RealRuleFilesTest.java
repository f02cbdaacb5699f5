package dev.jarmor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.plan.Decision;
import dev.jarmor.rules.KeepRule.Kind;
import dev.jarmor.rules.KeepRule.Modifier;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule files popular libraries ship inside their released jars (test-scoped dependencies in
 * core/pom.xml), read as they are: every one must parse, and come out as the rules its authors wrote.
 */
class RealRuleFilesTest {

  /** Where ProGuard and R8 look for rules embedded in a library jar. */
  private static final Pattern EMBEDDED_RULES =
      Pattern.compile("META-INF/(proguard|com\\.android\\.tools/[^/]+)/[^/]+\\.pro");

  /** The embedded rule files, by entry name, of the jar on the test class path whose name starts with {@code prefix}. */
  private static Map<String, RuleSet> rulesOf(String prefix) throws IOException {
    String classPath = System.getProperty("java.class.path");
    List<String> elements = new ArrayList<>(List.of(classPath.split(File.pathSeparator)));
    String surefire = System.getProperty("surefire.test.class.path");
    if (surefire != null) {
      elements.addAll(List.of(surefire.split(File.pathSeparator)));
    }
    Path jar = elements.stream().map(Path::of)
        .filter(p -> p.getFileName() != null && p.getFileName().toString().startsWith(prefix)
            && p.getFileName().toString().endsWith(".jar"))
        .findFirst().orElseThrow(() -> new AssertionError(prefix + "*.jar is not on the test class path"));
    Map<String, RuleSet> rules = new TreeMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (EMBEDDED_RULES.matcher(entry.getName()).matches()) {
          try (InputStream in = zip.getInputStream(entry)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            rules.put(entry.getName(), RuleParser.parse(text, entry.getName()));
          }
        }
      }
    }
    assertThat(rules).as("rule files in %s", jar).isNotEmpty();
    return rules;
  }

  private static List<String> texts(RuleSet set) {
    return set.rules().stream().map(KeepRule::toString).toList();
  }

  @Test
  void okhttp() throws IOException {
    Map<String, RuleSet> files = rulesOf("okhttp-4.12.0");
    assertThat(files).containsOnlyKeys("META-INF/proguard/okhttp3.pro");
    RuleSet set = files.get("META-INF/proguard/okhttp3.pro");
    assertThat(texts(set)).containsExactly("-keepnames class okhttp3.internal.publicsuffix.PublicSuffixDatabase");
    assertThat(set.rules().get(0).location()).isEqualTo("META-INF/proguard/okhttp3.pro:5");
    assertThat(set.warnings()).as("its -dontwarn lines are read").isEmpty();
    assertThat(set.silencedWarnings().silences("org.conscrypt.Conscrypt")).isTrue();
    assertThat(set.silencedWarnings().silences("org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement")).isTrue();
    assertThat(set.silencedWarnings().silences("okhttp3.OkHttpClient")).isFalse();
  }

  @Test
  void retrofit() throws IOException {
    Map<String, RuleSet> files = rulesOf("retrofit-2.11.0");
    RuleSet set = files.get("META-INF/proguard/retrofit2.pro");
    assertThat(texts(set)).containsExactly(
        "-keepclassmembers,allowshrinking,allowobfuscation interface * { @retrofit2.http.* <methods>; }",
        "-keep,allowobfuscation interface <1>",
        "-keep,allowobfuscation interface * extends <1>",
        "-keep,allowshrinking,allowobfuscation class kotlin.coroutines.Continuation",
        "-keep,allowshrinking,allowoptimization,allowobfuscation class <3>",
        "-keep,allowshrinking,allowobfuscation class retrofit2.Response");
    KeepRule serviceMethods = set.rules().get(0);
    assertThat(serviceMethods.kind()).isEqualTo(Kind.KEEP_CLASS_MEMBERS);
    assertThat(serviceMethods.classSpecification().type()).isEqualTo(ClassSpecification.ClassType.INTERFACE);
    MemberSpecification methods = serviceMethods.classSpecification().members().get(0);
    assertThat(methods.kind()).isEqualTo(MemberSpecification.Kind.ALL_METHODS);
    assertThat(methods.annotation()).hasToString("retrofit2.http.*");
    assertThat(methods.annotation().matches("retrofit2/http/GET")).isTrue();
    assertThat(set.rules()).allSatisfy(rule -> assertThat(rule.has(Modifier.ALLOW_OBFUSCATION)).isTrue());
    assertThat(set.warnings()).filteredOn(w -> w.contains("-keepattributes")).hasSize(3);
    assertThat(set.silencedWarnings().silences("kotlin.Unit")).isTrue();
    assertThat(set.warnings()).filteredOn(w -> w.contains("-if is not supported yet")).hasSize(3);
    assertThat(set.warnings()).hasSize(6);
  }

  @Test
  void gson() throws IOException {
    RuleSet set = rulesOf("gson-2.11.0").get("META-INF/proguard/gson.pro");
    assertThat(set.rules()).extracting(KeepRule::kind).containsExactly(
        Kind.KEEP, Kind.KEEP, Kind.KEEP, Kind.KEEP_CLASS_MEMBERS,
        Kind.KEEP_CLASS_MEMBERS, Kind.KEEP_CLASS_MEMBERS, Kind.KEEP_CLASS_MEMBERS, Kind.KEEP_CLASS_MEMBERS,
        Kind.KEEP_CLASSES_WITH_MEMBERS, Kind.KEEP_CLASS_MEMBERS);
    assertThat(texts(set)).contains(
        "-keep,allowobfuscation class * extends com.google.gson.reflect.TypeToken",
        "-keep,allowoptimization,allowobfuscation @com.google.gson.annotations.JsonAdapter class *",
        "-keepclassmembers,allowobfuscation class * { @com.google.gson.annotations.Expose <fields>;"
            + " @com.google.gson.annotations.JsonAdapter <fields>; @com.google.gson.annotations.Since <fields>;"
            + " @com.google.gson.annotations.Until <fields>; }",
        "-keepclassmembers class * extends com.google.gson.TypeAdapter { <init>(); }",
        "-keepclasseswithmembers,allowobfuscation class <1> { @com.google.gson.annotations.SerializedName <fields>; }");
    assertThat(set.warnings()).containsExactly(
        "META-INF/proguard/gson.pro:12: -keepattributes is not supported yet; ignored",
        "META-INF/proguard/gson.pro:16: -keepattributes is not supported yet; ignored",
        "META-INF/proguard/gson.pro:23: -if is not supported yet; the keep rule after it applies unconditionally",
        "META-INF/proguard/gson.pro:63: -if is not supported yet; the keep rule after it applies unconditionally",
        "META-INF/proguard/gson.pro:67: -if is not supported yet; the keep rule after it applies unconditionally");
  }

  /** Gson instantiates type adapters reflectively through their no-argument constructor. */
  @Test
  void gsonRulesKeepTheConstructorsOfAdapters(@TempDir Path work) throws IOException {
    CompiledProgram program = CompiledProgram.compile(work, Map.of(
        "com/google/gson/TypeAdapter.java", "package com.google.gson; public abstract class TypeAdapter {}",
        "com/acme/DateAdapter.java", """
            package com.acme;
            public class DateAdapter extends com.google.gson.TypeAdapter {
              public DateAdapter() {}
              public DateAdapter(String pattern) {}
              String pattern;
            }
            """));
    RuleSet set = rulesOf("gson-2.11.0").get("META-INF/proguard/gson.pro");
    List<Decision> decisions = program.decisions(set);
    assertThat(decisions).extracting(d -> d.target().toString()).containsExactly("com.acme.DateAdapter.<init>()V");
    assertThat(decisions.get(0).reason().text()).isEqualTo(
        "-keepclassmembers class * extends com.google.gson.TypeAdapter { <init>(); } (META-INF/proguard/gson.pro:44)");
  }

  @Test
  void kotlinxCoroutines() throws IOException {
    Map<String, RuleSet> files = rulesOf("kotlinx-coroutines-core-jvm-1.7.3");
    assertThat(files).containsOnlyKeys("META-INF/proguard/coroutines.pro",
        "META-INF/com.android.tools/proguard/coroutines.pro", "META-INF/com.android.tools/r8/coroutines.pro");
    List<String> keepRules = List.of(
        "-keepnames class kotlinx.coroutines.internal.MainDispatcherFactory",
        "-keepnames class kotlinx.coroutines.CoroutineExceptionHandler",
        "-keepclassmembers class kotlinx.coroutines.** { volatile <fields>; }",
        "-keepclassmembers class kotlin.coroutines.SafeContinuation { volatile <fields>; }");
    assertThat(texts(files.get("META-INF/proguard/coroutines.pro"))).containsExactlyElementsOf(keepRules);
    assertThat(texts(files.get("META-INF/com.android.tools/proguard/coroutines.pro")))
        .containsExactlyElementsOf(keepRules);
    assertThat(texts(files.get("META-INF/com.android.tools/r8/coroutines.pro")))
        .containsExactlyElementsOf(keepRules.subList(2, 4));
    assertThat(files.get("META-INF/proguard/coroutines.pro").warnings()).isEmpty();
    assertThat(files.get("META-INF/proguard/coroutines.pro").silencedWarnings().silences("sun.misc.Signal")).isTrue();
  }

  /** Atomic field updaters find volatile fields by name. */
  @Test
  void coroutinesRulesKeepVolatileFieldsAndServiceClasses(@TempDir Path work) throws IOException {
    CompiledProgram program = CompiledProgram.compile(work, Map.of(
        "kotlinx/coroutines/JobSupport.java", """
            package kotlinx.coroutines;
            public class JobSupport { volatile Object state; Object parent; }
            """,
        "kotlinx/coroutines/internal/MainDispatcherFactory.java", """
            package kotlinx.coroutines.internal;
            public interface MainDispatcherFactory { int getLoadPriority(); }
            """));
    RuleSet set = rulesOf("kotlinx-coroutines-core-jvm-1.7.3").get("META-INF/proguard/coroutines.pro");
    assertThat(program.decisions(set)).extracting(d -> d.target().toString()).containsExactly(
        "kotlinx.coroutines.internal.MainDispatcherFactory",
        "kotlinx.coroutines.JobSupport.stateLjava/lang/Object;");
  }
}
