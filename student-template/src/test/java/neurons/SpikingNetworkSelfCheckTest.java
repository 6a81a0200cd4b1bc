package neurons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Self-checks for question 2, with the course's published test network. */
@DisplayName("Question 2: SpikingNetwork.simulate")
class SpikingNetworkSelfCheckTest {

  @Test
  @DisplayName("2: the published test network fires 36 times, first at 0.126829 s")
  void publishedTestNetwork_firesAsPublished() {
    SpikingNetwork net = new SpikingNetwork();
    LIFNeuron lif = new LIFNeuron(0.02, 0.002, 0.1);
    net.addNeuron(lif);
    net.addNeuron(new InputNeuron(SpikeTrains.generate(new double[] {30}, new double[] {1})));
    net.connect(1, 0, 0.05);

    net.simulate(1, 0.001);

    assertThat(lif.getSpikes())
        .as("spikes of a LIF neuron (tauS 0.1 s) driven at 30 Hz with weight 0.05 for 1 s. The"
            + " course's solution gives 36; holding v at 0 for whole steps during the refractory"
            + " period gives 35, which is accepted too")
        .hasSizeBetween(35, 36);
    assertThat(lif.getSpikes().get(0)).as("first spike time (s)").isCloseTo(0.126829, within(1e-6));
  }

  @Test
  @DisplayName("2: the time history holds one time per step, and a second call carries on")
  void timeHistory_coversBothCalls() {
    SpikingNetwork net = new SpikingNetwork();
    net.addNeuron(new LIFNeuron());

    net.simulate(0.5, 0.001);
    net.simulate(0.5, 0.001);

    List<Double> times = net.getTHistory();
    assertThat(times).as("number of recorded times after simulating 0.5 s twice, dt = 1 ms").hasSize(1000);
    assertThat(times.get(0)).as("first recorded time (s)").isCloseTo(0.0, within(1e-12));
    assertThat(times.get(500)).as("first time of the second call (s)").isCloseTo(0.5, within(1e-9));
    assertThat(times.get(999)).as("last recorded time (s)").isCloseTo(0.999, within(1e-9));
  }

  @Test
  @DisplayName("2: spikes reach the next neuron in the step after they happen")
  void spikes_areDeliveredAfterTheStep() {
    SpikingNetwork net = new SpikingNetwork();
    LIFNeuron lif = new LIFNeuron();
    net.addNeuron(lif);
    net.addNeuron(new InputNeuron(new double[] {0.0105}));
    net.connect(1, 0, 0.5);

    net.simulate(0.02, 0.001);

    List<Double> s = lif.getSHistory();
    assertThat(s.get(10))
        .as("s after the step from 0.010 s to 0.011 s, in which the input spiked at 0.0105 s")
        .isEqualTo(0.0);
    assertThat(s.get(11))
        .as("s after the next step, which integrates the delivered spike (w / tauS = 0.5 / 0.05)")
        .isCloseTo(10.0, within(1e-9));
  }
}
