package dev.jarmor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameGlobTest {

  @Test
  void matchesTheWholeNameWithStarsAndQuestionMarks() {
    assertTrue(NameGlob.compile("get*").matches("get"));
    assertTrue(NameGlob.compile("get*").matches("getValue"));
    assertFalse(NameGlob.compile("get*").matches("forget"));
    assertTrue(NameGlob.compile("*Value").matches("getValue"));
    assertTrue(NameGlob.compile("get*Value").matches("getValueValue"));
    assertFalse(NameGlob.compile("get*Value").matches("getValues"));
    assertTrue(NameGlob.compile("s?t").matches("set"));
    assertFalse(NameGlob.compile("s?t").matches("st"));
    assertTrue(NameGlob.compile("<init>").matches("<init>"));
    assertTrue(NameGlob.compile("<1>Impl").matches("FooImpl"));
  }

  /** The regular expression rules used before: the same answer for any pattern and name over a small alphabet. */
  @Test
  void answersAsTheRegularExpressionOfTheGlob() {
    SplittableRandom random = new SplittableRandom(17);
    String globChars = "ab*?";
    for (int i = 0; i < 20_000; i++) {
      String glob = text(random, globChars, 6);
      String name = text(random, "ab", 8);
      boolean expected = Pattern.compile(Wildcards.toRegex(glob, ".", ".")).matcher(name).matches();
      assertEquals(expected, NameGlob.compile(glob).matches(name), glob + " against " + name);
    }
  }

  private static String text(SplittableRandom random, String alphabet, int maxLength) {
    StringBuilder text = new StringBuilder();
    for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
