package dev.jarmor.check.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DdminTest {

  private static final List<Integer> HUNDRED = IntStream.range(0, 100).boxed().toList();

  /** An oracle that passes when the subset holds every one of {@code needed}, and records what it was asked. */
  private static final class Needs implements Ddmin.Oracle<Integer> {
    final Set<Integer> needed;
    final List<List<Integer>> asked = new ArrayList<>();

    Needs(Integer... needed) {
      this.needed = Set.of(needed);
    }

    @Override
    public boolean passes(List<Integer> subset) {
      asked.add(subset);
      return subset.containsAll(needed);
    }
  }

  @Test
  void findsOneNeededItemAmongAHundredInFewRuns() {
    Needs oracle = new Needs(73);
    Ddmin.Result<Integer> result = Ddmin.minimize(HUNDRED, oracle, 100);
    assertThat(result.subset()).containsExactly(73);
    assertThat(result.minimal()).isTrue();
    assertThat(result.runs()).isEqualTo(oracle.asked.size()).isLessThanOrEqualTo(2 * 7);
  }

  @Test
  void findsThreeScatteredItemsInTheirOrder() {
    Needs oracle = new Needs(91, 4, 50);
    Ddmin.Result<Integer> result = Ddmin.minimize(HUNDRED, oracle, 200);
    assertThat(result.subset()).containsExactly(4, 50, 91);
    assertThat(result.minimal()).isTrue();
    assertThat(result.runs()).isLessThan(100);
  }

  @Test
  void keepsAPairThatOnlyPassesTogether() {
    Needs oracle = new Needs(10, 11);
    Ddmin.Result<Integer> result = Ddmin.minimize(HUNDRED, oracle, 100);
    assertThat(result.subset()).containsExactly(10, 11);
    assertThat(result.minimal()).isTrue();
    assertThat(oracle.passes(List.of(10))).as("dropping one brings the failure back").isFalse();
    assertThat(oracle.passes(List.of(11))).isFalse();
  }

  /** Either of two items suffices: the result holds one of them, not both. */
  @Test
  void keepsOneOfTwoAlternatives() {
    Ddmin.Result<Integer> result = Ddmin.minimize(HUNDRED, s -> s.contains(30) || s.contains(80), 100);
    assertThat(result.subset()).hasSize(1).containsAnyOf(30, 80);
  }

  @Test
  void stopsWhenTheBudgetRunsOutWithASubsetThatStillPasses() {
    Needs oracle = new Needs(3, 97);
    Ddmin.Result<Integer> result = Ddmin.minimize(HUNDRED, oracle, 3);
    assertThat(result.minimal()).isFalse();
    assertThat(result.runs()).isEqualTo(3).isEqualTo(oracle.asked.size());
    assertThat(result.subset()).contains(3, 97).hasSizeGreaterThan(2);
    assertThat(Ddmin.minimize(HUNDRED, new Needs(5), 0))
        .isEqualTo(new Ddmin.Result<>(HUNDRED, false, 0));
  }

  @Test
  void asksTheOracleAboutEachSubsetOnceAndNeverAboutTheWholeOrTheEmptyList() {
    Needs oracle = new Needs(2, 7, 8, 13);
    Ddmin.Result<Integer> result = Ddmin.minimize(IntStream.range(0, 16).boxed().toList(), oracle, 1000);
    assertThat(result.subset()).containsExactly(2, 7, 8, 13);
    assertThat(new HashSet<>(oracle.asked)).as("no subset asked twice").hasSize(oracle.asked.size());
    assertThat(oracle.asked).doesNotContain(List.of(), IntStream.range(0, 16).boxed().toList());
  }

  @Test
  void aSingleItemOrNoneIsMinimalWithoutARun() {
    assertThat(Ddmin.minimize(List.of("a"), s -> true, 10)).isEqualTo(new Ddmin.Result<>(List.of("a"), true, 0));
    assertThat(Ddmin.minimize(List.<String>of(), s -> true, 10)).isEqualTo(new Ddmin.Result<>(List.of(), true, 0));
  }
}
