package dev.jarmor.runtime;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The guards jarmor weaves into a program ({@code --guard}): {@link #check} runs where the licence check does, before
 * every entry point and in initializers spread through the program, and a daemon thread checks again every
 * {@link #PERIOD_MILLIS}.
 *
 * <ul>
 *   <li>{@code debugger}: the JVM was started with a debugger agent ({@code -agentlib:jdwp}, {@code -Xrunjdwp},
 *       {@code -Xdebug}, a {@code jdwp} library by {@code -agentpath}), which also covers one started later by
 *       {@code jcmd VM.start_java_debugging}, which needs {@code onjcmd=y} there;
 *   <li>{@code agents}: an agent not in the vendor's allow list given at start ({@code -javaagent},
 *       {@code -agentlib}, {@code -agentpath}, also through {@code JAVA_TOOL_OPTIONS}), or the JVM's attach
 *       listener started, which any dynamic attach does (an agent loaded into the running JVM, and {@code jcmd},
 *       {@code jstack} alike);
 *   <li>{@code tamper}: a class file of the program differs from the {@link ClassFileSeal} jarmor wrote beside this
 *       class: the checks' own and the entry points' classes at start, the others on a daemon thread a second later
 *       (reading every class file takes a large program a tenth of a second), each encrypted class again before its
 *       code is decrypted ({@link #unlock}), so no encrypted code of a changed class file runs.
 * </ul>
 *
 * <p>The JVM's arguments are read through {@code java.lang.management}; a runtime image without that module gives
 * the start-time guards nothing to read, and they pass. A tripped guard prints one line and exits with
 * {@link #EXIT_STATUS}, throws a {@code SecurityException}, or calls the vendor's callback, as the vendor chose.
 */
public final class RuntimeGuards implements Runnable {

  /** The exit status of a program a guard stopped. */
  public static final int EXIT_STATUS = 78;
  static final long PERIOD_MILLIS = 2000;
  /**
   * How long after the start the tamper guard's thread reads the class files the start left: read at once, they
   * compete with the program's own class loading for the jar (a library of 400 classes started 50 ms later).
   */
  static final long SEAL_DELAY_MILLIS = 1000;
  static final int DEBUGGER = 11;
  static final int AGENT = 12;
  static final int ATTACH = 13;
  static final int TAMPER = 14;

  private static final Object LOCK = new Object();
  private static volatile boolean started;
  /** The line of the guard that tripped, once one has. */
  private static volatile String tripped;
  /** The tamper guard's seal, once read. */
  private static volatile ClassFileSeal seal;

  /** What this guards' thread does: check the class files the start left, or watch for an attach listener. */
  private final boolean sealRest;

  private RuntimeGuards(boolean sealRest) {
    this.sealRest = sealRest;
  }

  /** Runs the guards; returns only when none has tripped (or the vendor's callback let the program go on). */
  public static void check() {
    if (!started) {
      synchronized (LOCK) {
        if (!started) {
          tripped = atStart();
          List<String> guards = list(GuardSettings.GUARDS);
          for (String threaded : new String[] {"agents", "tamper"}) {
            if (tripped == null && guards.contains(threaded)) {
              Thread thread = new Thread(new RuntimeGuards(threaded.equals("tamper")));
              thread.setDaemon(true);
              thread.start();
            }
          }
          started = true;
          if (tripped != null) {
            trip(tripped);
          }
          return;
        }
      }
    }
    String line = tripped;
    if (line != null && !"callback".equals(GuardSettings.ON_GUARD)) {
      trip(line);
    }
  }

  /**
   * The guards run before the code of an encrypted class is decrypted, and the tamper guard on that class's file
   * again: a program whose other checks were cut out still meets them at its first encrypted call. Holds no part of
   * the code's key.
   */
  public static byte[] unlock(Class<?> decrypted) {
    check();
    if (list(GuardSettings.GUARDS).contains("tamper")) {
      String line = tampered(decrypted.getName().replace('.', '/'), false);
      if (line != null) {
        tripped = line;
        trip(line);
      }
    }
    return new byte[0];
  }

  /**
   * The class files the start left unchecked, read once on this thread a second after the start, so that a large
   * program does not wait for them; or the attach listener, checked again while the program runs (a JVM's arguments do not change).
   */
  @Override
  public void run() {
    if (sealRest) {
      try {
        Thread.sleep(SEAL_DELAY_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      report(tampered(null, false));
      return;
    }
    while (tripped == null) {
      try {
        Thread.sleep(PERIOD_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      if (attachListener()) {
        report(line(ATTACH, "something attached to this JVM (its attach listener runs)"));
      }
    }
  }

  /** A guard tripped on a thread of the guards' own. */
  private static void report(String line) {
    if (line == null) {
      return;
    }
    tripped = line;
    try {
      trip(line);
    } catch (SecurityException e) {
      // thrown where the vendor chose so: nothing on this thread to throw to; the next check throws it
    }
  }

  /** The line of the first guard that trips at start, or null. */
  private static String atStart() {
    List<String> guards = list(GuardSettings.GUARDS);
    // java.management costs tens of milliseconds to start: read only where a guard needs the arguments
    List<String> arguments = guards.contains("debugger") || guards.contains("agents") ? jvmArguments()
        : Collections.<String>emptyList();
    for (String argument : arguments) {
      if (guards.contains("debugger") && isDebugger(argument)) {
        return line(DEBUGGER, "a debugger is attached (" + argument + ")");
      }
      if (guards.contains("agents") && isAgent(argument) && !isDebugger(argument) && !allowed(argument)) {
        return line(AGENT, "an agent the vendor does not allow is loaded (" + argument + ")");
      }
    }
    if (guards.contains("agents") && attachListener()) {
      return line(ATTACH, "something attached to this JVM (its attach listener runs)");
    }
    return guards.contains("tamper") ? tampered(null, true) : null;
  }

  /**
   * The tamper guard's line if a class file of the program is not as protection wrote it (the one class named, or
   * else those checked at start or the others), or null.
   */
  private static String tampered(String internalName, boolean start) {
    ClassLoader loader = RuntimeGuards.class.getClassLoader();
    try {
      ClassFileSeal read = seal();
      String changed = internalName == null ? read.changed(loader, start)
          : read.holds(loader, internalName) ? null : internalName;
      return changed == null ? null
          : line(TAMPER, "the class file " + changed + " changed after the program was protected");
    } catch (IOException e) {
      return line(TAMPER, "the program's class files cannot be checked against their seal: " + e.getMessage());
    } catch (GeneralSecurityException e) {
      return line(TAMPER, "the program's seal of its class files is not the vendor's");
    }
  }

  /** The seal jarmor wrote beside this class, read and verified once. */
  private static ClassFileSeal seal() throws IOException, GeneralSecurityException {
    ClassFileSeal read = seal;
    if (read == null) {
      InputStream in = RuntimeGuards.class.getResourceAsStream(GuardSettings.SEAL);
      if (in == null) {
        throw new IOException("its seal is missing");
      }
      try {
        read = ClassFileSeal.read(ClassFileSeal.bytes(in), GuardSettings.SEAL_KEY);
      } finally {
        in.close();
      }
      seal = read;
    }
    return read;
  }

  private static boolean isDebugger(String argument) {
    String lower = argument.toLowerCase(Locale.ROOT);
    return lower.startsWith("-agentlib:jdwp") || lower.startsWith("-xrunjdwp") || lower.equals("-xdebug")
        || lower.startsWith("-agentpath:") && lower.contains("jdwp");
  }

  private static boolean isAgent(String argument) {
    return argument.startsWith("-javaagent:") || argument.startsWith("-agentlib:") || argument.startsWith("-agentpath:");
  }

  /** Whether the agent's jar or library file name matches a glob of the vendor's allow list. */
  private static boolean allowed(String argument) {
    String agent = argument.substring(argument.indexOf(':') + 1);
    int options = agent.indexOf('=');
    if (options >= 0) {
      agent = agent.substring(0, options);
    }
    String file = new File(agent).getName();
    for (String glob : list(GuardSettings.ALLOWED_AGENTS)) {
      if (file.matches(glob.replace(".", "\\.").replace("*", ".*").replace("?", "."))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the JVM's attach listener thread runs: enumerated through the thread groups, which stops no thread. */
  private static boolean attachListener() {
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Thread[] threads = new Thread[root.activeCount() + 16];
    int count = root.enumerate(threads, true);
    for (int i = 0; i < count; i++) {
      if ("Attach Listener".equals(threads[i].getName())) {
        return true;
      }
    }
    return false;
  }

  /** The JVM's input arguments, {@code JAVA_TOOL_OPTIONS}' among them, read by reflection: java.management may be absent. */
  @SuppressWarnings("unchecked")
  private static List<String> jvmArguments() {
    try {
      Class<?> factory = Class.forName("java.lang.management.ManagementFactory");
      Object runtime = factory.getMethod("getRuntimeMXBean").invoke(null);
      Method arguments = Class.forName("java.lang.management.RuntimeMXBean").getMethod("getInputArguments");
      return (List<String>) arguments.invoke(runtime);
    } catch (Exception | LinkageError e) {
      return Collections.emptyList();
    }
  }

  private static List<String> list(String commaSeparated) {
    List<String> values = new ArrayList<String>();
    for (String value : commaSeparated.split(",")) {
      if (!value.trim().isEmpty()) {
        values.add(value.trim());
      }
    }
    return values;
  }

  private static String line(int code, String what) {
    return GuardSettings.NAME + " guard " + code + ": " + what;
  }

  private static void trip(String line) {
    if ("throw".equals(GuardSettings.ON_GUARD)) {
      throw new SecurityException(line);
    }
    if ("callback".equals(GuardSettings.ON_GUARD)) {
      GuardSettings.callback(line);
      return;
    }
    System.err.println(line);
    System.exit(EXIT_STATUS);
  }
}
