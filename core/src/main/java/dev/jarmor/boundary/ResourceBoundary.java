package dev.jarmor.boundary;

import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.ScalaSignatureOwner;
import dev.jarmor.input.Resource;
import dev.jarmor.plan.ConstantSite;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.NameForm;
import dev.jarmor.plan.Target;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Class names in the program's resources follow the classes' new names: a ServiceLoader file's name
 * (its service) and lines (its providers), Spring's {@code spring.factories} and
 * {@code META-INF/spring/*.imports}, and qualified class names in text resources (properties, XML,
 * JSON, YAML, conf, txt), also as part of a longer dotted key such as a logger's
 * {@code log4j.logger.com.acme.Foo}. Each is listed with its line and column. A resource of a nested jar
 * protected with the program ({@code --program-lib}) is named by its {@link Resource#key()}.
 *
 * <p>A package that holds resources keeps its name (its classes are still renamed inside it), so that
 * {@code Foo.class.getResource("data.txt")} and {@code getResource("/com/acme/data.txt")} still
 * find them. Not so a program class's Scala 3 {@code .tasty} file: it is the class's signature, read by
 * Scala's compiler, and stays or goes with the class's names ({@code ScalaSignatures}).
 */
public final class ResourceBoundary implements Boundary {

  private static final String SERVICES = "META-INF/services/";
  private static final List<String> TEXT_SUFFIXES = List.of(".properties", ".xml", ".json", ".yaml", ".yml",
      ".conf", ".txt", ".factories", ".imports");

  @Override
  public String id() {
    return "resource";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    Hierarchy hierarchy = context.hierarchy();
    java.util.Set<String> packages = new java.util.HashSet<>();
    hierarchy.programClasses().forEach(cls -> packages.add(cls.packageName()));
    for (Resource resource : context.program().resources().values()) {
      String path = resource.path();
      String signed = ScalaSignatureOwner.ofTasty(path);
      if (signed != null && context.program().classes().containsKey(signed)) {
        continue; // a class's Scala 3 signature, which Scala's compiler reads beside it and no code looks up
      }
      String folder = path.lastIndexOf('/') < 0 ? "" : path.substring(0, path.lastIndexOf('/'));
      if (!folder.isEmpty() && packages.contains(folder)) {
        decisions.accept(Decision.keep(Target.ofPackage(folder), id(), "holds " + path
            + ", which code finds by a path relative to its classes (Class.getResource) or by the whole path"));
      }
      boolean services = path.startsWith(SERVICES) && path.indexOf('/', SERVICES.length()) < 0;
      if (services) {
        String service = path.substring(SERVICES.length());
        ClassNameString named = ClassNameString.of(service, hierarchy, true);
        if (named != null && named.form() == NameForm.DOTTED_CLASS) {
          decisions.accept(Decision.adapt(Target.ofClass(named.className()),
              new ConstantSite.ResourcePath(resource.key()), service, NameForm.DOTTED_CLASS, id(),
              "ServiceLoader finds the service file by the service's name"));
        }
      }
      boolean oneClassPerLine = services || path.startsWith("META-INF/spring/") && path.endsWith(".imports");
      if (oneClassPerLine || TEXT_SUFFIXES.stream().anyMatch(path.toLowerCase(Locale.ROOT)::endsWith)) {
        String text = ClassNamesInText.utf8(resource.data());
        if (text != null) {
          for (ClassNamesInText.Found name : ClassNamesInText.find(text, oneClassPerLine, hierarchy)) {
            ConstantSite site = new ConstantSite.InResource(resource.key(), name.line(), name.column());
            decisions.accept(Decision.adapt(Target.ofClass(name.className()), site, name.text(),
                NameForm.DOTTED_CLASS, id(), resource.key() + ":" + name.line() + " names it"));
          }
        }
      }
    }
  }
}
