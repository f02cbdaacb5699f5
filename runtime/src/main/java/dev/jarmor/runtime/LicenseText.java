package dev.jarmor.runtime;

import java.nio.charset.Charset;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A licence file as its text says it: {@code name: value} lines, the same name may repeat ({@code bind}), lines
 * starting with {@code #} are comments, and the last line is {@code signature: <base64>}, an RSA signature
 * (SHA256withRSA) of every byte before that line, line ends read as {@code \n}. RSA with SHA-256 is verified by
 * every JDK from 8 on with its own providers and no native code, which neither ECDSA (SunEC is native on 8) nor
 * Ed25519 (from 15) is. What the fields mean is {@link LicenseGuard}'s business; this class only reads and verifies.
 */
public final class LicenseText {

  /** The signature algorithm of every licence. */
  public static final String ALGORITHM = "SHA256withRSA";
  /** The name of the line that ends a licence. */
  public static final String SIGNATURE = "signature";

  private static final Charset UTF_8 = Charset.forName("UTF-8");

  private final Map<String, List<String>> fields;
  private final byte[] signed;
  private final byte[] signature;

  private LicenseText(Map<String, List<String>> fields, byte[] signed, byte[] signature) {
    this.fields = fields;
    this.signed = signed;
    this.signature = signature;
  }

  /**
   * Reads a licence's text.
   *
   * @throws IllegalArgumentException naming the first line that is not {@code name: value}, or a missing or
   *     misplaced signature
   */
  public static LicenseText parse(String text) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    Map<String, List<String>> fields = new LinkedHashMap<String, List<String>>();
    String[] lines = normalized.split("\n", -1);
    int offset = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int start = offset;
      offset += line.length() + 1;
      if (line.trim().isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("line " + (i + 1) + " is not 'name: value'");
      }
      String name = line.substring(0, colon).trim();
      String value = line.substring(colon + 1).trim();
      if (name.equals(SIGNATURE)) {
        for (int j = i + 1; j < lines.length; j++) {
          if (!lines[j].trim().isEmpty()) {
            throw new IllegalArgumentException("line " + (j + 1) + " follows the signature");
          }
        }
        byte[] signature;
        try {
          signature = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("the signature is not base64");
        }
        return new LicenseText(fields, normalized.substring(0, start).getBytes(UTF_8), signature);
      }
      List<String> values = fields.get(name);
      if (values == null) {
        values = new ArrayList<String>();
        fields.put(name, values);
      }
      values.add(value);
    }
    throw new IllegalArgumentException("it has no signature line");
  }

  /** The public key a licence is checked with, from its X.509 encoding in base64. */
  public static PublicKey publicKey(String base64) throws GeneralSecurityException {
    return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
  }

  /** Whether {@code key}'s owner signed exactly this text. */
  public boolean signedBy(PublicKey key) {
    try {
      Signature verifier = Signature.getInstance(ALGORITHM);
      verifier.initVerify(key);
      verifier.update(signed);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /** The first value of a field, or null. */
  public String value(String name) {
    List<String> values = fields.get(name);
    return values == null ? null : values.get(0);
  }

  /** Every value of a field, in order; empty if it has none. */
  public List<String> values(String name) {
    List<String> values = fields.get(name);
    return values == null ? Collections.<String>emptyList() : Collections.unmodifiableList(values);
  }

  /** Every field name and its values, in the order the text has them. */
  public Map<String, List<String>> fields() {
    return Collections.unmodifiableMap(fields);
  }
}
