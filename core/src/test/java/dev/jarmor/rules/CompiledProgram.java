package dev.jarmor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.JarmorListener;
import dev.jarmor.boundary.AnalysisContext;
import dev.jarmor.boundary.RuleBoundary;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.input.InputReader;
import dev.jarmor.input.LibraryPath;
import dev.jarmor.input.Program;
import dev.jarmor.plan.Decision;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** A small program compiled from source for matching tests: its hierarchy and what rules keep in it. */
final class CompiledProgram {

  private final Program program;
  private final Hierarchy hierarchy;

  private CompiledProgram(Program program, Hierarchy hierarchy) {
    this.program = program;
    this.hierarchy = hierarchy;
  }

  /** Compiles sources given as file path (e.g. {@code com/acme/Foo.java}) to source text. */
  static CompiledProgram compile(Path work, Map<String, String> sources) throws IOException {
    Path src = work.resolve("src");
    Path classes = Files.createDirectories(work.resolve("classes"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-nowarn"));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      args.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int rc = javac.run(null, null, errors, args.toArray(String[]::new));
    assertThat(rc).as("javac %s", errors).isZero();
    Program program = new InputReader(JarmorListener.SILENT, List.of(), (first, second) -> null).read(List.of(classes));
    LibraryPath libraries = LibraryPath.open(null, List.of(), List.of());
    return new CompiledProgram(program, Hierarchy.build(program, libraries));
  }

  Hierarchy hierarchy() {
    return hierarchy;
  }

  /** The decisions rules given as text make. */
  List<Decision> decisions(String rules) {
    return decisions(RuleParser.parse(rules, "rules.pro"));
  }

  List<Decision> decisions(RuleSet rules) {
    List<Decision> decisions = new ArrayList<>();
    new RuleBoundary(RuleSet.EMPTY, rules).analyze(new AnalysisContext(program, hierarchy, null, warning -> { }),
        decisions::add);
    return decisions;
  }

  /** What rules given as text keep, as sorted strings: {@code com.acme.Foo}, {@code com.acme.Foo.bar()V}. */
  TreeSet<String> kept(String rules) {
    TreeSet<String> kept = new TreeSet<>();
    for (Decision decision : decisions(rules)) {
      kept.add(decision.target().toString());
    }
    return kept;
  }
}
