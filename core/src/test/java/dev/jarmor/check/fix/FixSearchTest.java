package dev.jarmor.check.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FixSearchTest {

  private static final FixSearch.Failure FAILURE = new FixSearch.Failure("level 1",
      "\nException in thread \"main\" java.lang.ClassNotFoundException: com.acme.plugins.CsvPlugin\n"
          + "\tat com.acme.app.Main.main(Main.java:8)\n");

  private static final List<FixRule> CANDIDATES = IntStream.range(0, 40)
      .mapToObj(i -> FixRule.keepName("com.acme.C" + i)).toList();

  /** Passes when the rules hold all of {@code needed}; counts its runs. */
  private static final class Needs implements FixOracle {
    final Set<FixRule> needed;
    int runs;

    Needs(FixRule... needed) {
      this.needed = Set.of(needed);
    }

    @Override
    public boolean passes(List<FixRule> rules) {
      runs++;
      return rules.containsAll(needed);
    }
  }

  @Test
  void findsTheRulesThatFixTheFailureEachOneNecessary() {
    Needs oracle = new Needs(CANDIDATES.get(31), CANDIDATES.get(6));
    FixSearch.Result result = FixSearch.search(FAILURE, CANDIDATES, oracle, 100);
    assertThat(result.status()).isEqualTo(FixSearch.Status.FIXED);
    assertThat(result.rules()).containsExactly(CANDIDATES.get(6), CANDIDATES.get(31));
    assertThat(result.failure().firstLine())
        .isEqualTo("Exception in thread \"main\" java.lang.ClassNotFoundException: com.acme.plugins.CsvPlugin");
    assertThat(result.runs()).isEqualTo(oracle.runs);
    // 1-minimality: the variant fails again without any one of them
    for (FixRule rule : result.rules()) {
      List<FixRule> without = new ArrayList<>(result.rules());
      without.remove(rule);
      assertThat(oracle.passes(without)).as("without " + rule).isFalse();
    }
    assertThat(oracle.passes(result.rules())).isTrue();
  }

  @Test
  void rulesNearTheHeadOfALongRankingAreSearchedThereOnly() {
    // eight rules among the first forty of a thousand, as the ranking puts the classes a failure names first
    List<FixRule> ranked = IntStream.range(0, 1000).mapToObj(i -> FixRule.keepName("com.acme.C" + i)).toList();
    FixRule[] needed = IntStream.of(0, 3, 7, 12, 18, 25, 31, 39).mapToObj(ranked::get).toArray(FixRule[]::new);
    Needs oracle = new Needs(needed);
    FixSearch.Result result = FixSearch.search(FAILURE, ranked, oracle, 500);
    assertThat(result.status()).isEqualTo(FixSearch.Status.FIXED);
    assertThat(result.rules()).containsExactly(needed);
    Needs whole = new Needs(needed);
    int ddminAlone = Ddmin.minimize(ranked, whole::passes, 500).runs();
    assertThat(result.runs()).as("ddmin over all took %d", ddminAlone).isEqualTo(oracle.runs).isLessThan(ddminAlone);
  }

  @Test
  void aFailureTheCandidatesCannotFixIsUnresolvedAfterOneRun() {
    Needs oracle = new Needs(FixRule.keepName("com.acme.Elsewhere"));
    FixSearch.Result result = FixSearch.search(FAILURE, CANDIDATES, oracle, 100);
    assertThat(result.status()).isEqualTo(FixSearch.Status.UNRESOLVED);
    assertThat(result.rules()).isEmpty();
    assertThat(result.runs()).isEqualTo(1).isEqualTo(oracle.runs);
    assertThat(FixSearch.search(FAILURE, List.of(), oracle, 100).runs()).as("no candidates, no run").isZero();
  }

  @Test
  void aBudgetThatRunsOutLeavesRulesThatFixItButMayNotAllBeNeeded() {
    Needs oracle = new Needs(CANDIDATES.get(2), CANDIDATES.get(37));
    FixSearch.Result result = FixSearch.search(FAILURE, CANDIDATES, oracle, 4);
    assertThat(result.status()).isEqualTo(FixSearch.Status.NOT_MINIMAL);
    assertThat(result.runs()).isEqualTo(4);
    assertThat(result.rules()).contains(CANDIDATES.get(2), CANDIDATES.get(37)).hasSizeGreaterThan(2);
    assertThat(FixSearch.search(FAILURE, CANDIDATES, oracle, 0).status()).isEqualTo(FixSearch.Status.UNRESOLVED);
  }
}
