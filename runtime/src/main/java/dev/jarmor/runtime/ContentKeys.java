package dev.jarmor.runtime;

import java.nio.charset.Charset;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key of a vendor's encrypted code as each licence carries it: wrapped (AES-GCM) under a key made of the machine
 * identifiers the licence binds to, one {@code content-key} line per way the licence can be met. A licence bound to
 * all of its identifiers has one line, wrapped under all of them; with {@code bind-any}, one per identifier; an
 * unbound licence one, wrapped under none. So a licence copied to a machine it is not for unwraps nothing, even in a
 * program whose check was cut out: the identifiers are read from the machine, not from the licence.
 */
public final class ContentKeys {

  private static final Charset UTF_8 = Charset.forName("UTF-8");
  private static final String CIPHER = "AES/GCM/NoPadding";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private ContentKeys() {}

  /**
   * The identifier sets the licence's {@code content-key} lines are wrapped under, in the lines' order.
   *
   * @param bindings the licence's {@code bind} values, {@code <kind>:<value>}
   * @param any whether it has {@code bind-any: true}
   */
  public static List<List<String>> wrapSets(List<String> bindings, boolean any) {
    List<List<String>> sets = new ArrayList<List<String>>();
    if (any) {
      for (String binding : bindings) {
        sets.add(Collections.singletonList(binding));
      }
    } else {
      sets.add(new ArrayList<String>(bindings));
    }
    return sets;
  }

  /** The content key wrapped under the identifiers, as a {@code content-key} line's value: IV and ciphertext in base64. */
  public static String wrap(byte[] contentKey, List<String> identifiers) throws GeneralSecurityException {
    byte[] wrapping = wrappingKey(identifiers);
    // the IV from the key and what it wraps: the same licence fields give the same bytes, and no two plaintexts
    // under one wrapping key share an IV
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    digest.update(wrapping);
    byte[] iv = Arrays.copyOf(digest.digest(contentKey), IV_BYTES);
    Cipher cipher = Cipher.getInstance(CIPHER);
    cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(wrapping, "AES"), new GCMParameterSpec(TAG_BITS, iv));
    byte[] sealed = cipher.doFinal(contentKey);
    byte[] value = new byte[IV_BYTES + sealed.length];
    System.arraycopy(iv, 0, value, 0, IV_BYTES);
    System.arraycopy(sealed, 0, value, IV_BYTES, sealed.length);
    return Base64.getEncoder().encodeToString(value);
  }

  /** The content key from a {@code content-key} value and the identifiers it was wrapped under; null if they are others. */
  public static byte[] unwrap(String wrapped, List<String> identifiers) {
    try {
      byte[] value = Base64.getDecoder().decode(wrapped.trim());
      if (value.length <= IV_BYTES) {
        return null;
      }
      Cipher cipher = Cipher.getInstance(CIPHER);
      cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(wrappingKey(identifiers), "AES"),
          new GCMParameterSpec(TAG_BITS, value, 0, IV_BYTES));
      return cipher.doFinal(value, IV_BYTES, value.length - IV_BYTES);
    } catch (GeneralSecurityException e) {
      return null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static byte[] wrappingKey(List<String> identifiers) throws GeneralSecurityException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    digest.update("jarmor content key wrapping\n".getBytes(UTF_8));
    for (String identifier : identifiers) {
      digest.update(identifier.getBytes(UTF_8));
      digest.update((byte) '\n');
    }
    return digest.digest();
  }
}
