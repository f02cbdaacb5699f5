package dev.jarmor.runtime;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The licence check jarmor weaves into a protected program: {@link #check} runs before every entry point and at
 * places spread through the program. The first call finds, verifies and judges the licence; later calls only compare
 * the time with its end, unless the licence has a {@code period}, after which a call, and a daemon thread for a
 * program that makes none, checks it all again. A failure prints one line and exits with {@link #EXIT_STATUS}, or
 * throws {@link LicenseException} where the vendor chose so; after a failure every call fails the same way.
 */
public final class LicenseGuard implements Runnable {

  /** The exit status of a program whose licence check failed. */
  public static final int EXIT_STATUS = 77;

  private static final Object LOCK = new Object();
  private static final Charset UTF_8 = Charset.forName("UTF-8");
  private static volatile LicenseGuard current;

  private final LicenseTerms terms;
  private final File file;
  private final long expiresAt;
  private final long recheckAt;
  private final LicenseException failure;
  /** The identifiers of this machine the licence binds to. */
  private final Set<String> machine;
  /** The encrypted code's key, once unwrapped. */
  private volatile byte[] contentKey;

  private LicenseGuard(LicenseTerms terms, File file, Set<String> machine, long checkedAt,
      LicenseException failure) {
    this.terms = terms;
    this.file = file;
    this.machine = machine;
    this.failure = failure;
    this.expiresAt = terms == null ? Long.MAX_VALUE : terms.expiresAt();
    long period = terms == null ? 0 : terms.periodMillis();
    this.recheckAt = period == 0 ? Long.MAX_VALUE : checkedAt + period;
  }

  /** Checks the licence; returns only when it holds. */
  public static void check() {
    LicenseGuard guard = current;
    long now = System.currentTimeMillis();
    if (guard == null || now >= guard.recheckAt || now >= guard.expiresAt) {
      guard = checkNow(guard);
    }
    if (guard.failure != null) {
      fail(guard.failure);
    }
  }

  /**
   * The licence checked before the code of an encrypted class is decrypted, in a build whose code is not bound to
   * licences (its key is in the program): a program whose other checks were cut out still meets this one.
   */
  public static byte[] unlock(Class<?> decrypted) {
    check();
    return new byte[0];
  }

  /**
   * The key of the program's encrypted code, which the licence carries wrapped for this machine
   * ({@link ContentKeys}): each class's encrypted methods are decrypted with it, the licence checked first. Fails as
   * a check does when no key in the licence unwraps here. The class whose code is decrypted is not needed: every
   * class's key is the one.
   */
  public static byte[] contentKey(Class<?> decrypted) {
    check();
    LicenseGuard guard = current;
    byte[] key = guard.contentKey;
    if (key == null) {
      key = guard.terms.contentKey(guard.machine);
      if (key == null) {
        fail(failure(LicenseMessages.NO_CONTENT_KEY, guard.file.getPath()));
      }
      guard.contentKey = key;
    }
    return key;
  }

  /** The licence that holds, checked first. */
  static LicenseTerms terms() {
    check();
    return current.terms;
  }

  /** The licence file in use, or null before a check found one; child processes are pointed at it. */
  static File file() {
    LicenseGuard guard = current;
    return guard == null ? null : guard.file;
  }

  /** The periodic check, for a program that may make no call to {@link #check} for a long time. */
  @Override
  public void run() {
    while (true) {
      LicenseGuard guard = current;
      try {
        Thread.sleep(Math.max(1000L, guard.recheckAt - System.currentTimeMillis()));
      } catch (InterruptedException e) {
        return;
      }
      try {
        check();
      } catch (LicenseException e) {
        // thrown where the vendor chose so: the program's next check fails with it
        return;
      }
    }
  }

  private static LicenseGuard checkNow(LicenseGuard previous) {
    synchronized (LOCK) {
      LicenseGuard guard = current;
      if (guard != null && guard != previous) {
        return guard;
      }
      long now = System.currentTimeMillis();
      LicenseGuard checked;
      try {
        checked = judge(now);
      } catch (LicenseException e) {
        checked = new LicenseGuard(null, previous == null ? null : previous.file, null, now, e);
      }
      current = checked;
      if (previous == null && checked.failure == null && checked.recheckAt != Long.MAX_VALUE) {
        Thread periodic = new Thread(new LicenseGuard(null, null, null, now, null));
        periodic.setDaemon(true);
        periodic.start();
      }
      return checked;
    }
  }

  private static LicenseGuard judge(long now) {
    String name = LicenseSettings.NAME;
    List<String> looked = new ArrayList<String>();
    File file = new LicenseLocator(name).find(looked);
    if (file == null) {
      throw failure(LicenseMessages.MISSING, join(looked));
    }
    String where = file.getPath();
    LicenseText text;
    try {
      text = LicenseText.parse(new String(Files.readAllBytes(file.toPath()), UTF_8));
    } catch (IOException e) {
      throw failure(LicenseMessages.UNREADABLE, where, String.valueOf(e.getMessage()));
    } catch (IllegalArgumentException e) {
      throw failure(LicenseMessages.UNREADABLE, where, e.getMessage());
    }
    PublicKey key;
    try {
      key = LicenseText.publicKey(LicenseSettings.KEY);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    if (!text.signedBy(key)) {
      throw failure(LicenseMessages.SIGNATURE, where);
    }
    LicenseTerms terms = new LicenseTerms(text);
    String product = text.value(LicenseTerms.PRODUCT);
    if (!LicenseSettings.PRODUCT.isEmpty() && !LicenseSettings.PRODUCT.equals(product)) {
      throw failure(LicenseMessages.PRODUCT, where, String.valueOf(product), LicenseSettings.PRODUCT);
    }
    Set<String> machine = new HashSet<String>(MachineIdentifiers.of(terms.boundKinds()));
    List<String> unmatched = terms.unmatched(machine);
    if (!unmatched.isEmpty()) {
      throw failure(LicenseMessages.OTHER_MACHINE, where, join(unmatched));
    }
    long time = time(terms, name, now);
    try {
      if (time < terms.validFrom()) {
        throw failure(LicenseMessages.NOT_YET_VALID, where, text.value(LicenseTerms.NOT_BEFORE));
      }
      if (time >= terms.expiresAt()) {
        throw failure(LicenseMessages.EXPIRED, where, text.value(LicenseTerms.EXPIRES));
      }
    } catch (RuntimeException e) {
      if (e instanceof LicenseException) {
        throw e;
      }
      throw failure(LicenseMessages.UNREADABLE, where, e.getMessage());
    }
    return new LicenseGuard(terms, file, machine, now, null);
  }

  /** The time from the licence's sources or the local clock, which must not be behind what this machine saw before. */
  private static long time(LicenseTerms terms, String name, long now) {
    LicenseClock.Reading reading = LicenseClock.now(terms.timeSources(), terms.localClockAllowed());
    if (reading == null) {
      throw failure(LicenseMessages.NO_TIME, join(terms.timeSources()));
    }
    ClockRecord record = new ClockRecord(new File(System.getProperty("user.home"), "." + name), LicenseSettings.KEY);
    long latest = record.latest();
    if (!reading.trusted && reading.millis + ClockRecord.TOLERANCE_MILLIS < latest) {
      throw failure(LicenseMessages.CLOCK_SET_BACK, Instant.ofEpochMilli(reading.millis).toString(),
          Instant.ofEpochMilli(latest).toString());
    }
    record.saw(reading.millis, latest);
    return reading.millis;
  }

  private static LicenseException failure(int code, Object... arguments) {
    return new LicenseException(code, LicenseMessages.line(LicenseSettings.NAME, code, arguments));
  }

  private static void fail(LicenseException failure) {
    if ("throw".equals(LicenseSettings.ON_ERROR)) {
      throw failure;
    }
    System.err.println(failure.getMessage());
    System.exit(EXIT_STATUS);
  }

  private static String join(List<String> values) {
    StringBuilder joined = new StringBuilder();
    for (String value : values) {
      joined.append(joined.length() == 0 ? "" : ", ").append(value);
    }
    return joined.toString();
  }
}
