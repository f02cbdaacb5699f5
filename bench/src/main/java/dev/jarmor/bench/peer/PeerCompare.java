package dev.jarmor.bench.peer;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compares the outcomes of one test suite on the original and on the protected program, test by test,
 * from the files {@link ResultsListener} writes: which tests passed on the original and do not on the
 * protected output. bench/peer runs it twice: once to learn which failures to rerun alone, once with
 * the reruns to decide.
 *
 * <p>A test that passed on the original counts as
 *
 * <ul>
 *   <li>newly failing when it fails on the protected output, or never runs there (a container above it
 *       failed), or is missing altogether, and (for the first two) fails again when rerun alone;
 *   <li>flaky when it failed on the protected output and passed when rerun alone;
 *   <li>passed then skipped when it was aborted (an assumption failed) or disabled on the protected output:
 *       commons-lang3's FastDateParser_TimeZoneStrategyTest aborts a different set of locales on every run
 *       of the unchanged library, so these are counted apart from failures and listed for a look.
 * </ul>
 *
 * <p>With {@code --translate-ids}, unique ids of the protected run are first put back into the original's
 * names through the protecting tool's mapping (ProGuard's format, as jarmor, ProGuard and R8 write it;
 * yGuard's log is converted by {@link YGuardMapping}): when tests and library are protected together, a
 * test whose parameter types are renamed library classes (or a renamed nested test class) gets a new
 * unique id. With a mapping, exception and class names in the causes are retraced in every mode.
 *
 * <p>A missing test has as its cause the failure of its nearest container, or else what {@link
 * ClassProbe} found loading its class ({@code --probe}).
 *
 * <p>Usage: {@code PeerCompare --original o.tsv --protected p.tsv [--rerun r.tsv] [--probe p.tsv]
 * [--mapping m.txt] [--translate-ids] --out dir}. Writes to dir: summary.env (counts as shell
 * variables), newly-failing.txt, flaky.txt, passed-then-skipped.txt, unmatched.txt (protected tests
 * that match no original test), causes.md (the newly failing grouped by exception and by message;
 * causes-top.md, the largest groups only),
 * missing-classes.txt (classes of missing tests, to probe), and without --rerun rerun-ids.txt (the
 * protected unique ids to rerun).
 */
public final class PeerCompare {

  private PeerCompare() {}

  /** One line of a results file. */
  record Result(String kind, String status, String id, String exception, String message, String root, String at) {
    static Result parse(String line) {
      String[] f = line.split("\t", -1);
      if (f.length < 7) throw new IllegalArgumentException("not a results line: " + line);
      return new Result(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
    }

    boolean passed() {
      return status.equals("SUCCESSFUL");
    }

    boolean skipped() {
      return status.equals("SKIPPED") || status.equals("ABORTED");
    }

    Result withId(String newId) {
      return new Result(kind, status, newId, exception, message, root, at);
    }
  }

  /** A newly failing test: its original id, what happened on the protected output, and why. */
  record Failure(String id, String how, Result cause) {}

  public static void main(String[] args) throws IOException {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--translate-ids" -> opts.put("translate-ids", "true");
        case "--original", "--protected", "--rerun", "--probe", "--mapping", "--out" -> {
          if (i + 1 >= args.length) usage();
          opts.put(args[i].substring(2), args[++i]);
        }
        default -> usage();
      }
    }
    if (!opts.containsKey("original") || !opts.containsKey("protected") || !opts.containsKey("out")) usage();
    Mapping mapping = opts.containsKey("mapping") ? Mapping.read(Path.of(opts.get("mapping"))) : Mapping.NONE;
    Function<String, String> ids = opts.containsKey("translate-ids") ? mapping::originalId : Function.identity();
    Path out = Files.createDirectories(Path.of(opts.get("out")));

    List<Result> original = read(Path.of(opts.get("original")));
    List<Result> protectedRaw = read(Path.of(opts.get("protected")));
    List<Result> protectedRun = protectedRaw.stream().map(r -> r.withId(ids.apply(r.id()))).toList();
    List<Result> rerun = opts.containsKey("rerun")
        ? read(Path.of(opts.get("rerun"))).stream().map(r -> r.withId(ids.apply(r.id()))).toList()
        : null;

    Map<String, Result> originalTests = tests(original);
    Map<String, Result> protectedTests = tests(protectedRun);
    Map<String, Result> rerunTests = rerun == null ? Map.of() : tests(rerun);
    Map<String, Result> probes = opts.containsKey("probe") ? probes(Path.of(opts.get("probe"))) : Map.of();
    Map<String, Result> protectedContainers = new HashMap<>();
    for (Result r : protectedRun) if (r.kind().equals("CONTAINER")) protectedContainers.put(r.id(), r);
    // the protected run's own id of each test, to select it for a rerun
    Map<String, String> rawIds = new HashMap<>();
    int renamedIds = 0;
    for (int i = 0; i < protectedRaw.size(); i++) {
      String raw = protectedRaw.get(i).id();
      String id = protectedRun.get(i).id();
      rawIds.put(id, raw);
      if (protectedRaw.get(i).kind().equals("TEST") && !id.equals(raw)) renamedIds++;
    }

    List<Failure> newlyFailing = new ArrayList<>();
    List<Failure> flaky = new ArrayList<>();
    List<Failure> passedThenSkipped = new ArrayList<>();
    List<String> toRerun = new ArrayList<>();
    Set<String> missingClasses = new TreeSet<>();
    int missing = 0;
    for (Result o : originalTests.values()) {
      if (!o.passed()) continue;
      Result p = protectedTests.get(o.id());
      if (p == null) {
        missing++;
        Result why = failedAncestor(o.id(), protectedContainers);
        if (why == null) {
          String cls = testClass(o.id());
          missingClasses.add(cls);
          // a test class the tool renamed is not found by its name, whatever the probe says
          boolean renamed = !mapping.protectedClass(cls).equals(cls);
          why = renamed ? notFound(o.id(), mapping) : probes.getOrDefault(cls, notFound(o.id(), mapping));
        }
        newlyFailing.add(new Failure(o.id(), "MISSING", why));
      } else if (p.passed()) {
        continue;
      } else if (p.skipped()) {
        passedThenSkipped.add(new Failure(o.id(), p.status(), p));
      } else if (rerun == null) {
        toRerun.add(rawIds.get(o.id()));
        newlyFailing.add(new Failure(o.id(), p.status(), p));
      } else {
        Result again = rerunTests.get(o.id());
        if (again != null && again.passed()) {
          flaky.add(new Failure(o.id(), p.status(), p));
        } else {
          newlyFailing.add(new Failure(o.id(), p.status(), p));
        }
      }
    }
    List<String> unmatched = protectedTests.keySet().stream().filter(id -> !originalTests.containsKey(id)).sorted().toList();

    write(out.resolve("newly-failing.txt"), failures(newlyFailing, mapping));
    write(out.resolve("flaky.txt"), failures(flaky, mapping));
    write(out.resolve("passed-then-skipped.txt"), failures(passedThenSkipped, mapping));
    write(out.resolve("unmatched.txt"), unmatched);
    if (rerun == null) write(out.resolve("rerun-ids.txt"), toRerun);
    write(out.resolve("missing-classes.txt"), List.copyOf(missingClasses));
    write(out.resolve("causes.md"), causes(newlyFailing, mapping, Integer.MAX_VALUE, 100));
    write(out.resolve("causes-top.md"), causes(newlyFailing, mapping, 12, 12));

    Map<String, Object> summary = new LinkedHashMap<>();
    counts(summary, "ORIGINAL", originalTests);
    counts(summary, "PROTECTED", protectedTests);
    summary.put("NEWLY_FAILING", newlyFailing.size());
    summary.put("MISSING", missing);
    summary.put("FLAKY", flaky.size());
    summary.put("PASSED_THEN_SKIPPED", passedThenSkipped.size());
    summary.put("RERUN", toRerun.size());
    summary.put("UNMATCHED", unmatched.size());
    summary.put("RENAMED_IDS", renamedIds);
    write(out.resolve("summary.env"), summary.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
  }

  private static void usage() {
    System.err.println("usage: PeerCompare --original o.tsv --protected p.tsv [--rerun r.tsv] [--probe p.tsv]"
        + " [--mapping m.txt] [--translate-ids] --out dir");
    System.exit(2);
  }

  private static List<Result> read(Path file) throws IOException {
    List<Result> results = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isEmpty()) results.add(Result.parse(line));
    }
    return results;
  }

  private static Map<String, Result> tests(List<Result> results) {
    Map<String, Result> tests = new LinkedHashMap<>();
    for (Result r : results) if (r.kind().equals("TEST")) tests.put(r.id(), r);
    return tests;
  }

  /** found, passed, failed (failed or never run), skipped (disabled), aborted. */
  private static void counts(Map<String, Object> summary, String prefix, Map<String, Result> tests) {
    Map<String, Long> byStatus = tests.values().stream().collect(Collectors.groupingBy(Result::status, Collectors.counting()));
    summary.put(prefix + "_FOUND", tests.size());
    summary.put(prefix + "_PASSED", byStatus.getOrDefault("SUCCESSFUL", 0L));
    summary.put(prefix + "_FAILED", byStatus.getOrDefault("FAILED", 0L) + byStatus.getOrDefault("NOT_RUN", 0L));
    summary.put(prefix + "_SKIPPED", byStatus.getOrDefault("SKIPPED", 0L));
    summary.put(prefix + "_ABORTED", byStatus.getOrDefault("ABORTED", 0L));
  }

  /**
   * Why a test is missing from the protected run: the failure of its nearest container there (a class
   * whose fields cannot be resolved, a parameter source that throws); null when no container failed.
   * Then its class was never found: see {@link ClassProbe}.
   */
  private static Result failedAncestor(String id, Map<String, Result> containers) {
    for (String up = parent(id); up != null; up = parent(up)) {
      Result c = containers.get(up);
      if (c != null) return c;
    }
    return null;
  }

  /** A missing test of a class that loads, or that no probe looked at. */
  private static Result notFound(String id, Mapping mapping) {
    String cls = testClass(id);
    String renamed = mapping.protectedClass(cls);
    String why = renamed.equals(cls) ? "not found on the protected output" : "test class renamed by the protection";
    return new Result("TEST", "MISSING", id, "", why, "", "");
  }

  /** ClassProbe's lines by class name, as results: what loading each missing test class throws. */
  private static Map<String, Result> probes(Path file) throws IOException {
    Map<String, Result> probes = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f.length < 4 || f[1].isEmpty()) continue;
      probes.put(f[0], new Result("TEST", "MISSING", f[0], f[1], f[2], f[3], ""));
    }
    return probes;
  }

  private static String parent(String id) {
    int slash = id.lastIndexOf("]/[");
    return slash < 0 ? null : id.substring(0, slash + 1);
  }

  private static List<String> failures(List<Failure> failures, Mapping mapping) {
    return failures.stream()
        .sorted(Comparator.comparing(Failure::id))
        .map(f -> f.id() + '\t' + f.how() + '\t' + describe(f.cause(), mapping))
        .toList();
  }

  private static String describe(Result r, Mapping mapping) {
    String text = r.exception().isEmpty() ? r.message() : mapping.retrace(r.exception()) + ": " + mapping.retrace(r.message());
    if (!r.root().isEmpty()) text += " (root cause " + mapping.retrace(r.root()) + ")";
    if (!r.at().isEmpty()) text += " at " + mapping.retraceFrame(r.at());
    return text;
  }

  /**
   * The newly failing tests grouped by what was thrown (the exception and its root cause, retraced),
   * largest group first, with a sample and the number of test classes involved; then the same tests
   * grouped by message, which tells which class is missing or which stream is incompatible. At most
   * the given numbers of rows of each.
   */
  private static List<String> causes(List<Failure> failures, Mapping mapping, int maxGroups, int maxMessages) {
    Map<String, List<Failure>> byThrown = new TreeMap<>();
    Map<String, List<Failure>> byMessage = new TreeMap<>();
    for (Failure f : failures) {
      Result c = f.cause();
      String thrown;
      String message;
      if (c.exception().isEmpty()) {
        thrown = "(" + (f.how().equals("MISSING") ? "missing" : c.status()) + ": " + c.message() + ")";
        message = thrown;
      } else {
        thrown = mapping.retrace(c.exception());
        message = thrown + ": " + mapping.retrace(c.message());
        if (!c.root().isEmpty()) {
          thrown += " ← " + mapping.retrace(c.root().replaceFirst(":.*", ""));
          message += " ← " + mapping.retrace(c.root());
        }
      }
      byThrown.computeIfAbsent(thrown, k -> new ArrayList<>()).add(f);
      byMessage.computeIfAbsent(shape(message), k -> new ArrayList<>()).add(f);
    }
    List<String> lines = new ArrayList<>();
    lines.add("By what is thrown (" + rows(maxGroups, byThrown.size()) + "):");
    lines.add("");
    lines.add("| tests | thrown (← root cause) | classes | sample |");
    lines.add("|---:|---|---:|---|");
    largestFirst(byThrown, maxGroups).forEach(e -> {
      Failure sample = e.getValue().get(0);
      lines.add("| " + e.getValue().size() + " | " + cell(e.getKey()) + " | " + classes(e.getValue()) + " | "
          + cell(clip(describe(sample.cause(), mapping), 240)) + " (" + cell(shortId(sample.id())) + ") |");
    });
    lines.add("");
    lines.add("By message, numbers and hash codes as # (" + rows(maxMessages, byMessage.size()) + "):");
    lines.add("");
    lines.add("| tests | classes | message |");
    lines.add("|---:|---:|---|");
    largestFirst(byMessage, maxMessages).forEach(e ->
        lines.add("| " + e.getValue().size() + " | " + classes(e.getValue()) + " | " + cell(clip(e.getKey(), 300)) + " |"));
    return lines;
  }

  private static List<Map.Entry<String, List<Failure>>> largestFirst(Map<String, List<Failure>> groups, int max) {
    return groups.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, List<Failure>> e) -> -e.getValue().size())
            .thenComparing(Map.Entry::getKey))
        .limit(max)
        .toList();
  }

  private static String rows(int max, int all) {
    return all <= max ? "all " + all : "largest " + max + " of " + all;
  }

  private static long classes(List<Failure> group) {
    return group.stream().map(f -> testClass(f.id())).distinct().count();
  }

  private static String clip(String text, int max) {
    return text.length() > max ? text.substring(0, max) + "…" : text;
  }

  /** A message with what varies from test to test (numbers, identity hash codes) blurred. */
  private static String shape(String message) {
    return message.replaceAll("@[0-9a-f]+\\b", "@#").replaceAll("-?\\b\\d+\\b", "#");
  }

  private static String testClass(String id) {
    Matcher m = Pattern.compile("\\[class:([^\\]]+)\\]").matcher(id);
    return m.find() ? m.group(1) : id;
  }

  /** Class simple name and method of a unique id, for a table cell. */
  private static String shortId(String id) {
    String cls = testClass(id);
    String rest = id.contains("[method:") ? id.replaceFirst(".*\\[method:([^(]*).*", "$1")
        : id.replaceFirst(".*\\[(?:test-template|test-factory):([^(]*).*", "$1");
    return cls.substring(cls.lastIndexOf('.') + 1) + "." + rest;
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  private static void write(Path file, List<String> lines) {
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (String line : lines) out.println(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A mapping in ProGuard's mapping.txt format (jarmor, ProGuard and R8 write it; yGuard's log is
   * converted) read backwards: from the protected names to the original ones.
   */
  static final class Mapping {
    static final Mapping NONE = new Mapping();

    /** A qualified class name, with dots or (as a NoClassDefFoundError has it) slashes. */
    private static final Pattern QUALIFIED = Pattern.compile("[A-Za-z_$][\\w$]*(?:([./])[A-Za-z_$][\\w$]*)(?:\\1[A-Za-z_$][\\w$]*)*");

    /** protected binary class name to original. */
    private final Map<String, String> classes = new HashMap<>();
    /** original binary class name to protected. */
    private final Map<String, String> renamed = new HashMap<>();
    /**
     * "original outer class/protected simple name" to the original nested class: a renamed nested class
     * may move out of its outer class's name (Outer$Inner to com.acme.s), and JUnit names it by the simple
     * name it has then.
     */
    private final Map<String, String> nested = new HashMap<>();
    /** original class, then protected "name(original parameter types)" to original method name. */
    private final Map<String, Map<String, String>> methods = new HashMap<>();
    /** protected "name(original parameter types)" to the original name, when all classes agree; else null. */
    private final Map<String, String> anyMethod = new HashMap<>();

    static Mapping read(Path file) throws IOException {
      Mapping m = new Mapping();
      String current = null;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) continue;
        int arrow = line.indexOf(" -> ");
        if (arrow < 0) continue;
        if (!Character.isWhitespace(line.charAt(0))) {
          current = line.substring(0, arrow).trim();
          String renamed = line.substring(arrow + 4).trim();
          if (renamed.endsWith(":")) renamed = renamed.substring(0, renamed.length() - 1);
          m.classes.put(renamed, current);
          m.renamed.put(current, renamed);
          int dollar = current.lastIndexOf('$');
          if (dollar > 0) {
            String simple = renamed.substring(Math.max(renamed.lastIndexOf('.'), renamed.lastIndexOf('$')) + 1);
            m.nested.put(current.substring(0, dollar) + "/" + simple, current);
          }
        } else if (current != null && line.indexOf('(') >= 0 && line.indexOf('(') < arrow) {
          String left = line.substring(0, arrow).trim().replaceFirst("^\\d+:\\d+:", "");
          String renamed = line.substring(arrow + 4).trim();
          int open = left.indexOf('(');
          int close = left.indexOf(')', open);
          String name = left.substring(left.lastIndexOf(' ', open) + 1, open);
          String key = renamed + "(" + left.substring(open + 1, close) + ")";
          m.methods.computeIfAbsent(current, k -> new HashMap<>()).put(key, name);
          m.anyMethod.merge(key, name, (a, b) -> a.equals(b) ? a : "");
        }
      }
      return m;
    }

    String originalClass(String name) {
      return classes.getOrDefault(name, name);
    }

    /** The name the tool gave an original class (the name itself when kept or not in the mapping). */
    String protectedClass(String original) {
      return renamed.getOrDefault(original, original);
    }

    /** A type as JUnit prints it in a unique id: a class name, a primitive, either followed by []. */
    private String originalType(String type) {
      String t = type.trim();
      String dims = "";
      while (t.endsWith("[]")) {
        dims += "[]";
        t = t.substring(0, t.length() - 2);
      }
      if (t.startsWith("[")) { // a JVM array name, [Lcom.acme.X;
        int d = t.lastIndexOf('[') + 1;
        if (t.charAt(d) == 'L' && t.endsWith(";")) {
          return t.substring(0, d + 1) + originalClass(t.substring(d + 1, t.length() - 1)) + ";";
        }
        return t;
      }
      return originalClass(t) + dims;
    }

    /**
     * A unique id of the protected run in the original's names: class and nested-class segments, and
     * method names and parameter types of method, test-template and test-factory segments.
     */
    String originalId(String id) {
      if (classes.isEmpty() || !id.startsWith("[") || !id.endsWith("]")) return id;
      String[] segments = id.substring(1, id.length() - 1).split("]/\\[", -1);
      String originalClass = null;
      StringBuilder out = new StringBuilder();
      for (String segment : segments) {
        int colon = segment.indexOf(':');
        String type = colon < 0 ? segment : segment.substring(0, colon);
        String value = colon < 0 ? "" : segment.substring(colon + 1);
        switch (type) {
          case "class" -> {
            originalClass = originalClass(value);
            value = originalClass;
          }
          case "nested-class" -> {
            if (originalClass != null) {
              String original = nested.get(originalClass + "/" + value);
              originalClass = original != null ? original : originalClass + "$" + value;
              value = originalClass.substring(originalClass.lastIndexOf('$') + 1);
            }
          }
          case "method", "test-template", "test-factory" -> value = originalMethod(originalClass, value);
          default -> {}
        }
        if (out.length() > 0) out.append('/');
        out.append('[').append(type).append(colon < 0 ? "" : ":").append(value).append(']');
      }
      return out.toString();
    }

    private String originalMethod(String owner, String method) {
      int open = method.indexOf('(');
      if (open < 0 || !method.endsWith(")")) return method;
      String name = method.substring(0, open);
      String params = method.substring(open + 1, method.length() - 1);
      List<String> types = new ArrayList<>();
      if (!params.isBlank()) for (String p : params.split(",")) types.add(originalType(p));
      String key = name + "(" + String.join(",", types) + ")";
      String original = owner == null ? null : methods.getOrDefault(owner, Map.of()).get(key);
      // a test method inherited from a base class is listed under that class only
      if (original == null) original = anyMethod.get(key);
      if (original == null || original.isEmpty()) original = name;
      return original + "(" + String.join(", ", types) + ")";
    }

    /** A text with every protected qualified class name in it put back into its original name. */
    String retrace(String text) {
      if (classes.isEmpty()) return text;
      Matcher m = QUALIFIED.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        boolean slashes = m.group(1).equals("/");
        String name = slashes ? m.group().replace('/', '.') : m.group();
        String original = originalClass(name);
        int dot = name.lastIndexOf('.');
        if (original.equals(name) && !slashes && dot > 0 && classes.containsKey(name.substring(0, dot))) {
          original = retraceFrame(name); // class.method, as a helpful NullPointerException names it
        }
        m.appendReplacement(out, Matcher.quoteReplacement(slashes ? original.replace('.', '/') : original));
      }
      m.appendTail(out);
      return out.toString();
    }

    /** {@code class.method} of a stack frame, retraced. */
    String retraceFrame(String frame) {
      int dot = frame.lastIndexOf('.');
      if (dot < 0) return frame;
      String owner = frame.substring(0, dot);
      String original = originalClass(owner);
      String method = frame.substring(dot + 1);
      // the frame has no descriptor: a method name is put back only when the class has one candidate
      Map<String, String> byKey = methods.getOrDefault(original, Map.of());
      List<String> names = byKey.entrySet().stream()
          .filter(e -> e.getKey().startsWith(method + "("))
          .map(Map.Entry::getValue).distinct().toList();
      return original + "." + (names.size() == 1 ? names.get(0) : method);
    }
  }
}
