package dev.jarmor.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.plan.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text report's folds: members sharing kind and reasons, notes differing only in where they were found. */
class FoldingTest {

  private static final List<Reason> SERIALIZED = List.of(new Reason("serialization", "serialized field of a.B"));

  @Test
  void membersOfOneKindWithTheSameReasonsShareAGroupInTheOrderOfTheFirst() {
    var a = new ClassReport.MemberReport("field", "a", "I", SERIALIZED);
    var b = new ClassReport.MemberReport("field", "b", "J", List.of(new Reason("rule", "-keep")));
    var c = new ClassReport.MemberReport("field", "c", "I", SERIALIZED);
    var d = new ClassReport.MemberReport("method", "c", "()I", SERIALIZED);

    assertThat(Folding.members(List.of(a, b, c, d))).containsExactly(List.of(a, c), List.of(b), List.of(d));
  }

  @Test
  void notesDifferingOnlyInWhereAreOneNoteNamingEveryPlace() {
    Reason first = new Reason("reflection", "Class.forName at a.B.main:26 looks up a class by a name known only at run time");
    Reason other = new Reason("reflection", "Method.invoke at a.B.run:3 looks up a method by a name known only at run time");
    Reason second = new Reason("reflection", "Class.forName at a.B.load:40 looks up a class by a name known only at run time");
    Reason unplaced = new Reason("reflection", "something else");

    assertThat(Folding.notes(List.of(first, other, second, unplaced))).containsExactly(
        new Folding.Note(new Reason("reflection", "Class.forName at a.B.main:26, a.B.load:40 looks up a class by a "
            + "name known only at run time"), new Reason("reflection",
            "Class.forName looks up a class by a name known only at run time"), 2),
        new Folding.Note(other, new Reason("reflection",
            "Method.invoke looks up a method by a name known only at run time"), 1),
        new Folding.Note(unplaced, unplaced, 1));
  }
}
