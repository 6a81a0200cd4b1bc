package neurons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour of LIFNeuron and SpikingNetwork beyond the published numbers. */
class ModelTest {

  @Test
  void lifNeuron_defaultsAreTheAssignmentsTimeConstants() {
    LIFNeuron neuron = new LIFNeuron();

    assertThat(neuron.getTauM()).isEqualTo(0.02);
    assertThat(neuron.getTauRef()).isEqualTo(0.002);
    assertThat(neuron.getTauS()).isEqualTo(0.05);
  }

  @Test
  void lifNeuron_rejectsNonPositiveTimeConstants() {
    assertThatThrownBy(() -> new LIFNeuron(0, 0.002, 0.05)).hasMessageContaining("tauM must be a positive");
    assertThatThrownBy(() -> new LIFNeuron(0.02, -1, 0.05)).hasMessageContaining("tauRef");
  }

  @Test
  void exactThreshold_spikesAtTheEndOfTheStep() {
    // dyadic numbers make every operation exact: v lands on 1.0 exactly
    LIFNeuron neuron = new LIFNeuron(0.03125, 0.00390625, 0.0625);
    double dt = 0.0009765625;
    neuron.setV(0.5);
    neuron.setS(16.5);

    neuron.slope();
    neuron.step(dt);

    assertThat(neuron.getSpikes()).containsExactly(dt);
  }

  @Test
  void step_recordsOneHistoryEntryPerStepAndClearsTheInput() {
    LIFNeuron neuron = new LIFNeuron();
    neuron.receiveSpike(0.01);
    for (int i = 0; i < 5; i++) {
      neuron.slope();
      neuron.step(0.001);
    }

    assertThat(neuron.getVHistory()).hasSize(5);
    assertThat(neuron.getSHistory()).hasSize(5);
    assertThat(neuron.getWeightedIncomingSpikes()).isZero();
    assertThat(neuron.getT()).isCloseTo(0.005, within(1e-15));
  }

  @Test
  void simulate_continuesFromTheLastTimePlusDt() {
    SpikingNetwork net = new SpikingNetwork();
    net.addNeuron(new LIFNeuron());

    net.simulate(0.003, 0.001);
    net.simulate(0.002, 0.001);

    double[] times = net.getTHistory().stream().mapToDouble(Double::doubleValue).toArray();
    assertThat(times).containsExactly(new double[] {0.0, 0.001, 0.002, 0.003, 0.004}, within(1e-15));
  }

  @Test
  void simulate_deliversTwoSpikesOfOneStepAsTwiceTheWeight() {
    SpikingNetwork net = new SpikingNetwork();
    LIFNeuron lif = new LIFNeuron();
    net.addNeuron(lif);
    net.addNeuron(new InputNeuron(new double[] {0.0101, 0.0104}));
    net.connect(1, 0, 0.01);

    net.simulate(0.013, 0.001);

    // delivered after the step at 0.010, integrated by the step at 0.011: 2 * 0.01 / tauS
    assertThat(lif.getSHistory().get(11) - lif.getSHistory().get(10) * (1 - 0.001 / 0.05))
        .isCloseTo(0.4, within(1e-12));
  }

  @Test
  void simulate_resultDoesNotDependOnTheOrderOfTheNeurons() {
    List<Double> forward = chainSpikes(false);
    List<Double> backward = chainSpikes(true);

    assertThat(forward).isNotEmpty().isEqualTo(backward);
  }

  private static List<Double> chainSpikes(boolean reversed) {
    SpikingNetwork net = new SpikingNetwork();
    LIFNeuron first = new LIFNeuron();
    LIFNeuron second = new LIFNeuron();
    InputNeuron input = new InputNeuron(SpikeTrains.generate(new double[] {80}, new double[] {0.5}));
    if (reversed) {
      net.addNeuron(second);
      net.addNeuron(first);
      net.addNeuron(input);
    } else {
      net.addNeuron(input);
      net.addNeuron(first);
      net.addNeuron(second);
    }
    net.connect(input.getIdx(), first.getIdx(), 0.08);
    net.connect(first.getIdx(), second.getIdx(), 0.3);
    net.simulate(0.5, 0.001);
    return second.getSpikes();
  }

  @Test
  void connect_rejectsIndicesOutsideTheNetwork() {
    SpikingNetwork net = new SpikingNetwork();
    net.addNeuron(new LIFNeuron());

    assertThatThrownBy(() -> net.connect(0, 1, 0.1)).hasMessageContaining("0 -> 1 in a network of 1 neurons");
  }
}
