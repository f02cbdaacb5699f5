package dev.jarmor.runtime;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The string cipher: each character is rotated by a key stream within its own class-file
 * encoding width (1, 2 or 3 bytes of modified UTF-8), so an encrypted constant takes exactly as
 * many constant-pool bytes as the plain one and never exceeds its 65535-byte limit. {@code \0}
 * stays as it is for the same reason. The key stream is a linear congruential generator seeded by
 * a 32-bit key; its strength is in never storing plain text, not in resisting a reader who has the
 * key and this class.
 */
public final class Cipher {

  /** The class each hidden class of encrypted bodies holds the bodies of, as {@link EncryptedBodies} defines them. */
  private static final ConcurrentHashMap<Class<?>, Class<?>> HOSTS = new ConcurrentHashMap<Class<?>, Class<?>>();

  private Cipher() {}

  /** The text stored in the class file for {@code plain} under {@code key}. */
  public static String encode(String plain, int key) {
    return rotate(plain, key, 1);
  }

  /** The plain text of {@code encoded} under {@code key}. */
  public static String decode(String encoded, int key) {
    return rotate(encoded, key, -1);
  }

  private static String rotate(String text, int key, int direction) {
    char[] chars = text.toCharArray();
    int state = key;
    for (int i = 0; i < chars.length; i++) {
      state = state * 1103515245 + 12345;
      int shift = direction * ((state >>> 9) & 0x7FFF);
      char c = chars[i];
      if (c == 0) {
        continue;
      }
      if (c < 0x80) {
        chars[i] = (char) (1 + Math.floorMod(c - 1 + shift, 0x7F));
      } else if (c < 0x800) {
        chars[i] = (char) (0x80 + Math.floorMod(c - 0x80 + shift, 0x780));
      } else {
        chars[i] = (char) (0x800 + Math.floorMod(c - 0x800 + shift, 0xF800));
      }
    }
    return new String(chars);
  }

  /**
   * The key an encrypted constant of class {@code className} is decoded with: the key stored at the call site mixed
   * with the class's own name, so a constant copied into another class does not decode, and with the class's key
   * ({@link Keys#of}), which exists only once the class's initialization has begun, so the call site's constants
   * alone do not decode.
   */
  public static int siteKey(int key, String className, int classKey) {
    return (key ^ classKey) ^ className.hashCode() * 0x9E3779B1;
  }

  /** The key of an encrypted constant at a call site in {@code caller}, whose stored key is {@code key}. */
  public static int callerKey(int key, Class<?> caller) {
    Class<?> site = siteClass(caller);
    return siteKey(key, site.getName(), Keys.of(site));
  }

  /**
   * The class whose constants a call site in {@code caller} decodes: itself, or, for the hidden class holding a
   * class's encrypted bodies, whose name has a {@code /} no other class's has, the class they were encrypted from
   * ({@link #encryptedFrom}).
   */
  static Class<?> siteClass(Class<?> caller) {
    if (caller.getName().indexOf('/') < 0) {
      return caller;
    }
    Class<?> host = HOSTS.get(caller);
    return host != null ? host : caller;
  }

  /** Says that the hidden class {@code bodies} holds the encrypted bodies of {@code host}. */
  static void encryptedFrom(Class<?> bodies, Class<?> host) {
    HOSTS.put(bodies, host);
  }
}
