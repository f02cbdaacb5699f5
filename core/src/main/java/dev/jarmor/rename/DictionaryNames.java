package dev.jarmor.rename;

import dev.jarmor.JarmorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Names taken from a word list (one word per line, {@code #} starts a comment, as in ProGuard's
 * obfuscation dictionaries), in an order drawn from the seed. When the words run out, they are
 * reused with a numeric suffix.
 */
public final class DictionaryNames implements NameGenerator {

  private final List<String> words;

  public DictionaryNames(List<String> words, long seed) {
    List<String> shuffled = new ArrayList<>(new LinkedHashSet<>(words));
    if (shuffled.isEmpty()) {
      throw JarmorException.usage("the name dictionary has no usable word");
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      shuffled.set(i, shuffled.set(j, shuffled.get(i)));
    }
    this.words = List.copyOf(shuffled);
  }

  /** Reads a dictionary file; words that are not valid JVM names are skipped. */
  public static DictionaryNames read(Path file, long seed) {
    try {
      List<String> words = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int hash = line.indexOf('#');
        String word = (hash >= 0 ? line.substring(0, hash) : line).trim();
        if (!word.isEmpty() && word.chars().noneMatch(c -> ".;[/<>".indexOf(c) >= 0 || Character.isWhitespace(c))) {
          words.add(word);
        }
      }
      return new DictionaryNames(words, seed);
    } catch (IOException e) {
      throw JarmorException.unreadable("name dictionary", file, e);
    }
  }

  @Override
  public String name(int index) {
    String word = words.get(index % words.size());
    int round = index / words.size();
    return round == 0 ? word : word + round;
  }
}
