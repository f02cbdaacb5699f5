package dev.jarmor.boundary;

import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.plan.NameForm;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the program's classes named in a text file: each dotted token, and each run of its segments
 * ({@code com.acme.Foo} in {@code log4j.logger.com.acme.Foo.level}), that spells a program class,
 * with its line and column.
 */
final class ClassNamesInText {

  /** A class name found: where it starts (both from 1), the text as written and the class's internal name. */
  record Found(int line, int column, String text, String className) {}

  /** A dotted sequence of Java identifiers, as class names and property keys are written. */
  private static final Pattern DOTTED = Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*"
      + "(?:\\.[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)*");

  private ClassNamesInText() {}

  /**
   * The class names in a text, in order.
   *
   * @param oneClassPerLine each line names one class, after which {@code #} starts a comment (a service
   *     file): a name without a package counts there, and only there
   */
  static List<Found> find(String text, boolean oneClassPerLine, Hierarchy hierarchy) {
    List<Found> found = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int comment = oneClassPerLine ? line.indexOf('#') : -1;
      Matcher matcher = DOTTED.matcher(comment < 0 ? line : line.substring(0, comment));
      while (matcher.find()) {
        namesIn(i + 1, matcher.start(), matcher.group(), oneClassPerLine, hierarchy, found);
      }
    }
    return found;
  }

  /** The names in one dotted token, longest first. */
  private static void namesIn(int line, int start, String token, boolean oneClassPerLine, Hierarchy hierarchy,
      List<Found> found) {
    String[] segments = token.split("\\.");
    int[] offsets = new int[segments.length + 1];
    for (int i = 0; i < segments.length; i++) {
      offsets[i + 1] = offsets[i] + segments[i].length() + 1;
    }
    int first = 0;
    while (first < segments.length) {
      int match = -1;
      for (int last = segments.length; last > first && match < 0; last--) {
        if (last - first < 2 && !(oneClassPerLine && segments.length == 1)) {
          break;
        }
        String candidate = String.join(".", Arrays.copyOfRange(segments, first, last));
        ClassNameString named = ClassNameString.of(candidate, hierarchy, true);
        if (named != null && named.form() == NameForm.DOTTED_CLASS) {
          found.add(new Found(line, start + offsets[first] + 1, candidate, named.className()));
          match = last;
        }
      }
      first = match > 0 ? match : first + 1;
    }
  }

  /** The bytes as UTF-8 text, or null if they are not (a binary file is left alone). */
  static String utf8(byte[] data) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
    } catch (CharacterCodingException notText) {
      return null;
    }
  }
}
