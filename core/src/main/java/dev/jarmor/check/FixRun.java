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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * The search behind {@code jarmor check --fix}: the rules that make every variant a check found failing behave like
 * the original, found by running it ({@link dev.jarmor.check.fix} is the search's library), written as a rules file,
 * then the whole check run once more with that file to confirm.
 *
 * <p>The failing variants are searched lowest level first, each by {@link Check#rerun} of what failed on it only
 * ({@link VariantResult#failures()}), with the rules found for the variants before it in place: a rule that fixes
 * level 1 usually fixes level 2 as well, so a variant that passes with the rules found so far costs one run and no
 * search. Otherwise {@link PassBisection} finds the passes that cause the failure (the variant rerun with passes
 * switched off), {@link FixCandidates} ranks rules by the failure's retraced text, the variant's plan (analyzed with
 * the same options it was protected with) and those passes, and {@link FixSearch} narrows them down to the rules it
 * needs. Every rerun counts against one budget shared by the whole search; what it leaves unsearched is unresolved.
 *
 * <p>Every rule written is necessary: dropping it brings a failure back. Within one variant that is ddmin's
 * 1-minimality, given the rules found before it. Across variants, a later variant's rules can make an earlier one's
 * unnecessary (a {@code -keep class X { *; }} found for level 2 covers the {@code -keepnames class X} found for
 * level 1), so each rule of a variant searched before another that added rules is left out once more, and dropped
 * when every fixed variant still passes without it. The rules of the last variant that added any need no such run:
 * nothing came after them. Like ddmin, this assumes that more rules never break what fewer fixed, so that a rule
 * found necessary stays necessary when others are dropped after it.
 */
public final class FixRun {

  /** The reruns a search may take unless the user says otherwise: the common case takes under ten. */
  public static final int DEFAULT_BUDGET = 200;

  /**
   * What the search found and what the check gave with it.
   *
   * @param checked the check the search started from
   * @param searches each failing variant's search, in the check's order; a variant that passed with the rules found
   *     before it has no rules of its own
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

  /** A failing variant and what its search found. */
  private record Searched(VariantResult variant, FixSearch.Result result) {

    boolean fixed() {
      return result.status() != FixSearch.Status.UNRESOLVED;
    }
  }

  private final CheckOptions options;
  private final Baseline baseline;
  private final int budget;
  private final CheckListener listener;
  private final Path folder;
  /** The rules found so far, in the order found: each variant's search starts from them. */
  private final List<FixRule> found = new ArrayList<>();
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
   * writes them to {@code rulesFile} ({@link FixRulesFile}) and runs the whole check again with it.
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
      List<Searched> searched = new ArrayList<>();
      for (VariantResult variant : checked.variants()) {
        if (!variant.passed()) {
          searched.add(new Searched(variant, fix.search(variant)));
          listener.fixDone(variant.variant(), searched.get(searched.size() - 1).result());
        }
      }
      fix.prune(searched);
      List<FixSearch.Result> searches = searched.stream().map(Searched::result).toList();
      Duration time = Duration.ofNanos(System.nanoTime() - start);
      FixRulesFile.write(rulesFile, describe(options), searches);
      CheckResult confirmed = searched.isEmpty() ? checked : fix.confirm(rulesFile);
      return new Result(checked, searches, fix.found, confirmed, fix.runs, budget, time);
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

  /** One failing variant's search, with the rules found for the variants before it in place. */
  private FixSearch.Result search(VariantResult failing) {
    int before = runs;
    VariantResult remaining = failing;
    if (!found.isEmpty()) {
      if (runs == budget) {
        return unresolved(failure(failing), before);
      }
      remaining = rerun(failing, found, Set.of(), "the rules found so far");
      if (remaining.passed()) {
        return new FixSearch.Result(failure(failing), FixSearch.Status.FIXED, List.of(), runs - before);
      }
    }
    // what still fails with the rules found so far is what this variant's rules fix, and what its comment names
    FixSearch.Failure failure = failure(remaining);
    List<String> ran = Pipeline.selected(options.variant(failing.variant(), Adjustment.NONE).build()).stream()
        .map(Pipeline.Step::switchName).toList();
    PassBisection.Result passes = PassBisection.find(ran,
        off -> passes(failing, found, off, String.join(", ", off) + " off"), budget - runs);
    if (passes.fixes().isEmpty()) {
      // no pass is to blame (or the budget ran out first): no rule can fix what protection did not cause
      return unresolved(failure, before);
    }
    List<FixRule> candidates = candidates(failing, failure, passes.causes());
    FixSearch.Result result = FixSearch.search(failure, candidates, rules -> {
      List<FixRule> all = new ArrayList<>(found);
      all.addAll(rules);
      return passes(failing, all, Set.of(), rules.size() + (rules.size() == 1 ? " rule" : " rules"));
    }, budget - runs);
    found.addAll(result.rules());
    return new FixSearch.Result(failure, result.status(), result.rules(), runs - before);
  }

  private static FixSearch.Failure failure(VariantResult failing) {
    return new FixSearch.Failure(failing.variant().toString(), failureText(failing));
  }

  private FixSearch.Result unresolved(FixSearch.Failure failure, int before) {
    return new FixSearch.Result(failure, FixSearch.Status.UNRESOLVED, List.of(), runs - before);
  }

  /** The candidates for a failure, ranked on the plan of the variant as protected with the rules found so far. */
  private List<FixRule> candidates(VariantResult failing, FixSearch.Failure failure, SortedSet<String> causes) {
    try (Analysis analysis = Jarmor.analyze(options.variant(failing.variant(), adjustment(found)).build(),
        CheckListener.SILENT)) {
      return FixCandidates.of(failure.retraced(), analysis.plan(), causes).stream()
          .filter(rule -> !found.contains(rule)).toList();
    }
  }

  /**
   * Drops the rules that rules found later made unnecessary (see the class comment): each rule of a variant
   * searched before one that added rules is left out once, tried first on its own variant, then on every other
   * variant fixed; it stays as soon as one fails without it, or when the budget has not the runs to try them all
   * (its search then not minimal).
   */
  private void prune(List<Searched> searched) {
    for (int i = 0; i < searched.size(); i++) {
      if (searched.subList(i + 1, searched.size()).stream().allMatch(s -> s.result().rules().isEmpty())) {
        continue;
      }
      for (FixRule rule : searched.get(i).result().rules()) {
        Searched own = searched.get(i);
        List<Searched> order = new ArrayList<>(List.of(own));
        searched.stream().filter(s -> s != own && s.fixed()).forEach(order::add);
        List<FixRule> without = new ArrayList<>(found);
        without.remove(rule);
        if (runs + order.size() > budget) {
          // not enough runs left to show it unnecessary: it stays, and the search says it may not be needed
          searched.set(i, with(own, FixSearch.Status.NOT_MINIMAL, own.result().rules()));
        } else if (order.stream().allMatch(s -> passes(s.variant(), without, Set.of(), "without " + rule))) {
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
    return new Searched(searched.variant(), new FixSearch.Result(result.failure(), status, rules, result.runs()));
  }

  /** The oracle of every step: the failing variant rerun with these rules and passes off, only what failed. */
  private boolean passes(VariantResult failing, List<FixRule> rules, Set<String> passesOff, String what) {
    return rerun(failing, rules, passesOff, what).passed();
  }

  private VariantResult rerun(VariantResult failing, List<FixRule> rules, Set<String> passesOff, String what) {
    runs++;
    listener.fixRun(failing.variant(), runs, budget, what);
    // the reruns' own progress and warnings (a candidate rule that keeps nothing) would drown the search's
    return Check.rerun(options, baseline, failing.variant(), adjustment(rules).withPassesOff(passesOff),
        failing.failures(), CheckListener.SILENT);
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

  /**
   * What failed on a variant, retraced: each difference's stack trace (or the difference itself when it has none),
   * then each failing test's failure, in the result's order, each once. The first line names the failure in the
   * rules file's comments.
   */
  private static String failureText(VariantResult failing) {
    Set<String> parts = new LinkedHashSet<>();
    failing.sequences().forEach(sequence -> sequence.differences().forEach(difference -> parts.add(
        difference.trace() != null ? difference.trace() : sequence.name() + ": " + difference)));
    parts.addAll(failing.tests().failing().values());
    return String.join("\n", parts);
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
