package dev.jarmor.boundary;

import dev.jarmor.language.LanguageSupport;
import dev.jarmor.language.Languages;
import dev.jarmor.plan.Decision;
import java.util.ArrayList;
import java.util.List;

/** The registry of analyzers: the one list a new kind of boundary is added to. */
public final class Boundaries {

  private Boundaries() {}

  /**
   * The analyzers that always run: contracts of the JVM and the JDK, and the wire's as {@code wire} scopes it,
   * then those of each installed language.
   */
  public static List<Boundary> builtIn(WireScope wire) {
    List<Boundary> boundaries = new ArrayList<>(jvm(wire));
    for (LanguageSupport language : Languages.installed()) {
      boundaries.addAll(language.boundaries(wire));
    }
    return List.copyOf(boundaries);
  }

  private static List<Boundary> jvm(WireScope wire) {
    return List.of(new EntryPointBoundary(), new NativeBoundary(), new LibraryOverrideBoundary(),
        new MissingSupertypeBoundary(), new EnumBoundary(), new ScalaObjectBoundary(), new ScalaEnumerationBoundary(),
        new SerializationBoundary(wire), new LambdaBoundary(wire), new RecordBoundary(wire), new ProcessBoundary(),
        new ClassNameStringBoundary(), new ReflectionBoundary(), new ResourceBoundary(), new LayoutBoundary(),
        new LibraryReferenceBoundary(), new ProxyBoundary(), new DataModelBoundary(),
        new ScalaReflectionBoundary());
  }

  /** The built-in analyzers with the default, open wire. */
  public static List<Boundary> builtIn() {
    return builtIn(new WireScope(dev.jarmor.ProtectOptions.Wire.OPEN, List.of()));
  }

  /**
   * Runs the analyzers side by side and collects their decisions, and passes on their warnings, in the analyzers'
   * order, so that neither depends on which finished first. An analyzer reads the program, hierarchy and
   * libraries, which are safe to read from several threads, and writes only to what it is given.
   */
  public static List<Decision> analyze(List<Boundary> boundaries, AnalysisContext context) {
    List<Findings> found = boundaries.parallelStream().map(boundary -> {
      Findings findings = new Findings(new ArrayList<>(), new ArrayList<>());
      boundary.analyze(new AnalysisContext(context.program(), context.hierarchy(), context.libraries(),
          findings.warnings()::add), findings.decisions()::add);
      return findings;
    }).toList();
    List<Decision> decisions = new ArrayList<>();
    for (Findings findings : found) {
      decisions.addAll(findings.decisions());
      findings.warnings().forEach(context.warnings());
    }
    return decisions;
  }

  private record Findings(List<Decision> decisions, List<String> warnings) {}
}
