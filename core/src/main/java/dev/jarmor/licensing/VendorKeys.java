package dev.jarmor.licensing;

import dev.jarmor.JarmorException;
import dev.jarmor.runtime.LicenseText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * A vendor's key pair: the private key, which signs licences and never leaves the vendor, in a PEM file
 * ({@code PKCS#8}, {@code -----BEGIN PRIVATE KEY-----}), and the public key, which a protected program checks them
 * with, beside it as {@code <name>.pub} ({@code X.509}, {@code -----BEGIN PUBLIC KEY-----}): the formats
 * {@code openssl} reads and writes. RSA of {@value #BITS} bits, for {@link LicenseText#ALGORITHM}.
 */
public final class VendorKeys {

  /** The key size: NIST's choice for keys that protect beyond 2030. */
  public static final int BITS = 3072;
  private static final String PRIVATE = "PRIVATE KEY";
  private static final String PUBLIC = "PUBLIC KEY";

  private VendorKeys() {}

  /**
   * Makes a key pair and writes it: the private key to {@code privateKeyFile}, readable by its owner only where the
   * file system says who that is, the public key to {@link #publicKeyFile}. Refuses to overwrite either: a lost
   * private key cannot sign a licence its programs accept again.
   *
   * @return the public key's file
   */
  public static Path generate(Path privateKeyFile) {
    Path publicKeyFile = publicKeyFile(privateKeyFile);
    for (Path file : new Path[] {privateKeyFile, publicKeyFile}) {
      if (Files.exists(file)) {
        throw JarmorException.usage(file + " exists; jarmor never overwrites a key (delete it first if you mean to)");
      }
    }
    KeyPair pair;
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(BITS, new SecureRandom());
      pair = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new JarmorException(JarmorException.Kind.INTERNAL, "this JDK cannot make RSA keys: " + e.getMessage(),
          null, e);
    }
    write(privateKeyFile, pem(PRIVATE, pair.getPrivate().getEncoded()), true);
    try {
      write(publicKeyFile, pem(PUBLIC, pair.getPublic().getEncoded()), false);
    } catch (JarmorException e) {
      // half a pair is no pair: the private key alone would be signed with and its licences refused
      privateKeyFile.toFile().delete();
      throw e;
    }
    return publicKeyFile;
  }

  /** Where the public key of the private key in {@code privateKeyFile} is kept: {@code vendor.key} → {@code vendor.pub}. */
  public static Path publicKeyFile(Path privateKeyFile) {
    String name = privateKeyFile.getFileName().toString();
    String stem = name.endsWith(".key") ? name.substring(0, name.length() - 4) : name;
    return privateKeyFile.resolveSibling(stem + ".pub");
  }

  /** The private key in a PEM file. */
  public static PrivateKey readPrivate(Path file) {
    byte[] der = der(file, PRIVATE, "private key");
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw JarmorException.input("not an RSA private key", file.toString());
    }
  }

  /**
   * The keys a build is given by {@code --license}: the public key alone, or the private key, from which the public
   * key and the content key follow.
   */
  public static BuildKeys forBuild(Path file) {
    if (!pemLabelled(file, PRIVATE)) {
      return new BuildKeys(readPublic(file), null);
    }
    PrivateKey key = readPrivate(file);
    if (!(key instanceof RSAPrivateCrtKey crt)) {
      throw JarmorException.input("an RSA private key without its public exponent", file.toString());
    }
    try {
      PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(),
          crt.getPublicExponent()));
      return new BuildKeys(Base64.getEncoder().encodeToString(publicKey.getEncoded()), key);
    } catch (GeneralSecurityException e) {
      throw JarmorException.input("not an RSA private key", file.toString());
    }
  }

  /**
   * What a build holds of the vendor's keys.
   *
   * @param publicKey the public key, X.509 in base64 as a protected program holds it
   * @param privateKey the private key, or null where the build was given the public key only
   */
  public record BuildKeys(String publicKey, PrivateKey privateKey) {

    /** The key encrypted code is bound to licences with, or null without the private key. */
    public byte[] contentKey() {
      return privateKey == null ? null : VendorKeys.contentKey(privateKey);
    }
  }

  /**
   * The key of the vendor's encrypted code, which every licence carries wrapped ({@code content-key}): derived from
   * the private key, so that licences issued before a build, and builds made after, share it with nothing more to
   * keep, and one way, so that neither a licence nor a program gives the private key away.
   */
  public static byte[] contentKey(PrivateKey key) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update("jarmor content key\n".getBytes(StandardCharsets.UTF_8));
      return digest.digest(key.getEncoded());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The vendor's signature of {@code data}, as a licence's and the tamper guard's seal's ({@link LicenseText#ALGORITHM}). */
  public static byte[] sign(byte[] data, PrivateKey key) {
    try {
      Signature signer = Signature.getInstance(LicenseText.ALGORITHM);
      signer.initSign(key);
      signer.update(data);
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw JarmorException.input("cannot sign with this key: " + e.getMessage(), null);
    }
  }

  /** The public key in a PEM file, X.509 in base64 as a protected program holds it. */
  public static String readPublic(Path file) {
    String base64 = Base64.getEncoder().encodeToString(der(file, PUBLIC, "public key"));
    try {
      LicenseText.publicKey(base64);
    } catch (GeneralSecurityException e) {
      throw JarmorException.input("not an RSA public key", file.toString());
    }
    return base64;
  }

  private static boolean pemLabelled(Path file, String label) {
    return pem(file, "key").contains("-----BEGIN " + label + "-----");
  }

  private static String pem(Path file, String noun) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw JarmorException.unreadable(noun, file, e);
    }
  }

  private static byte[] der(Path file, String label, String noun) {
    String text = pem(file, noun);
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      throw JarmorException.input("not a PEM " + noun + " (no '" + begin + "' line)", file.toString());
    }
    try {
      return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    } catch (IllegalArgumentException e) {
      throw JarmorException.input("not a PEM " + noun + " (its body is not base64)", file.toString());
    }
  }

  private static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + label + "-----\n";
  }

  private static void write(Path file, String text, boolean secret) {
    try {
      if (secret && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
      } else {
        Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
      }
    } catch (FileAlreadyExistsException e) {
      throw JarmorException.usage(file + " exists; jarmor never overwrites a key (delete it first if you mean to)");
    } catch (IOException e) {
      throw JarmorException.unwritable("key", file, e);
    }
  }
}
