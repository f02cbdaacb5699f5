package dev.jarmor.rename;

import java.util.List;

/**
 * Names a class file takes and Java source cannot ({@code --names keywords}): first Java's reserved words (its
 * keywords, {@code true}, {@code false}, {@code null} and {@code _}) in an order drawn from the seed, then names
 * that begin with a digit ({@code 0q}, {@code 0x}, ...). A decompiler writes them as they are ({@code class if},
 * {@code void do()}), and its source does not compile until every one is renamed: an attacker's first move, to
 * decompile and rebuild, fails. The JVM, reflection and serialization take them as any other name. Lower case only,
 * like {@link ShortNames}, so that two class files never differ only by case. Packages keep short names
 * ({@link #forPackages}): a module descriptor's package names must be Java identifiers.
 */
public final class KeywordNames implements NameGenerator {

  /** Java's reserved words, as JLS 3.9 lists them, with the literals and the underscore. */
  private static final List<String> RESERVED = List.of("abstract", "assert", "boolean", "break", "byte", "case",
      "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "false",
      "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
      "long", "native", "new", "null", "package", "private", "protected", "public", "return", "short", "static",
      "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "true", "try", "void",
      "volatile", "while", "_");

  private final DictionaryNames words;
  private final ShortNames rest;

  public KeywordNames(long seed) {
    this.words = new DictionaryNames(RESERVED, seed);
    this.rest = new ShortNames(seed);
  }

  @Override
  public String name(int index) {
    return index < RESERVED.size() ? words.name(index) : "0" + rest.name(index - RESERVED.size());
  }

  @Override
  public NameGenerator forPackages() {
    return rest;
  }
}
