package neurons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Self-checks for question 1, with the states printed by the course's published solution. */
@DisplayName("Question 1: LIFNeuron")
class LIFNeuronSelfCheckTest {

  private static final double DT = 0.001;

  @Test
  @DisplayName("1a: slope() saves dv/dt = (s - v) / tauM and ds/dt = -s / tauS")
  void slope_followsTheEquations() {
    LIFNeuron neuron = new LIFNeuron(0.02, 0.002, 0.05);
    neuron.setV(0.3);
    neuron.setS(0.8);

    neuron.slope();

    assertThat(neuron.getDvdt())
        .as("dv/dt for v = 0.3, s = 0.8, tauM = 0.02 s, which is (s - v) / tauM")
        .isCloseTo(25.0, within(1e-9));
    assertThat(neuron.getDsdt())
        .as("ds/dt for s = 0.8, tauS = 0.05 s, which is -s / tauS")
        .isCloseTo(-16.0, within(1e-9));
    assertThat(neuron.getV()).as("v after slope(), which must not change the state").isEqualTo(0.3);
  }

  @Test
  @DisplayName("1b: an incoming spike adds w / tauS to s, then v follows s (published states)")
  void incomingSpike_matchesThePublishedStates() {
    LIFNeuron neuron = new LIFNeuron();
    neuron.receiveSpike(0.03);

    assertNextState(neuron, "0.0010s: s=0.600, v=0.0000, ref remaining=0.00000");
    assertNextState(neuron, "0.0020s: s=0.588, v=0.0300, ref remaining=0.00000");
    assertThat(neuron.getVHistory())
        .as("v history after two steps: one value per step, recorded after the step")
        .hasSize(2);
    assertThat(neuron.getVHistory().get(1)).as("v recorded after the second step").isCloseTo(0.03, within(1e-12));
  }

  @Test
  @DisplayName("1b: v is held at 0 during the refractory period while s decays (published states)")
  void refractoryPeriod_holdsVAtZero() {
    LIFNeuron neuron = new LIFNeuron();
    neuron.setS(0.5);
    neuron.setRefRemaining(0.0015);

    assertNextState(neuron, "0.0010s: s=0.490, v=0.0000, ref remaining=0.00050");
    String second = stepAndShow(neuron);
    assertThat(second)
        .as("state after the step in which the refractory period ends. The course's solution"
            + " integrates v over the 0.5 ms after it ends (v=0.0123); holding v at 0 for that"
            + " whole step is accepted too (v=0.0000)")
        .isIn(
            "0.0020s: s=0.480, v=0.0123, ref remaining=0.00000",
            "0.0020s: s=0.480, v=0.0000, ref remaining=0.00000",
            "0.0020s: s=0.480, v=0.0000, ref remaining=-0.00050");
  }

  @Test
  @DisplayName("1b: a spike is recorded at the interpolated time 0.30129 s (published states)")
  void thresholdCrossing_recordsTheInterpolatedSpikeTime() {
    LIFNeuron neuron = new LIFNeuron();
    neuron.setT(0.3);
    neuron.setV(0.98);
    neuron.setS(1.3);

    assertNextState(neuron, "0.3010s: s=1.274, v=0.9960, ref remaining=0.00000");
    String spiking = stepAndShow(neuron);

    assertThat(neuron.getSpikes())
        .as("spikes after v crossed 1 between 0.301 s and 0.302 s")
        .hasSize(1);
    assertThat(neuron.getSpikes().get(0))
        .as("spike time: where the line from v = 0.996 to the new v crosses 1 (linear interpolation)")
        .isCloseTo(0.30128776978417265, within(1e-9));
    assertThat(spiking)
        .as("state after the spike: v is reset (to 1 as the course's solution does, or to 0)")
        .startsWith("0.3020s: s=1.249, v=")
        .matches(".*v=(1\\.0000|0\\.0000).*");
    assertThat(neuron.getRefRemaining())
        .as("refractory time left at 0.302 s, after a spike at 0.30129 s with tauRef = 0.002 s")
        .isBetween(0.001 - 1e-9, 0.002 + 1e-9);
    assertThat(stepAndShow(neuron))
        .as("state one step after the spike: still refractory, so v is 0")
        .contains("v=0.0000");
  }

  private static void assertNextState(LIFNeuron neuron, String expected) {
    String before = neuron.showState();
    String after = stepAndShow(neuron);
    assertThat(after).as("state after one step of 1 ms from [%s]", before).isEqualTo(expected);
  }

  private static String stepAndShow(LIFNeuron neuron) {
    neuron.slope();
    neuron.step(DT);
    return neuron.showState();
  }
}
