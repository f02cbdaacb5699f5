package dev.jarmor.check.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PassBisectionTest {

  private static final List<String> LEVEL_3 = PassBisection.passesAt(3);

  @Test
  void passesOfALevelInThePipelinesOrder() {
    assertThat(PassBisection.passesAt(0)).isEmpty();
    assertThat(PassBisection.passesAt(1)).containsExactly("rename", "debug-names");
    assertThat(LEVEL_3).containsExactly("rename", "debug-names", "strings", "debug-info", "references", "flow",
        "numbers");
  }

  @Test
  void onePassToBlameIsFoundOneAtATime() {
    List<Set<String>> asked = new ArrayList<>();
    PassBisection.Result result = PassBisection.find(LEVEL_3, off -> asked.add(off) && off.contains("strings"), 20);
    assertThat(result.fixes()).containsExactly(Set.of("strings"));
    assertThat(result.causes()).containsExactly("strings");
    assertThat(result.resolved()).isTrue();
    assertThat(result.runs()).isEqualTo(7).isEqualTo(asked.size());
    assertThat(asked).allMatch(off -> off.size() == 1);
  }

  /** The failure needs strings and flow both: switching either off is enough, and each is a fix. */
  @Test
  void aFailureThatNeedsTwoPassesHasTwoFixes() {
    PassBisection.Result result = PassBisection.find(LEVEL_3,
        off -> off.contains("strings") || off.contains("flow"), 20);
    assertThat(result.fixes()).containsExactly(Set.of("strings"), Set.of("flow"));
    assertThat(result.causes()).containsExactly("flow", "strings");
  }

  /** Renaming and string encryption break it each on its own: both must go, together. */
  @Test
  void passesThatBreakItEachOnItsOwnAreSwitchedOffTogether() {
    PassBisection.Result result = PassBisection.find(LEVEL_3,
        off -> off.containsAll(Set.of("rename", "strings")), 40);
    assertThat(result.fixes()).containsExactly(Set.of("rename", "strings"));
    assertThat(result.resolved()).isTrue();
    assertThat(result.runs()).isGreaterThan(8).isLessThan(25);
  }

  @Test
  void aFailureNoPassCausesIsUnresolved() {
    PassBisection.Result result = PassBisection.find(LEVEL_3, off -> false, 40);
    assertThat(result.fixes()).isEmpty();
    assertThat(result.resolved()).isFalse();
    assertThat(result.runs()).isEqualTo(8);
  }

  @Test
  void theBudgetBoundsTheRuns() {
    PassBisection.Result result = PassBisection.find(LEVEL_3, off -> off.contains("numbers"), 3);
    assertThat(result.resolved()).isFalse();
    assertThat(result.fixes()).isEmpty();
    assertThat(result.runs()).isEqualTo(3);
  }
}
