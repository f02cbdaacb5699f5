package dev.jarmor.runtime;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The seal the tamper guard checks ({@code --guard tamper}): the SHA-256 of each class file of the protected program
 * as jarmor wrote it, by class name, and, where the build had the vendor's private key, a signature over them
 * ({@link LicenseText#ALGORITHM}). Its bytes are the body's length (four bytes), the body (the number of classes,
 * then each class's name in modified UTF-8, its digest and whether it is checked at start) and the signature, if
 * any, to the end. Each class file is read through the class loader that loads it, as the JVM reads it: from a jar,
 * a Spring Boot jar's nested jar or a directory alike, and a class shadowed by another on the class path is read as
 * the one the JVM loads.
 */
public final class ClassFileSeal {

  private static final int DIGEST_BYTES = 32;

  private final Map<String, byte[]> digests;
  /** The classes checked at start: the checks' own and the entry points'. */
  private final Set<String> atStart;

  private ClassFileSeal(Map<String, byte[]> digests, Set<String> atStart) {
    this.digests = digests;
    this.atStart = atStart;
  }

  /**
   * The seal in {@code bytes}, verified with the vendor's public key (X.509 in base64) where there is one.
   *
   * @throws GeneralSecurityException if the seal is not signed by that key, or not signed where it must be
   */
  static ClassFileSeal read(byte[] bytes, String publicKey) throws IOException, GeneralSecurityException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    int bodyLength = in.readInt();
    if (bodyLength < 4 || bodyLength > bytes.length - 4) {
      throw new IOException("its length is " + bodyLength);
    }
    if (!publicKey.isEmpty()) {
      Signature verifier = Signature.getInstance(LicenseText.ALGORITHM);
      verifier.initVerify(LicenseText.publicKey(publicKey));
      verifier.update(bytes, 4, bodyLength);
      if (!verifier.verify(Arrays.copyOfRange(bytes, 4 + bodyLength, bytes.length))) {
        throw new GeneralSecurityException("not signed by the vendor");
      }
    }
    int count = in.readInt();
    Map<String, byte[]> digests = new LinkedHashMap<String, byte[]>();
    Set<String> atStart = new HashSet<String>();
    for (int i = 0; i < count; i++) {
      String name = in.readUTF();
      byte[] digest = new byte[DIGEST_BYTES];
      in.readFully(digest);
      digests.put(name, digest);
      if (in.readBoolean()) {
        atStart.add(name);
      }
    }
    return new ClassFileSeal(digests, atStart);
  }

  /**
   * The first sealed class whose file, as {@code loader} finds it, is missing or differs, or null if none: of the
   * classes checked at start, or of the others.
   */
  String changed(ClassLoader loader, boolean start) throws IOException {
    for (Map.Entry<String, byte[]> sealed : digests.entrySet()) {
      if (atStart.contains(sealed.getKey()) == start && !matches(loader, sealed.getKey(), sealed.getValue())) {
        return sealed.getKey();
      }
    }
    return null;
  }

  /** Whether one class's file, as {@code loader} finds it, is as sealed; true of a class the seal does not hold. */
  boolean holds(ClassLoader loader, String internalName) throws IOException {
    byte[] digest = digests.get(internalName);
    return digest == null || matches(loader, internalName, digest);
  }

  private static boolean matches(ClassLoader loader, String internalName, byte[] digest) throws IOException {
    InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(internalName + ".class")
        : loader.getResourceAsStream(internalName + ".class");
    if (in == null) {
      return false;
    }
    try {
      return MessageDigest.isEqual(digest, digest(bytes(in)));
    } finally {
      in.close();
    }
  }

  /** The SHA-256 of a class file, as the seal holds it: jarmor seals with it, the guard checks with it. */
  public static byte[] digest(byte[] classFile) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(classFile);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Everything {@code in} gives (Java 8 has no {@code readAllBytes}). */
  static byte[] bytes(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) > 0; ) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
