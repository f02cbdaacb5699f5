package dev.jarmor.check;

import dev.jarmor.Analysis;
import dev.jarmor.Jarmor;
import dev.jarmor.JarmorException;
import dev.jarmor.ProtectOptions.Wire;
import dev.jarmor.check.fix.FixCandidates;
import dev.jarmor.check.fix.FixRule;
import dev.jarmor.check.fix.FixRulesFile;
import dev.jarmor.check.fix.FixSearch;
import dev.jarmor.check.fix.PassBisection;
import dev.jarmor.passes.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The search behind {@code jarmor check --fix}: the rules that make every variant a check found failing behave like
 * the original, found by running it ({@link dev.jarmor.check.fix} is the search's library), written as a rules file,
 * then the whole check run once more with that file to confirm.
 *
 * <p>The failing variants are searched lowest level first, and within a variant each failure on its own: a
 * {@code --run} sequence (with its mixed-build runs) or a test, rerun alone by {@link Check#rerun}, with the rules
 * found before it in place. A rule that fixes one failure often fixes others (two tests of one renamed class, level
 * 2 after level 1), so a failure that passes with the rules found so far needs no search: the failures left after
 * each new rule are found in one rerun of them all. For the rest of a variant's failures, {@link PassBisection} finds
 * the passes that cause them (the variant rerun with passes switched off, once for the variant); then for each
 * failure {@link FixCandidates} ranks rules by that failure's retraced text, the variant's plan (analyzed with the
 * same options it was protected with and the rules found so far) and those passes, and {@link FixSearch} narrows
 * them down to the rules it needs. Searching failures one at a time keeps each search short (ddmin over eight
 * failures at once costs hundreds of runs where eight searches of one rule each cost a few runs each) and gives each
 * rule the failure it fixes for its comment. Every rerun counts against one budget shared by the whole search; what
 * it leaves unsearched is unresolved.
 *
 * <p>Every rule written is necessary: dropping it brings a failure back. Within one failure that is ddmin's
 * 1-minimality, given the rules found before it. Across failures, a later failure's rules can make an earlier one's
 * unnecessary (a {@code -keep class X { *; }} found for level 2 covers the {@code -keepnames class X} found for
 * level 1), so each rule of a failure searched before another that added rules is left out once more, and dropped
 * when every fixed failure still passes without it: its own failure first, then each variant's other fixed
 * failures together in one rerun. The rules of the last failure that added any need no such run: nothing came after
 * them. Like ddmin, this assumes that more rules never break what fewer fixed, so that a rule found necessary stays
 * necessary when others are dropped after it.
 */
public final class FixRun {

  /** The reruns a search may take unless the user says otherwise: the common case takes under ten. */
  public static final int DEFAULT_BUDGET = 200;

  /**
   * What the search found and what the check gave with it.
   *
   * @param checked the check the search started from
   * @param searches each failure's search, in the order searched (the check's order of variants, a variant's
   *     sequences before its tests); a failure that passed with the rules found before it has no rules of its own
   * @param rules every rule written, in the order found
   * @param confirmed the whole check run again with the rules file
   * @param runs the reruns the search took (the confirming check not counted)
   * @param budget the reruns it was allowed
   * @param time the search's wall time (the confirming check not counted)
   */
  public record Result(CheckResult checked, List<FixSearch.Result> searches, List<FixRule> rules,
      CheckResult confirmed, int runs, int budget, Duration time) {

    public Result {
      searches = List.copyOf(searches);
      rules = List.copyOf(rules);
    }

    /** Whether every variant behaves like the original with the rules. */
    public boolean passed() {
      return confirmed.passed();
    }

    /** The variants that failed the check and behave like the original with the rules. */
    public List<Variant> fixed() {
      Set<Variant> failed = checked.variants().stream().filter(v -> !v.passed()).map(VariantResult::variant)
          .collect(Collectors.toSet());
      return confirmed.variants().stream().filter(v -> v.passed() && failed.contains(v.variant()))
          .map(VariantResult::variant).toList();
    }

    /** The failures the search found no rules for. */
    public List<FixSearch.Result> unresolved() {
      return searches.stream().filter(s -> s.status() == FixSearch.Status.UNRESOLVED).toList();
    }
  }

  /** One thing that failed on a variant, searched and rerun on its own: a sequence with its mixes, or a test. */
  private record Part(Variant variant, Selection selection, FixSearch.Failure failure) {}

  /** A failure and what its search found. */
  private record Searched(Part part, FixSearch.Result result) {

    boolean fixed() {
      return result.status() != FixSearch.Status.UNRESOLVED;
    }
  }

  private final CheckOptions options;
  private final Baseline baseline;
  private final int budget;
  private final CheckListener listener;
  private final Path folder;
  /** The rules found so far, in the order found: each failure's search starts from them. */
  private final List<FixRule> found = new ArrayList<>();
  /** Each failure's search so far, in the order searched. */
  private final List<Searched> searched = new ArrayList<>();
  private int runs;
  private int files;

  private FixRun(CheckOptions options, Baseline baseline, int budget, CheckListener listener, Path folder) {
    this.options = options;
    this.baseline = baseline;
    this.budget = budget;
    this.listener = listener;
    this.folder = folder;
  }

  /**
   * Searches the rules that fix the variants {@code checked} found failing, with at most {@code budget} reruns,
   * writes them to {@code rulesFile} ({@link FixRulesFile}) and runs the whole check again with it; the check's
   * report, when the options ask for one, is written again with the search and the confirming check
   * ({@link CheckReport}).
   *
   * @param checked the result of {@link Check#run} with {@code options}
   * @throws JarmorException when the budget is below 1, or a variant cannot be protected
   */
  public static Result run(CheckOptions options, CheckResult checked, int budget, Path rulesFile,
      CheckListener listener) {
    checkBudget(budget);
    long start = System.nanoTime();
    Path folder;
    try {
      folder = Files.createTempDirectory("jarmor-fix");
    } catch (IOException e) {
      throw new JarmorException(JarmorException.Kind.INTERNAL, "cannot create a temporary folder: " + e.getMessage(),
          System.getProperty("java.io.tmpdir"), e);
    }
    try {
      FixRun fix = new FixRun(options, checked.baseline(), budget, listener, folder);
      checked.variants().stream().filter(v -> !v.passed()).forEach(fix::search);
      fix.prune();
      List<FixSearch.Result> searches = fix.searched.stream().map(Searched::result).toList();
      Duration time = Duration.ofNanos(System.nanoTime() - start);
      FixRulesFile.write(rulesFile, describe(options), searches);
      CheckResult confirmed = searches.isEmpty() ? checked : fix.confirm(rulesFile);
      Result result = new Result(checked, searches, fix.found, confirmed, fix.runs, budget, time);
      CheckReport.write(result, options);
      return result;
    } finally {
      WorkingDirectories.delete(folder);
    }
  }

  /**
   * Refuses a budget below one run; the CLI asks before the check runs, not after.
   *
   * @throws JarmorException a usage error
   */
  public static void checkBudget(int budget) {
    if (budget < 1) {
      throw JarmorException.usage("--fix-budget takes a number of runs above 0");
    }
  }

  /** One failing variant's failures, each searched on its own, with the rules found before it in place. */
  private void search(VariantResult failing) {
    Variant variant = failing.variant();
    List<Part> open = found.isEmpty() ? parts(failing) : stillFailing(variant, parts(failing));
    if (open.isEmpty()) {
      return;
    }
    List<String> ran = Pipeline.selected(options.variant(variant, Adjustment.NONE).build()).stream()
        .map(Pipeline.Step::switchName).toList();
    Selection failures = together(open);
    PassBisection.Result passes = PassBisection.find(ran,
        off -> passes(variant, failures, found, off, String.join(", ", off) + " off"), budget - runs);
    if (passes.fixes().isEmpty()) {
      // no pass is to blame (or the budget ran out first): no rule can fix what protection did not cause
      open.forEach(part -> done(part, FixSearch.Status.UNRESOLVED, List.of(), 0));
      return;
    }
    while (!open.isEmpty()) {
      Part part = open.get(0);
      int before = runs;
      FixSearch.Result result = FixSearch.search(part.failure(), candidates(part, passes.causes()), rules -> {
        List<FixRule> all = new ArrayList<>(found);
        all.addAll(rules);
        String what = rules.size() + (rules.size() == 1 ? " rule" : " rules");
        return passes(variant, part.selection(), all, Set.of(), what);
      }, budget - runs);
      found.addAll(result.rules());
      done(part, result.status(), result.rules(), runs - before);
      List<Part> rest = open.subList(1, open.size());
      open = result.rules().isEmpty() ? List.copyOf(rest) : stillFailing(variant, rest);
    }
  }

  /**
   * Which of a variant's failures still fail with the rules found so far, in one rerun of them all, each as it
   * fails now (what its rules fix, and what its comment names); the others are done, fixed by those rules. Without
   * a run left, none is searched: each is unresolved.
   */
  private List<Part> stillFailing(Variant variant, List<Part> parts) {
    if (parts.isEmpty()) {
      return parts;
    }
    if (runs == budget) {
      parts.forEach(part -> done(part, FixSearch.Status.UNRESOLVED, List.of(), 0));
      return List.of();
    }
    List<Part> failing = parts(rerun(variant, together(parts), found, Set.of(), "the rules found so far"));
    Set<Selection> still = failing.stream().map(Part::selection).collect(Collectors.toSet());
    parts.stream().filter(part -> !still.contains(part.selection()))
        .forEach(part -> done(part, FixSearch.Status.FIXED, List.of(), 0));
    return failing;
  }

  private void done(Part part, FixSearch.Status status, List<FixRule> rules, int partRuns) {
    FixSearch.Result result = new FixSearch.Result(part.failure(), status, rules, partRuns);
    searched.add(new Searched(part, result));
    listener.fixDone(part.variant(), result);
  }

  /**
   * What failed on a variant, each part on its own: every failing sequence (its differences in every mix of
   * builds; each difference's stack trace, or the difference itself when it has none), then every failing test.
   */
  private static List<Part> parts(VariantResult result) {
    String variant = result.variant().toString();
    List<Part> parts = new ArrayList<>();
    for (int sequence : result.failingSequences()) {
      Set<String> text = new LinkedHashSet<>();
      for (SequenceResult run : result.sequences()) {
        String mix = run.mix() == SequenceResult.Mix.PROTECTED ? "" : run.mix() + ": ";
        run.differences().stream().filter(d -> run.sequence() == sequence)
            .forEach(d -> text.add(d.trace() != null ? d.trace() : mix + d));
      }
      parts.add(new Part(result.variant(), Selection.only(Set.of(sequence), Set.of()), new FixSearch.Failure(
          variant + ", " + SequenceResult.name(sequence, SequenceResult.Mix.PROTECTED), String.join("\n", text))));
    }
    result.tests().failing().forEach((id, failure) -> parts.add(new Part(result.variant(),
        Selection.only(Set.of(), Set.of(id)),
        new FixSearch.Failure(variant + ", test " + TestIds.readable(id), failure))));
    return parts;
  }

  /** The selection that reruns all these parts at once. */
  private static Selection together(List<Part> parts) {
    Set<Integer> sequences = new TreeSet<>();
    Set<String> tests = new TreeSet<>();
    parts.forEach(part -> {
      sequences.addAll(part.selection().sequences());
      tests.addAll(part.selection().tests());
    });
    return Selection.only(sequences, tests);
  }

  /** The candidates for a failure, ranked on the plan of its variant as protected with the rules found so far. */
  private List<FixRule> candidates(Part part, SortedSet<String> causes) {
    try (Analysis analysis = Jarmor.analyze(options.variant(part.variant(), adjustment(found)).build(),
        CheckListener.SILENT)) {
      return FixCandidates.of(part.failure().retraced(), analysis.plan(), causes).stream()
          .filter(rule -> !found.contains(rule)).toList();
    }
  }

  /**
   * Drops the rules that rules found later made unnecessary (see the class comment): each rule of a failure
   * searched before one that added rules is left out once, tried first on its own failure, then on the other fixed
   * failures, a variant's together in one rerun; it stays as soon as one fails without it, or when the budget has
   * not the runs to try them all (its search then not minimal).
   */
  private void prune() {
    for (int i = 0; i < searched.size(); i++) {
      if (searched.subList(i + 1, searched.size()).stream().allMatch(s -> s.result().rules().isEmpty())) {
        continue;
      }
      for (FixRule rule : searched.get(i).result().rules()) {
        Searched own = searched.get(i);
        Map<Variant, List<Part>> others = new LinkedHashMap<>();
        searched.stream().filter(s -> s != own && s.fixed())
            .forEach(s -> others.computeIfAbsent(s.part().variant(), v -> new ArrayList<>()).add(s.part()));
        List<FixRule> without = new ArrayList<>(found);
        without.remove(rule);
        String what = "without " + rule;
        if (runs + 1 + others.size() > budget) {
          // not enough runs left to show it unnecessary: it stays, and the search says it may not be needed
          searched.set(i, with(own, FixSearch.Status.NOT_MINIMAL, own.result().rules()));
        } else if (passes(own.part().variant(), own.part().selection(), without, Set.of(), what)
            && others.entrySet().stream().allMatch(e -> passes(e.getKey(), together(e.getValue()), without, Set.of(),
                what))) {
          found.remove(rule);
          List<FixRule> rest = new ArrayList<>(own.result().rules());
          rest.remove(rule);
          searched.set(i, with(own, own.result().status(), rest));
        }
      }
    }
  }

  private static Searched with(Searched searched, FixSearch.Status status, List<FixRule> rules) {
    FixSearch.Result result = searched.result();
    return new Searched(searched.part(), new FixSearch.Result(result.failure(), status, rules, result.runs()));
  }

  /** The oracle of every step: a variant rerun with these rules and passes off, only what the selection says. */
  private boolean passes(Variant variant, Selection selection, List<FixRule> rules, Set<String> passesOff,
      String what) {
    return rerun(variant, selection, rules, passesOff, what).passed();
  }

  private VariantResult rerun(Variant variant, Selection selection, List<FixRule> rules, Set<String> passesOff,
      String what) {
    runs++;
    listener.fixRun(variant, runs, budget, what);
    // the reruns' own progress and warnings (a candidate rule that keeps nothing) would drown the search's
    return Check.rerun(options, baseline, variant, adjustment(rules).withPassesOff(passesOff), selection,
        CheckListener.SILENT);
  }

  /** The rules in a rules file of their own, for one rerun or analysis. */
  private Adjustment adjustment(List<FixRule> rules) {
    if (rules.isEmpty()) {
      return Adjustment.NONE;
    }
    Path file = folder.resolve("rules-" + ++files + ".pro");
    try {
      Files.writeString(file, rules.stream().map(rule -> rule.text() + "\n").collect(Collectors.joining()));
    } catch (IOException e) {
      throw new JarmorException(JarmorException.Kind.INTERNAL, "cannot write a rules file: " + e.getMessage(),
          file.toString(), e);
    }
    return Adjustment.rules(List.of(file));
  }

  /** Every variant, every sequence and test, with the rules file: the check the user will run next. */
  private CheckResult confirm(Path rulesFile) {
    List<VariantResult> variants = new ArrayList<>();
    for (Variant variant : options.variants()) {
      VariantResult result = Check.rerun(options, baseline, variant, Adjustment.rules(List.of(rulesFile)),
          Selection.ALL, listener);
      listener.variantDone(result);
      variants.add(result);
    }
    return new CheckResult(baseline, variants);
  }

  /** How the check was run, for the rules file's header: {@code --levels 1-3 --wire open}. */
  private static String describe(CheckOptions options) {
    List<Integer> levels = List.copyOf(options.levels());
    List<String> ranges = new ArrayList<>();
    for (int i = 0; i < levels.size(); ) {
      int j = i;
      while (j + 1 < levels.size() && levels.get(j + 1) == levels.get(j) + 1) {
        j++;
      }
      ranges.add(i == j ? String.valueOf(levels.get(i)) : levels.get(i) + "-" + levels.get(j));
      i = j + 1;
    }
    String wire = options.wires().size() == Wire.values().length ? "both"
        : options.wires().iterator().next().name().toLowerCase(Locale.ROOT);
    return "--levels " + String.join(",", ranges) + " --wire " + wire;
  }
}
