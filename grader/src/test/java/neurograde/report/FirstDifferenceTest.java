package neurograde.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FirstDifferenceTest {

  private static final List<double[]> REFERENCE =
      List.of(
          new double[] {0.301, 0.996, 1.274},
          new double[] {0.302, 1.0, 1.249},
          new double[] {0.303, 0.0, 1.224},
          new double[] {0.304, 0.0, 1.399});
  private static final double[] REFERENCE_SPIKES = {0.30128776978417265};

  @Test
  void aSpikeAtAnotherTime_isTheFirstDifference_beforeTheVItMoves() {
    List<double[]> student =
        List.of(
            new double[] {0.301, 0.996, 1.274},
            new double[] {0.302, 1.0, 1.249},
            new double[] {0.303, 0.0, 1.224},
            new double[] {0.304, 0.0, 1.399});

    FirstDifference first =
        FirstDifference.of(student, REFERENCE, new double[] {0.302}, REFERENCE_SPIKES);

    assertThat(first.quantity()).isEqualTo(FirstDifference.SPIKE);
    assertThat(first.time()).isCloseTo(0.30128776978417265, within(1e-15));
    assertThat(first.onVoltage()).isTrue();
    assertThat(first.describe()).isEqualTo("they first differ in spike time at t = 0.3013 s");
  }

  @Test
  void anSThatDiffersFirst_isMarkedOnS_notOnVWhoseCurvesAgree() {
    List<double[]> student =
        List.of(
            new double[] {0.301, 0.996, 1.274},
            new double[] {0.302, 1.0, 1.3},
            new double[] {0.303, 0.0, 1.3},
            new double[] {0.304, 0.1, 1.4});

    FirstDifference first =
        FirstDifference.of(student, REFERENCE, REFERENCE_SPIKES, REFERENCE_SPIKES);

    assertThat(first).isEqualTo(new FirstDifference(0.302, FirstDifference.S));
    assertThat(first.onVoltage()).isFalse();
  }

  @Test
  void aMissingSpike_aShorterRunAndNaN_areDifferences() {
    assertThat(FirstDifference.of(REFERENCE, REFERENCE, new double[0], REFERENCE_SPIKES))
        .isEqualTo(new FirstDifference(0.30128776978417265, FirstDifference.SPIKE));
    assertThat(
            FirstDifference.of(
                REFERENCE.subList(0, 2), REFERENCE, REFERENCE_SPIKES, REFERENCE_SPIKES))
        .isEqualTo(new FirstDifference(0.303, FirstDifference.V));
    List<double[]> nan =
        List.of(REFERENCE.get(0), new double[] {0.302, Double.NaN, 1.249}, REFERENCE.get(2));
    assertThat(FirstDifference.of(nan, REFERENCE, REFERENCE_SPIKES, REFERENCE_SPIKES))
        .isEqualTo(new FirstDifference(0.302, FirstDifference.V));
  }

  @Test
  void runsThatAgreeWithinRounding_haveNoDifference() {
    List<double[]> student =
        List.of(
            new double[] {0.301, 0.996 + 1e-9, 1.274},
            new double[] {0.302, 1.0, 1.249 - 1e-9},
            new double[] {0.303, 0.0, 1.224},
            new double[] {0.304, 0.0, 1.399});

    FirstDifference first =
        FirstDifference.of(
            student, REFERENCE, new double[] {0.30128776978417265 + 1e-9}, REFERENCE_SPIKES);

    assertThat(first.any()).isFalse();
    assertThat(first.describe()).isEqualTo("they agree at every step");
  }
}
