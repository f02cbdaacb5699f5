package dev.jarmor.report;

import dev.jarmor.plan.Reason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the text report folds lines that would repeat: kept members of one kind with the same reasons
 * become one line naming them all, and notes that differ only in where they were found become one
 * note naming every place. Groups keep the order of their first line, so the output stays
 * deterministic, and each folded line still holds every name, so grepping a name finds its reason.
 */
final class Folding {

  /** A note's text: what was found, {@code at} where, and what it means. */
  private static final Pattern LOCATED = Pattern.compile("(.*?) at (\\S+) (.*)");

  /**
   * Notes found in one or more places.
   *
   * @param text the note with every place it was found, in order
   * @param general the note with no place, shared by every note it stands for
   * @param count how many notes it stands for
   */
  record Note(Reason text, Reason general, int count) {}

  private Folding() {}

  /** Kept members grouped by kind and reasons, in the order of each group's first member. */
  static List<List<ClassReport.MemberReport>> members(List<ClassReport.MemberReport> members) {
    Map<List<Object>, List<ClassReport.MemberReport>> groups = new LinkedHashMap<>();
    for (ClassReport.MemberReport member : members) {
      groups.computeIfAbsent(List.of(member.kind(), member.reasons()), k -> new ArrayList<>()).add(member);
    }
    return List.copyOf(groups.values());
  }

  /** Notes that differ only in where they were found, folded into one, in the order of the first. */
  static List<Note> notes(List<Reason> notes) {
    Map<Reason, List<String>> places = new LinkedHashMap<>();
    Map<Reason, String[]> parts = new LinkedHashMap<>();
    List<Note> folded = new ArrayList<>();
    for (Reason note : notes) {
      Matcher m = LOCATED.matcher(note.text());
      if (!m.matches()) {
        places.putIfAbsent(note, new ArrayList<>());
        continue;
      }
      Reason general = new Reason(note.source(), m.group(1) + " " + m.group(3));
      places.computeIfAbsent(general, k -> new ArrayList<>()).add(m.group(2));
      parts.putIfAbsent(general, new String[] {m.group(1), m.group(3)});
    }
    places.forEach((general, at) -> {
      if (at.isEmpty()) {
        folded.add(new Note(general, general, 1));
      } else {
        String[] around = parts.get(general);
        folded.add(new Note(new Reason(general.source(), around[0] + " at " + String.join(", ", at) + " "
            + around[1]), general, at.size()));
      }
    });
    return folded;
  }
}
