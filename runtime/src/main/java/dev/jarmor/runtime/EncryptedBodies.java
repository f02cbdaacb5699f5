package dev.jarmor.runtime;

import java.io.ByteArrayOutputStream;
import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bootstrap of encrypted methods. A method whose body jarmor encrypted is a stub: an invokedynamic that hands
 * the arguments to the body. On the first call of any of a class's encrypted methods, {@link #body} decrypts the
 * class's bodies (AES-GCM, authenticated: a changed byte fails, nothing half-decrypted runs), defines them as a
 * hidden class that is a nestmate of the class, so they reach its private members as its own code did, and links
 * the call site to the body for good (the program's licence check and guards pass first, and the licence may hold
 * part of the key): later calls go straight to it, and nothing is decrypted again or written to
 * disk. Hidden classes came with Java 15; classes with encrypted methods are written for Java 15 or newer.
 */
public final class EncryptedBodies {

  /** What jarmor writes in place of the build's key material in the copy it adds to a program. */
  public static final String BUILD_MARKER = "@jarmor-encrypt@build@";
  /** The build's part of every class's key, replaced per build. */
  private static final String BUILD = String.valueOf(BUILD_MARKER);
  /** Bytes per string chunk of a class's encrypted bodies: each fits a constant pool entry, 2 bytes a byte at most. */
  public static final int CHUNK = 32767;
  /** The bodies' cipher, and the length of its authentication tag in bits. */
  public static final String CIPHER = "AES/GCM/NoPadding";
  public static final int TAG_BITS = 128;
  /** The bytes of a salt's start that are the cipher's IV. */
  public static final int IV_BYTES = 12;

  private static final Charset LATIN_1 = Charset.forName("ISO-8859-1");
  private static final Charset UTF_8 = Charset.forName("UTF-8");
  /** Each class's bodies, as a lookup of the hidden class, once defined. */
  private static final ConcurrentHashMap<Class<?>, MethodHandles.Lookup> DEFINED =
      new ConcurrentHashMap<Class<?>, MethodHandles.Lookup>();

  private EncryptedBodies() {}

  /**
   * Bootstrap of a call to an encrypted method: {@code name} is the body's in the hidden class, {@code type} the
   * method's with the receiver first where it has one. The arguments, the same at every call site of the class, are
   * first the program's checks to pass before its code is decrypted, each a method handle that takes the class and
   * returns its part of the key (the licence's content key, or nothing), then the class's salt and its encrypted
   * bodies in chunks.
   */
  public static CallSite body(MethodHandles.Lookup caller, String name, MethodType type, Object... arguments)
      throws Throwable {
    MethodHandles.Lookup bodies = bodies(caller, arguments);
    return new ConstantCallSite(bodies.findStatic(bodies.lookupClass(), name, type));
  }

  private static MethodHandles.Lookup bodies(MethodHandles.Lookup caller, Object[] arguments) throws Throwable {
    Class<?> host = caller.lookupClass();
    MethodHandles.Lookup defined = DEFINED.get(host);
    if (defined != null) {
      return defined;
    }
    synchronized (host) {
      defined = DEFINED.get(host);
      if (defined == null) {
        ByteArrayOutputStream held = new ByteArrayOutputStream();
        int i = 0;
        for (; arguments[i] instanceof MethodHandle; i++) {
          held.write((byte[]) ((MethodHandle) arguments[i]).invoke(host));
        }
        byte[] salt = ((String) arguments[i++]).getBytes(LATIN_1);
        StringBuilder joined = new StringBuilder();
        for (; i < arguments.length; i++) {
          joined.append((String) arguments[i]);
        }
        byte[] classFile = inflate(decrypt(key(BUILD, held.toByteArray(), host.getName(), salt), host.getName(),
            salt, joined.toString().getBytes(LATIN_1)));
        defined = defineHidden(caller, classFile);
        Cipher.encryptedFrom(defined.lookupClass(), host);
        DEFINED.put(host, defined);
      }
      return defined;
    }
  }

  /**
   * The key of one class's bodies: SHA-256 of the build's part, the part the program's checks hold (empty without a
   * licence), the class's salt and its binary name.
   */
  public static byte[] key(String build, byte[] held, String className, byte[] salt)
      throws GeneralSecurityException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    digest.update(build.getBytes(UTF_8));
    digest.update(held);
    digest.update(salt);
    digest.update(className.getBytes(UTF_8));
    return digest.digest();
  }

  /** The bodies' class file, from its encryption; the class's binary name is authenticated with it. */
  public static byte[] decrypt(byte[] key, String className, byte[] salt, byte[] encrypted)
      throws GeneralSecurityException {
    javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(CIPHER);
    cipher.init(javax.crypto.Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
        new GCMParameterSpec(TAG_BITS, Arrays.copyOf(salt, IV_BYTES)));
    cipher.updateAAD(className.getBytes(UTF_8));
    return cipher.doFinal(encrypted);
  }

  /**
   * The class file from what was encrypted: its length in four bytes, then the class file deflated (raw, no zlib
   * header): ciphertext does not compress, so the jar holds the bodies compressed only if they were before.
   */
  public static byte[] inflate(byte[] deflated) throws DataFormatException {
    int length = (deflated[0] & 0xFF) << 24 | (deflated[1] & 0xFF) << 16 | (deflated[2] & 0xFF) << 8
        | deflated[3] & 0xFF;
    byte[] classFile = new byte[length];
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(deflated, 4, deflated.length - 4);
      int read = 0;
      while (read < length) {
        int n = inflater.inflate(classFile, read, length - read);
        if (n == 0 && (inflater.finished() || inflater.needsInput())) {
          throw new DataFormatException("the bodies end after " + read + " of " + length + " bytes");
        }
        read += n;
      }
      return classFile;
    } finally {
      inflater.end();
    }
  }

  /** {@code caller.defineHiddenClass(classFile, true, NESTMATE)}, called by reflection: this class is compiled for Java 8. */
  private static MethodHandles.Lookup defineHidden(MethodHandles.Lookup caller, byte[] classFile) throws Throwable {
    Class<?> option;
    Method define;
    try {
      option = Class.forName("java.lang.invoke.MethodHandles$Lookup$ClassOption");
      define = MethodHandles.Lookup.class.getMethod("defineHiddenClass", byte[].class, boolean.class,
          Array.newInstance(option, 0).getClass());
    } catch (ReflectiveOperationException e) {
      throw new UnsupportedOperationException("encrypted code runs on Java 15 or newer, not "
          + System.getProperty("java.version"), e);
    }
    Object options = Array.newInstance(option, 1);
    Array.set(options, 0, option.getField("NESTMATE").get(null));
    try {
      return (MethodHandles.Lookup) define.invoke(caller, classFile, true, options);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
