package neurons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SpikeTrainsTest {

  @Nested
  class Arange {

    @Test
    void lengthIsTheCeilingOfTheSpanOverTheStep_asInNumpy() {
      // (0.5 - 0.22) / 0.04 = 7.000000000000001, so numpy gives 8 values, the last one 0.5
      double[] values = SpikeTrains.arange(0.22, 0.5, 0.04);

      assertThat(values).hasSize(8);
      assertThat(values[7]).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void valuesAreStartPlusIndexTimesTheRoundedDelta() {
      double[] values = SpikeTrains.arange(0.22, 0.5, 0.04);
      double delta = (0.22 + 0.04) - 0.22;

      assertThat(values[0]).isEqualTo(0.22);
      assertThat(values[1]).isEqualTo(0.22 + 0.04);
      for (int i = 2; i < values.length; i++) {
        assertThat(values[i]).isEqualTo(0.22 + i * delta);
      }
    }

    @Test
    void timeGridOfOneSecond_hasAThousandSteps() {
      double[] grid = SpikeTrains.arange(0, 1, 0.001);

      assertThat(grid).hasSize(1000);
      assertThat(grid[999]).isCloseTo(0.999, within(1e-15));
    }

    @Test
    void emptyInterval_givesNoValues() {
      assertThat(SpikeTrains.arange(1, 1, 0.1)).isEmpty();
      assertThat(SpikeTrains.arange(1, 0, 0.1)).isEmpty();
    }

    @Test
    void negativeStep_countsDown() {
      assertThat(SpikeTrains.arange(1, 0, -0.25)).containsExactly(1, 0.75, 0.5, 0.25);
    }

    @Test
    void zeroOrNonFiniteArguments_areRejectedWithTheirValues() {
      assertThatThrownBy(() -> SpikeTrains.arange(0, 1, 0)).hasMessageContaining("non-zero step");
      assertThatThrownBy(() -> SpikeTrains.arange(0, Double.NaN, 0.1)).hasMessageContaining("stop=NaN");
    }
  }

  @Nested
  class Generate {

    @Test
    void eachIntervalStartsHalfAnIntervalAfterItsStart() {
      double[] train = SpikeTrains.generate(new double[] {10, 0, 20}, new double[] {0.3, 0.5, 0.6});

      assertThat(train).containsExactly(new double[] {0.05, 0.15, 0.25, 0.525, 0.575}, within(1e-12));
    }

    @Test
    void zeroRate_isSilent() {
      assertThat(SpikeTrains.generate(new double[] {0}, new double[] {1})).isEmpty();
    }

    @Test
    void jitter_isReproducibleWithASeed() {
      double[] rates = {50};
      double[] ends = {1};
      double[] first = SpikeTrains.generate(rates, ends, 0.1, new Random(7));
      double[] second = SpikeTrains.generate(rates, ends, 0.1, new Random(7));

      assertThat(first).containsExactly(second);
      assertThat(first).isSorted().hasSize(50);
      assertThat(first).isNotEqualTo(SpikeTrains.generate(rates, ends));
    }

    @Test
    void jitter_movesSpikesByAFractionOfTheInterval() {
      double[] regular = SpikeTrains.generate(new double[] {100}, new double[] {10});
      double[] jittered = SpikeTrains.generate(new double[] {100}, new double[] {10}, 0.05, new Random(1));

      double maxShift = 0;
      for (int i = 0; i < regular.length; i++) {
        maxShift = Math.max(maxShift, Math.abs(regular[i] - jittered[i]));
      }
      // 1000 normal draws with sd 0.05 * 10 ms stay well inside 5 sd
      assertThat(maxShift).isGreaterThan(0).isLessThan(5 * 0.05 * 0.01);
    }

    @Test
    void badArguments_areRejectedNamingTheProblem() {
      assertThatThrownBy(() -> SpikeTrains.generate(new double[] {1, 2}, new double[] {1}))
          .hasMessageContaining("2 rates, 1 ends");
      assertThatThrownBy(() -> SpikeTrains.generate(new double[] {-1}, new double[] {1}))
          .hasMessageContaining("rate 0 must be >= 0 Hz, got -1.0");
      assertThatThrownBy(() -> SpikeTrains.generate(new double[] {1, 1}, new double[] {1, 0.5}))
          .hasMessageContaining("end 1 must be after 1.0 s, got 0.5");
      assertThatThrownBy(() -> SpikeTrains.generate(new double[] {1}, new double[] {1}, 0.1, null))
          .hasMessageContaining("random number generator");
    }
  }

  @Nested
  class InputNeurons {

    @Test
    void spikesBetween_includesTheStartAndExcludesTheEnd() {
      InputNeuron input = new InputNeuron(new double[] {0.3, 0.1, 0.2});

      assertThat(input.getSpikes()).containsExactly(0.1, 0.2, 0.3);
      assertThat(input.spikesBetween(0.1, 0.3)).isEqualTo(2);
      assertThat(input.spikesBetween(0.3, 0.1)).isZero();
    }

    @Test
    void nonFiniteSpikeTimes_areRejected() {
      assertThatThrownBy(() -> new InputNeuron(new double[] {Double.NaN}))
          .hasMessageContaining("finite");
    }
  }
}
