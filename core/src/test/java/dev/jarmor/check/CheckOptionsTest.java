package dev.jarmor.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jarmor.ProtectOptions.Wire;
import org.junit.jupiter.api.Test;

/** The check's options that need parsing: levels, wire modes, ignore expressions. */
class CheckOptionsTest {

  @Test
  void levelsTakeRangesAndLists() {
    assertThat(CheckOptions.builder().build().levels()).containsExactly(0, 1, 2, 3, 4);
    assertThat(CheckOptions.builder().levels("1,3").build().levels()).containsExactly(1, 3);
    assertThat(CheckOptions.builder().levels("0,2-3").build().levels()).containsExactly(0, 2, 3);
    assertThatThrownBy(() -> CheckOptions.builder().levels("2-1"))
        .hasMessage("--levels takes levels 0 to 4 as 0-4, 1,3 or 2, not '2-1'");
    assertThatThrownBy(() -> CheckOptions.builder().levels("5")).hasMessageContaining("not '5'");
    assertThatThrownBy(() -> CheckOptions.builder().levels("one")).hasMessageContaining("not 'one'");
  }

  @Test
  void variantsAreEveryLevelInEveryWireMode() {
    assertThat(CheckOptions.builder().levels("1-2").wire("both").build().variants()).containsExactly(
        new Variant(1, Wire.OPEN), new Variant(1, Wire.CLOSED), new Variant(2, Wire.OPEN),
        new Variant(2, Wire.CLOSED));
    assertThat(CheckOptions.builder().build().wires()).containsExactly(Wire.OPEN);
    assertThatThrownBy(() -> CheckOptions.builder().wire("half")).hasMessage(
        "--wire takes open, closed or both, not 'half'");
  }

  @Test
  void aBadIgnoreExpressionIsAUsageError() {
    assertThatThrownBy(() -> CheckOptions.builder().ignore("(")).hasMessageStartingWith(
        "--ignore needs a regular expression: ");
  }
}
