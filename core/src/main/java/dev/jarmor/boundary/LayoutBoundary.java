package dev.jarmor.boundary;

import dev.jarmor.input.ArchiveEntry;
import dev.jarmor.input.Layout;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Classes a WAR's web content names keep their names: the entries outside its classes and libraries are
 * carried to the output unchanged, and what reads them finds classes by those names. A servlet container
 * reads {@code WEB-INF/web.xml} (servlets, filters, listeners), tag library descriptors and other
 * deployment descriptors; a JSP page is Java source the container compiles at run time against the
 * program's classes. (Outside a Spring Boot jar's classes only the launcher reads a class name, the
 * manifest's {@code Start-Class}, which is the entry point's to keep; Maven's metadata names none that
 * runs.)
 *
 * <p>Known limit: only class names are kept; members a JSP page calls or reads through expression
 * language (getters) are renamed unless a rule keeps them.
 */
public final class LayoutBoundary implements Boundary {

  private static final List<String> TEXT_SUFFIXES = List.of(".xml", ".jsp", ".jspx", ".jspf", ".tag", ".tagx",
      ".tld", ".properties", ".json", ".yaml", ".yml");
  private static final String MAVEN_METADATA = "META-INF/maven/";

  @Override
  public String id() {
    return "layout";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    Layout layout = context.program().layout();
    if (!layout.kind().isWar()) {
      return;
    }
    for (ArchiveEntry entry : layout.carried().values()) {
      String path = entry.path().toLowerCase(Locale.ROOT);
      if (layout.libraries().contains(entry.path()) || entry.path().startsWith(MAVEN_METADATA)
          || TEXT_SUFFIXES.stream().noneMatch(path::endsWith)) {
        continue;
      }
      String text = ClassNamesInText.utf8(entry.data());
      if (text == null) {
        continue;
      }
      for (ClassNamesInText.Found name : ClassNamesInText.find(text, false, context.hierarchy())) {
        decisions.accept(Decision.keep(Target.ofClass(name.className()), id(), entry.path() + ":" + name.line()
            + " names it: the " + layout.kind().description() + "'s web content, carried unchanged"));
      }
    }
  }
}
