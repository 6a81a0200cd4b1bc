package neurograde.hidden.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearTest {

  @Test
  void numbersWithinTheTolerance_match() {
    assertThat(Near.within(1.0 + 1e-10, 1.0, 1e-9)).isTrue();
    assertThat(Near.within(1.0 + 1e-8, 1.0, 1e-9)).isFalse();
  }

  @Test
  void notANumber_matchesNoNumber() {
    assertThat(Near.within(Double.NaN, 0.5, 1e-9)).isFalse();
    assertThat(Near.within(Double.NaN, 0.5, Double.POSITIVE_INFINITY)).isFalse();
    assertThat(Near.relative(Double.NaN, 0.5, 1e-9)).isFalse();
    assertThat(Near.any(Double.NaN, List.of(0.0, 1.0), 1e-9)).isFalse();
  }

  @Test
  void infinity_matchesOnlyTheSameInfinity() {
    assertThat(Near.within(Double.POSITIVE_INFINITY, 1e308, 1e300)).isFalse();
    assertThat(Near.within(1e308, Double.POSITIVE_INFINITY, 1e300)).isFalse();
    assertThat(Near.within(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0)).isTrue();
    assertThat(Near.within(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0)).isFalse();
  }

  @Test
  void notANumberExpected_matchesOnlyNotANumber() {
    assertThat(Near.within(Double.NaN, Double.NaN, 0)).isTrue();
    assertThat(Near.within(0.5, Double.NaN, 1)).isFalse();
  }

  @Test
  void between_holdsNoNonFiniteValue() {
    assertThat(Near.between(0.5, 0, 1, 0)).isTrue();
    assertThat(Near.between(1 + 1e-10, 0, 1, 1e-9)).isTrue();
    assertThat(Near.between(Double.NaN, 0, 1, 0)).isFalse();
    assertThat(Near.between(Double.POSITIVE_INFINITY, 0, Double.POSITIVE_INFINITY, 0)).isFalse();
  }
}
