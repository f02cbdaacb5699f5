package dev.jarmor.runtime;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/**
 * The latest time a protected program saw on this machine, kept per user in {@code ~/.<name>/license-time} so that
 * a clock set back past it is noticed. The file carries a SHA-256 digest of the time, the vendor's public key and this
 * machine's id: a time written by hand, or the file of another machine, does not hold and is read as no record. The
 * digest is made of nothing secret, so it stops an edit by hand, not someone who reads the protected code; a deleted
 * file is no record either. Time sources are the defence against both.
 */
final class ClockRecord {

  /** How far the clock may go back before it counts as set back: clocks are corrected by a few seconds. */
  static final long TOLERANCE_MILLIS = 10 * 60 * 1000L;
  /** A record is rewritten only when the time has moved this far past it, not on every start. */
  private static final long WRITE_STEP_MILLIS = 60 * 1000L;
  private static final Charset UTF_8 = Charset.forName("UTF-8");

  private final File file;
  private final byte[] key;

  /** @param folder the user's {@code ~/.<name>} */
  ClockRecord(File folder, String publicKey) {
    this.file = new File(folder, "license-time");
    StringBuilder key = new StringBuilder(publicKey);
    // the machine id alone: reading the others (network interfaces, disks) would cost every start milliseconds
    for (String identifier : MachineIdentifiers.of(MachineIdentifiers.KINDS.subList(0, 1))) {
      key.append('\n').append(identifier);
    }
    this.key = key.toString().getBytes(UTF_8);
  }

  /** The latest time recorded, or 0 where there is no record that holds. */
  long latest() {
    try {
      String[] parts = new String(Files.readAllBytes(file.toPath()), UTF_8).trim().split(" ");
      if (parts.length == 2 && parts[1].equals(digest(parts[0]))) {
        return Long.parseLong(parts[0]);
      }
    } catch (IOException | RuntimeException e) {
      // no record, or one that does not hold: the same to the check
    }
    return 0;
  }

  /** Records {@code millis} if it is later than the record by more than a step; a home that cannot be written keeps no record. */
  void saw(long millis, long latest) {
    if (millis < latest + WRITE_STEP_MILLIS) {
      return;
    }
    try {
      File folder = file.getParentFile();
      if (!folder.isDirectory() && !folder.mkdirs()) {
        return;
      }
      // not File.createTempFile: its SecureRandom would cost a start its seeding
      File temporary = new File(folder, file.getName() + "." + System.nanoTime() + ".tmp");
      try {
        OutputStream out = new FileOutputStream(temporary);
        try {
          String value = Long.toString(millis);
          out.write((value + " " + digest(value) + "\n").getBytes(UTF_8));
        } finally {
          out.close();
        }
        Files.move(temporary.toPath(), file.toPath(), StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } finally {
        temporary.delete();
      }
    } catch (IOException | RuntimeException e) {
      // a read-only or full home: the program runs on, without rollback detection
    }
  }

  /** The record's check value: SHA-256, which the licence's signature has loaded already (an HMAC's provider costs a start 20 ms). */
  private String digest(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(key);
      digest.update((byte) 0);
      byte[] bytes = digest.digest(value.getBytes(UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte b : bytes) {
        hex.append(Character.forDigit(b >> 4 & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
      }
      return hex.toString();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
