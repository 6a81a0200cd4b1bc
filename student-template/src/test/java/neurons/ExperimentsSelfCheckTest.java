package neurons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Self-checks for question 3. */
@DisplayName("Question 3: experiments")
class ExperimentsSelfCheckTest {

  /** The course's published counts for 3a, one per 2 s interval. */
  private static final int[] PUBLISHED_COUNTS = {
    0, 0, 0, 0, 0, 0, 30, 52, 73, 87, 99, 112, 125, 137, 149, 160, 170, 180, 190, 199
  };

  @Test
  @DisplayName("3a: the firing-rate curve is 0 up to 30 Hz, then rises as published")
  void firingRateCurve_followsThePublishedCounts() {
    SpikingNetwork net = Experiments.firingRateExperiment();
    int[] counts = Experiments.spikesPerInterval(net);

    assertThat(net.getTHistory()).as("simulated steps (40 s at dt = 1 ms)").hasSize(40_000);
    assertThat(counts).as("spike counts, one per 2 s interval").hasSize(20);
    for (int i = 0; i < counts.length; i++) {
      assertThat(counts[i])
          .as("spikes while the input fires at %d Hz; the course's solution gives %d (variants of"
              + " the refractory period change high rates by a few percent)", 5 * (i + 1),
              PUBLISHED_COUNTS[i])
          .isCloseTo(PUBLISHED_COUNTS[i], within(Math.max(0, (int) Math.ceil(0.06 * PUBLISHED_COUNTS[i]))));
    }
  }

  @Test
  @DisplayName("3b: two LIF neurons and an input, simulated for at least 1 s")
  void twoNeurons_isBuiltAndSimulated() {
    SpikingNetwork net = Experiments.twoNeurons();

    assertThat(net.getNeurons()).as("neurons: A, B and the input").hasSize(3);
    assertThat(net.getTHistory()).as("simulated steps (at least 1 s at dt = 1 ms)").hasSizeGreaterThanOrEqualTo(1000);
    assertThat(net.getConnections()).as("connections: input to A or B, A to B, B to A").hasSize(3);
  }

  @Test
  @DisplayName("3c: after C becomes active, A and B fall silent")
  void inhibition_silencesAAndB() {
    SpikingNetwork net = Experiments.inhibition();

    assertThat(net.getNeurons()).as("neurons: A, B, C and two inputs").hasSize(5);
    assertThat(net.getTHistory()).as("simulated steps (at least 1.5 s at dt = 1 ms)").hasSizeGreaterThanOrEqualTo(1500);
    long lifSpikesLate = net.getNeurons().stream()
        .filter(n -> n instanceof LIFNeuron)
        .mapToLong(n -> n.spikesBetween(1.1, Double.MAX_VALUE))
        .sum();
    assertThat(lifSpikesLate)
        .as("spikes of the LIF neurons after 1.1 s: C's inhibition should have stopped A and B,"
            + " and C itself stops soon after its input does at 1 s")
        .isZero();
  }

  @Test
  @DisplayName("3d: the ring oscillates with a period of about 0.39 s")
  void ring_oscillatesWithThePublishedPeriod() {
    SpikingNetwork ring = Experiments.ringOscillator();

    List<Neuron> neurons = ring.getNeurons();
    assertThat(neurons).as("neurons: 8 in the ring and the input").hasSize(9);
    assertThat(ring.getTHistory()).as("simulated steps (at least 4 s at dt = 1 ms)").hasSizeGreaterThanOrEqualTo(4000);
    assertThat(Experiments.ringPeriod(ring))
        .as("time for the wave to go once around the ring (s); the course's solution measures about 0.394 s")
        .isBetween(0.35, 0.45);
  }
}
