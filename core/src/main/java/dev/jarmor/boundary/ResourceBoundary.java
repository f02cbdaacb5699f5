package dev.jarmor.boundary;

import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.input.Resource;
import dev.jarmor.plan.ConstantSite;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.NameForm;
import dev.jarmor.plan.Target;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Class names in the program's resources follow the classes' new names: a ServiceLoader file's name
 * (its service) and lines (its providers), Spring's {@code spring.factories} and
 * {@code META-INF/spring/*.imports}, and qualified class names in text resources (properties, XML,
 * JSON, YAML, conf, txt), also as part of a longer dotted key such as a logger's
 * {@code log4j.logger.com.acme.Foo}. Each is listed with its line and column.
 *
 * <p>A package that holds resources keeps its name (its classes are still renamed inside it), so that
 * {@code Foo.class.getResource("data.txt")} and {@code getResource("/com/acme/data.txt")} still
 * find them.
 */
public final class ResourceBoundary implements Boundary {

  private static final String SERVICES = "META-INF/services/";
  private static final List<String> TEXT_SUFFIXES = List.of(".properties", ".xml", ".json", ".yaml", ".yml",
      ".conf", ".txt", ".factories", ".imports");
  /** A dotted sequence of Java identifiers, as class names and property keys are written. */
  private static final Pattern DOTTED = Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*"
      + "(?:\\.[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)*");

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
          decisions.accept(Decision.adapt(Target.ofClass(named.className()), new ConstantSite.ResourcePath(path),
              service, NameForm.DOTTED_CLASS, id(), "ServiceLoader finds the service file by the service's name"));
        }
      }
      boolean oneClassPerLine = services || path.startsWith("META-INF/spring/") && path.endsWith(".imports");
      if (oneClassPerLine || TEXT_SUFFIXES.stream().anyMatch(path.toLowerCase(Locale.ROOT)::endsWith)) {
        String text = utf8(resource.data());
        if (text != null) {
          scan(path, text, oneClassPerLine, hierarchy, decisions);
        }
      }
    }
  }

  private void scan(String path, String text, boolean oneClassPerLine, Hierarchy hierarchy,
      Consumer<Decision> decisions) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int comment = oneClassPerLine ? line.indexOf('#') : -1;
      Matcher matcher = DOTTED.matcher(comment < 0 ? line : line.substring(0, comment));
      while (matcher.find()) {
        adaptNamesIn(path, i + 1, matcher.start(), matcher.group(), oneClassPerLine, hierarchy, decisions);
      }
    }
  }

  /**
   * The class names in one dotted token, longest first: the token itself, or a run of its segments
   * ({@code com.acme.Foo} in {@code log4j.logger.com.acme.Foo.level}). A name without a package
   * counts only where each line is a class name.
   */
  private void adaptNamesIn(String path, int line, int start, String token, boolean oneClassPerLine,
      Hierarchy hierarchy, Consumer<Decision> decisions) {
    String[] segments = token.split("\\.");
    int[] offsets = new int[segments.length + 1];
    for (int i = 0; i < segments.length; i++) {
      offsets[i + 1] = offsets[i] + segments[i].length() + 1;
    }
    int first = 0;
    while (first < segments.length) {
      int found = -1;
      for (int last = segments.length; last > first && found < 0; last--) {
        if (last - first < 2 && !(oneClassPerLine && segments.length == 1)) {
          break;
        }
        String candidate = String.join(".", java.util.Arrays.copyOfRange(segments, first, last));
        ClassNameString named = ClassNameString.of(candidate, hierarchy, true);
        if (named != null && named.form() == NameForm.DOTTED_CLASS) {
          ConstantSite site = new ConstantSite.InResource(path, line, start + offsets[first] + 1);
          decisions.accept(Decision.adapt(Target.ofClass(named.className()), site, candidate, NameForm.DOTTED_CLASS,
              id(), path + ":" + line + " names it"));
          found = last;
        }
      }
      first = found > 0 ? found : first + 1;
    }
  }

  /** The resource as UTF-8 text, or null if it is not (a binary file is left alone). */
  private static String utf8(byte[] data) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
    } catch (CharacterCodingException notText) {
      return null;
    }
  }
}
