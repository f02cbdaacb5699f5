package dev.jarmor.mapping;

import dev.jarmor.JarmorException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader of mapping files in ProGuard's format, as ProGuard, R8 and jarmor write them.
 *
 * <p>Besides class lines ({@code com.acme.Foo -> a.b:}) and member lines it accepts what ProGuard
 * and R8 add: {@code #} comment lines, including R8's header and JSON metadata (of which it keeps
 * the {@code sourceFile} of a class), blank lines, output line ranges ({@code 12:34:void run() -> a}),
 * original line ranges ({@code void run():56:78 -> a}, {@code void run():56 -> a}), inline chains,
 * and members qualified with another class ({@code void com.acme.Util.check() -> a}). A mapping is
 * an option's value, so a line it cannot read is a usage error naming the file and line.
 */
public final class MappingParser {

  private static final Pattern LINE_PREFIX = Pattern.compile("^(\\d+):(?:(\\d+):)?");
  private static final Pattern ORIGINAL_LINES = Pattern.compile("^:(\\d+)(?::(\\d+))?$");
  private static final Pattern SOURCE_FILE = Pattern.compile(
      "\"id\"\\s*:\\s*\"sourceFile\".*\"fileName\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final String source;
  private final List<ClassMapping> classes = new ArrayList<>();
  private final Set<String> originalNames = new HashSet<>();
  private String originalName;
  private String newName;
  private String sourceFile;
  private List<FieldMapping> fields;
  private List<MethodMapping> methods;
  private int lineNumber;

  private MappingParser(String source) {
    this.source = source;
  }

  /**
   * Reads a mapping file (UTF-8).
   *
   * @throws JarmorException of kind INPUT if the file is missing or cannot be read, of kind USAGE if a
   *     line is malformed
   */
  public static Mapping parse(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, file.toString());
    } catch (IOException e) {
      throw JarmorException.unreadable("mapping file", file, e);
    }
  }

  /**
   * Reads a mapping; {@code sourceName} names it in error messages.
   *
   * @throws JarmorException of kind USAGE if a line is malformed
   */
  public static Mapping parse(Reader reader, String sourceName) throws IOException {
    return new MappingParser(sourceName).read(reader);
  }

  private Mapping read(Reader reader) throws IOException {
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (trimmed.startsWith("#")) {
        comment(trimmed);
      } else if (Character.isWhitespace(line.charAt(0))) {
        member(trimmed);
      } else {
        classLine(trimmed);
      }
    }
    endClass();
    return new Mapping(classes);
  }

  private void comment(String comment) {
    Matcher m = SOURCE_FILE.matcher(comment);
    if (originalName != null && m.find()) {
      sourceFile = m.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
  }

  private void classLine(String line) {
    int arrow = line.indexOf("->");
    if (arrow < 0 || !line.endsWith(":")) {
      throw malformed("expected a class line 'original.Name -> new.Name:'", line);
    }
    String original = line.substring(0, arrow).strip();
    String renamed = line.substring(arrow + 2, line.length() - 1).strip();
    if (!JavaTypes.isJavaType(original) || !JavaTypes.isJavaType(renamed) || original.endsWith("]")
        || renamed.endsWith("]")) {
      throw malformed("expected a class line 'original.Name -> new.Name:'", line);
    }
    endClass();
    if (!originalNames.add(original)) {
      throw malformed("class " + original + " is mapped twice", line);
    }
    originalName = original;
    newName = renamed;
    sourceFile = null;
    fields = new ArrayList<>();
    methods = new ArrayList<>();
  }

  private void endClass() {
    if (originalName != null) {
      classes.add(new ClassMapping(originalName, newName, sourceFile, fields, methods));
      originalName = null;
    }
  }

  private void member(String line) {
    if (originalName == null) {
      throw malformed("member line before the first class line", line);
    }
    int arrow = line.lastIndexOf("->");
    if (arrow < 0) {
      throw malformed("expected a member line 'type name -> newName'", line);
    }
    String renamed = line.substring(arrow + 2).strip();
    String rest = line.substring(0, arrow).strip();
    if (!JavaTypes.isName(renamed) || renamed.contains(".")) {
      throw malformed("expected a new member name after '->'", line);
    }
    LineRange lines = null;
    Matcher prefix = LINE_PREFIX.matcher(rest);
    if (prefix.find()) {
      lines = range(prefix.group(1), prefix.group(2), line);
      rest = rest.substring(prefix.end());
    }
    int space = rest.indexOf(' ');
    if (space < 0) {
      throw malformed("expected a member line 'type name -> newName'", line);
    }
    String type = rest.substring(0, space);
    String declaration = rest.substring(space + 1).strip();
    if (!JavaTypes.isJavaType(type)) {
      throw malformed("expected a type in Java form, found '" + type + "'", line);
    }
    int open = declaration.indexOf('(');
    if (open < 0) {
      if (lines != null) {
        throw malformed("a field line has no line numbers", line);
      }
      String[] name = qualifiedName(declaration, line);
      fields.add(new FieldMapping(type, name[0], name[1], renamed));
      return;
    }
    int close = declaration.indexOf(')', open);
    if (close < 0) {
      throw malformed("expected ')' after the parameter types", line);
    }
    String[] name = qualifiedName(declaration.substring(0, open), line);
    List<String> parameters = parameters(declaration.substring(open + 1, close), line);
    LineRange originalLines = null;
    String suffix = declaration.substring(close + 1).strip();
    if (!suffix.isEmpty()) {
      Matcher m = ORIGINAL_LINES.matcher(suffix);
      if (!m.matches()) {
        throw malformed("expected ':line' or ':first:last' after the parameter types", line);
      }
      originalLines = range(m.group(1), m.group(2), line);
    }
    methods.add(new MethodMapping(lines, type, name[0], name[1], parameters, originalLines, renamed));
  }

  /** Splits {@code com.acme.Util.check} into the class (null when unqualified) and the member name. */
  private String[] qualifiedName(String text, String line) {
    String trimmed = text.strip();
    int dot = trimmed.lastIndexOf('.');
    String owner = dot < 0 ? null : trimmed.substring(0, dot);
    String name = trimmed.substring(dot + 1);
    if (!JavaTypes.isName(name) || owner != null && !JavaTypes.isJavaType(owner)) {
      throw malformed("expected a member name, found '" + trimmed + "'", line);
    }
    // R8 qualifies members of the class itself in some versions; that is the same as no qualifier
    return new String[] {originalName.equals(owner) ? null : owner, name};
  }

  private List<String> parameters(String text, String line) {
    if (text.isBlank()) {
      return List.of();
    }
    List<String> parameters = new ArrayList<>();
    for (String parameter : text.split(",", -1)) {
      String type = parameter.strip();
      if (!JavaTypes.isJavaType(type)) {
        throw malformed("expected parameter types in Java form, found '" + text + "'", line);
      }
      parameters.add(type);
    }
    return parameters;
  }

  private LineRange range(String start, String end, String line) {
    try {
      int first = Integer.parseInt(start);
      int last = end == null ? first : Integer.parseInt(end);
      if (last < first) {
        throw malformed("line range " + first + ":" + last + " ends before it starts", line);
      }
      return new LineRange(first, last);
    } catch (NumberFormatException e) {
      throw malformed("line number out of range", line);
    }
  }

  private JarmorException malformed(String what, String line) {
    return JarmorException.usage(source + ":" + lineNumber + ": " + what + ": " + line);
  }
}
