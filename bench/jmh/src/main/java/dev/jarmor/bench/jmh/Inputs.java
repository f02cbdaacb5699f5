package dev.jarmor.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The workloads' input data: pseudo-words, sentences and records drawn from a fixed seed with the JDK
 * alone, so every variant of the libraries gets the very same input and none of the libraries' code runs
 * while it is made.
 */
final class Inputs {

  private static final String[] SYLLABLES = {
    "an", "ber", "co", "da", "el", "fen", "ga", "hor", "is", "jo", "ka", "lem", "mi", "nor", "o", "pra",
    "qui", "ro", "sta", "te", "u", "ver", "wal", "xe", "ya", "zu", "the", "and", "ing", "tion"
  };

  private final SplittableRandom random;

  Inputs(long seed) {
    random = new SplittableRandom(seed);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** One to four syllables, sometimes capitalized: words that share prefixes, as real vocabularies do. */
  String word() {
    StringBuilder word = new StringBuilder();
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    if (random.nextInt(5) == 0) {
      word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
    }
    return word.toString();
  }

  List<String> words(int count) {
    List<String> words = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      words.add(word());
    }
    return words;
  }

  /** Words with now and then a comma, quotes, an ampersand or a tab: something for escapers to do. */
  String sentence(int words) {
    StringBuilder sentence = new StringBuilder(word());
    for (int i = 1; i < words; i++) {
      switch (random.nextInt(12)) {
        case 0: sentence.append(", "); break;
        case 1: sentence.append(" \"").append(word()).append("\" "); break;
        case 2: sentence.append(" & "); break;
        case 3: sentence.append('\t'); break;
        default: sentence.append(' ');
      }
      sentence.append(word());
    }
    return sentence.append('.').toString();
  }

  List<String> sentences(int count, int words) {
    List<String> sentences = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      sentences.add(sentence(words));
    }
    return sentences;
  }
}
