package dev.jarmor.mapping;

import dev.jarmor.mapping.FrameResolver.Frame;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stack trace deobfuscator, like ProGuard ReTrace: it turns a stack trace of a protected
 * program back into original names.
 *
 * <p>It reads any text line by line and changes only what the mapping knows:
 * <ul>
 *   <li>frames {@code at a.b.c(SourceFile:12)}, with or without a class loader and module prefix
 *       ({@code at app//a.b.c(...)}, {@code at mod@1.0/a.b.c(...)}), for any location
 *       ({@code Unknown Source}, {@code Native Method}): class, method and, where the mapping has
 *       line ranges, line number and inlined frames. A source file named {@code SourceFile} (as
 *       ProGuard's {@code -renamesourcefileattribute} leaves it) or {@code r8-map-id-...} becomes
 *       the file R8 recorded or, failing that, the outermost class's simple name plus {@code .java};
 *   <li>the exception class at the start of a line, after {@code Exception in thread "..."},
 *       {@code Caused by:} or {@code Suppressed:}, whatever its name looks like;
 *   <li>anywhere else, every whole token that is a renamed class name with a package, dotted or
 *       slashed ({@code class a.b cannot be cast to class a.c}, {@code NoClassDefFoundError: a/b}),
 *       and {@code a.b.c} where {@code a.b} is a renamed class and {@code c} one of its fields, or
 *       methods when a {@code (} follows.
 * </ul>
 * Names the mapping does not know are left as they are, and so is every other character,
 * line ends included.
 *
 * <p>Constructors and static initializers are frames like the others: their line ranges give the
 * original lines. A line the mapping says is not known (a method whose lines were reduced to one) is left
 * out: {@code (Worker.java)}.
 *
 * <p>Ambiguity. Where one new name stands for several original methods of a class and no line
 * range tells them apart, the frame names the likeliest (the narrowest line range holding the line,
 * else the first in mapping order) and each other one follows on a line of its own marked
 * {@code <OR>}, as R8's retrace writes it:
 * <pre>
 *     at com.acme.Worker.start(Worker.java:12)
 *     &lt;OR&gt; at com.acme.Worker.stop(Worker.java:12)
 * </pre>
 * In free text, where no line can be added, alternatives are joined with {@code |}:
 * {@code com.acme.Worker.start|stop}.
 */
public final class Retracer {

  private static final String ID = "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*";
  private static final String CLASS = ID + "(?:\\." + ID + ")*";
  /** What follows the name of a class the JVM spun at run time: {@code /0x0000000800c03000} or {@code /1831932724}. */
  private static final String HIDDEN = "/(?:0x\\p{XDigit}+|\\d+)";
  private static final Pattern FRAME = Pattern.compile(
      "(?<![\\p{javaJavaIdentifierPart}.])at\\s+(?:[^\\s/()]*/){0,2}?(?<class>" + CLASS + ")(?<hidden>" + HIDDEN
          + ")?\\.(?<method><init>|<clinit>|" + ID + ")\\((?<location>[^()]*)\\)");
  private static final Pattern HEADER = Pattern.compile(
      "^(?<prefix>\\s*(?:Exception in thread \"[^\"]*\"\\s+|Caused by:\\s+|Suppressed:\\s+"
          + "|\\[CIRCULAR REFERENCE:\\s*)?)"
          + "(?<class>" + CLASS + ")(?=:|\\]|\\s*$)");
  private static final Pattern TOKEN = Pattern.compile(
      "(?<![\\p{javaJavaIdentifierPart}./])(?:(?<dotted>" + ID + "(?:\\." + ID + ")+)(?<hidden>" + HIDDEN + ")?"
          + "|(?<slashed>" + ID + "(?:/" + ID + ")+))(?![\\p{javaJavaIdentifierPart}/])");

  /** What marks a line as another method an ambiguous frame may stand for. */
  static final String OR = "<OR> ";

  private final FrameResolver resolver;

  public Retracer(Mapping mapping) {
    this.resolver = new FrameResolver(mapping);
  }

  /** Retraces a whole text; the writer is flushed, not closed. */
  public void retrace(Reader in, Writer out) throws IOException {
    BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    StringBuilder line = new StringBuilder();
    for (int c = reader.read(); c >= 0; c = reader.read()) {
      if (c == '\n' || c == '\r') {
        String end = "\n";
        if (c == '\r') {
          reader.mark(1);
          if (reader.read() == '\n') {
            end = "\r\n";
          } else {
            reader.reset();
            end = "\r";
          }
        }
        write(out, line.toString(), end);
        line.setLength(0);
      } else {
        line.append((char) c);
      }
    }
    if (!line.isEmpty()) {
      write(out, line.toString(), "");
    }
    out.flush();
  }

  /** Retraces a whole text held in a string. */
  public String retrace(String text) {
    StringWriter out = new StringWriter();
    try {
      retrace(new StringReader(text), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // string readers and writers do not fail
    }
    return out.toString();
  }

  private void write(Writer out, String line, String end) throws IOException {
    List<String> lines = retraceLine(line);
    for (int i = 0; i < lines.size(); i++) {
      out.write(lines.get(i));
      boolean last = i == lines.size() - 1;
      // lines a frame adds need an end even when the input's last line has none
      out.write(!end.isEmpty() ? end : last ? "" : "\n");
    }
  }

  /**
   * Retraces one line (without its line end); the result has more than one line where a frame
   * was inlined code or is ambiguous.
   */
  public List<String> retraceLine(String line) {
    Matcher frame = FRAME.matcher(line);
    if (frame.find()) {
      return frame(line, frame);
    }
    Matcher header = HEADER.matcher(line);
    if (header.find()) {
      String name = header.group("class");
      String original = resolver.className(name);
      return List.of(header.group("prefix") + (original != null ? original : name)
          + text(line.substring(header.end())));
    }
    return List.of(text(line));
  }

  private List<String> frame(String line, Matcher m) {
    String before = text(line.substring(0, m.start())) + line.substring(m.start(), m.start("class"));
    String after = text(line.substring(m.end()));
    String className = m.group("class");
    String method = m.group("method");
    String location = m.group("location");
    ClassMapping cls = resolver.classMapping(className);
    if (cls == null || m.group("hidden") != null) {
      String original = resolver.className(className);
      String hidden = m.group("hidden") == null ? "" : m.group("hidden");
      return List.of(before + (original != null ? original : className) + hidden + "." + method + "(" + location
          + ")" + after);
    }
    int colon = location.lastIndexOf(':');
    boolean hasLine = colon >= 0 && colon < location.length() - 1
        && location.substring(colon + 1).chars().allMatch(Character::isDigit) && location.length() - colon < 10;
    String file = hasLine ? location.substring(0, colon) : location;
    int lineNumber = hasLine ? Integer.parseInt(location.substring(colon + 1)) : -1;
    List<List<Frame>> alternatives = resolver.methods(cls, method, lineNumber);
    if (alternatives.isEmpty()) {
      alternatives = List.of(List.of(new Frame(cls.originalName(), method, lineNumber)));
    }
    List<String> lines = new ArrayList<>();
    for (int a = 0; a < alternatives.size(); a++) {
      List<Frame> frames = alternatives.get(a);
      for (int i = 0; i < frames.size(); i++) {
        Frame f = frames.get(i);
        String where = sourceFile(cls, f, file) + (f.line() >= 0 ? ":" + f.line() : "");
        String frameText = f.className() + "." + f.methodName() + "(" + where + ")" + after;
        lines.add(a > 0 && i == 0 ? alternative(before) + frameText : before + frameText);
      }
    }
    return lines;
  }

  /**
   * The start of a line naming another method the frame may stand for: the frame's indent, then
   * {@code <OR> }, as R8's retrace writes it, then the rest of the frame's start ({@code at }).
   */
  private static String alternative(String before) {
    int indent = 0;
    while (indent < before.length() && Character.isWhitespace(before.charAt(indent))) {
      indent++;
    }
    return before.substring(0, indent) + OR + before.substring(indent);
  }

  /** The source file to show for a frame, given the file the trace shows. */
  private String sourceFile(ClassMapping cls, Frame frame, String file) {
    if (file.isEmpty() || file.equals("Unknown Source") || file.equals("Native Method")) {
      return file;
    }
    ClassMapping frameClass = frame.className().equals(cls.originalName())
        ? cls : resolver.classByOriginalName(frame.className());
    if (frameClass != null && frameClass.sourceFile() != null) {
      return frameClass.sourceFile();
    }
    if (file.equals("SourceFile") || file.startsWith("r8-map-id-") || frameClass != cls) {
      return guessedSourceFile(frame.className());
    }
    return file;
  }

  /** {@code com.acme.Foo$Inner} was most likely compiled from {@code Foo.java}. */
  private static String guessedSourceFile(String className) {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    int dollar = simple.indexOf('$');
    return (dollar > 0 ? simple.substring(0, dollar) : simple) + ".java";
  }

  /** Free text with every renamed class, and member of one, that appears as a whole token replaced. */
  private String text(String text) {
    Matcher m = TOKEN.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder result = new StringBuilder();
    do {
      String replacement = m.group("dotted") == null ? slashed(m.group("slashed"))
          : m.group("hidden") == null ? dotted(m.group("dotted"), text, m.end())
          : className(m.group("dotted")) + m.group("hidden");
      m.appendReplacement(result, Matcher.quoteReplacement(replacement));
    } while (m.find());
    m.appendTail(result);
    return result.toString();
  }

  private String dotted(String token, String text, int end) {
    String original = resolver.className(token);
    if (original != null) {
      return original;
    }
    int dot = token.lastIndexOf('.');
    ClassMapping owner = resolver.classMapping(token.substring(0, dot));
    if (owner == null) {
      return token;
    }
    String member = token.substring(dot + 1);
    boolean call = end < text.length() && text.charAt(end) == '(';
    List<String> names = call ? resolver.methodNames(owner, member) : resolver.fields(owner, member);
    if (names.isEmpty() && !call) {
      names = resolver.methodNames(owner, member); // a method named without its parameters
    }
    return owner.originalName() + "." + (names.isEmpty() ? member : String.join("|", names));
  }

  private String className(String token) {
    String original = resolver.className(token);
    return original == null ? token : original;
  }

  private String slashed(String token) {
    String original = resolver.className(token.replace('/', '.'));
    return original == null ? token : original.replace('.', '/');
  }
}
