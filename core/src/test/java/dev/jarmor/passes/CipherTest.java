package dev.jarmor.passes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.runtime.Cipher;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The string cipher the passes encode with and the runtime decodes with. */
class CipherTest {

  @Test
  void decodesWhatItEncodesAndKeepsTheClassFileLength() throws IOException {
    SplittableRandom random = new SplittableRandom(1);
    for (int n = 0; n < 2000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        // ASCII, \0, two-byte, three-byte and lone surrogates alike
        int kind = random.nextInt(5);
        text.append((char) switch (kind) {
          case 0 -> 0;
          case 1 -> 0x80 + random.nextInt(0x780);
          case 2 -> 0x800 + random.nextInt(0xF800);
          default -> 1 + random.nextInt(0x7F);
        });
      }
      int key = random.nextInt();
      String plain = text.toString();
      String encoded = Cipher.encode(plain, key);
      assertThat(Cipher.decode(encoded, key)).isEqualTo(plain);
      assertThat(modifiedUtf8Length(encoded)).isEqualTo(modifiedUtf8Length(plain));
      if (plain.chars().filter(c -> c != 0).count() >= 4) {
        assertThat(encoded).isNotEqualTo(plain);
      }
    }
  }

  @Test
  void theClassNameAndKeyArePartOfTheSiteKey() {
    String encoded = Cipher.encode("secret value", Cipher.siteKey(42, "a.B", 7));
    assertThat(Cipher.decode(encoded, Cipher.siteKey(42, "a.B", 7))).isEqualTo("secret value");
    assertThat(Cipher.decode(encoded, Cipher.siteKey(42, "a.C", 7))).isNotEqualTo("secret value");
    assertThat(Cipher.decode(encoded, Cipher.siteKey(42, "a.B", 8))).isNotEqualTo("secret value");
  }

  private static int modifiedUtf8Length(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new DataOutputStream(bytes).writeUTF(text);
    return bytes.size();
  }
}
