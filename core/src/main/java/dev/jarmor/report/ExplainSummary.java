package dev.jarmor.report;

import dev.jarmor.plan.ConstantSite;
import dev.jarmor.plan.Plan;
import dev.jarmor.plan.Reason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The figures {@code jarmor explain} opens with: how much is renamed, why the rest keeps its names,
 * how many strings follow new names, and which lookups only a run can tell.
 *
 * @param keptNames every name kept for a reason: packages, classes and members
 * @param keptBySource kept names per kind of reason ({@link Reason#source()}), most first; a name kept
 *     for several kinds counts under each
 * @param notes the lookups known only at run time, folded across classes by what they look up, most first
 */
public record ExplainSummary(RenameStats stats, int keptNames, List<SourceCount> keptBySource,
    int stringsInClasses, int stringsInResources, List<NoteCount> notes) {

  /** How many kept names one kind of reason accounts for. */
  public record SourceCount(String source, int names) {}

  /** One kind of lookup known only at run time (a note without its place), and how many the program has. */
  public record NoteCount(Reason note, int count) {}

  public static ExplainSummary of(Plan plan) {
    Map<String, Integer> bySource = new TreeMap<>();
    plan.keeps().values().forEach(reasons -> {
      TreeSet<String> sources = new TreeSet<>();
      reasons.forEach(reason -> sources.add(reason.source()));
      sources.forEach(source -> bySource.merge(source, 1, Integer::sum));
    });
    List<SourceCount> keptBySource = new ArrayList<>();
    bySource.forEach((source, names) -> keptBySource.add(new SourceCount(source, names)));
    keptBySource.sort(Comparator.comparingInt(SourceCount::names).reversed());
    int inResources = (int) plan.adaptations().keySet().stream().filter(ConstantSite::inResource).count();
    List<Reason> notes = new ArrayList<>();
    plan.notes().values().forEach(notes::addAll);
    Map<Reason, Integer> byLookup = new TreeMap<>();
    Folding.notes(notes).forEach(note -> {
      Reason lookup = new Reason(note.general().source(), Reason.headline(note.general().text()));
      byLookup.merge(lookup, note.count(), Integer::sum);
    });
    List<NoteCount> lookups = new ArrayList<>();
    byLookup.forEach((lookup, count) -> lookups.add(new NoteCount(lookup, count)));
    lookups.sort(Comparator.comparingInt(NoteCount::count).reversed());
    return new ExplainSummary(RenameStats.of(plan), plan.keptCount(), List.copyOf(keptBySource),
        plan.adaptations().size() - inResources, inResources, List.copyOf(lookups));
  }

  /** Lookups known only at run time, in all. */
  public int lookups() {
    return notes.stream().mapToInt(NoteCount::count).sum();
  }
}
