package neurograde.hidden.checks;

import java.util.List;
import neurons.InputNeuron;
import neurons.LIFNeuron;
import neurons.Neuron;
import neurons.SpikeTrains;
import neurons.SpikingNetwork;

/**
 * Expected results, computed by running the reference (the grader's own trusted copy, which
 * student code cannot reach) rather than typed in.
 */
final class ReferenceRuns {

  private ReferenceRuns() {}

  /** The published test network of question 2: LIF (tauS 0.1) driven at 30 Hz, weight 0.05, for 1 s. */
  static double[] publishedNetworkSpikes() {
    return replayPublishedNetwork(SpikeTrains.arange(0, 1, 0.001), 0.001);
  }

  /**
   * Runs the published test network with the reference's neurons on a given time grid: the
   * reference's {@code simulate} with the grid of the student's time history, so a grid that differs
   * from numpy's arange by rounding is judged on what it does.
   */
  static double[] replayPublishedNetwork(double[] grid, double dt) {
    LIFNeuron lif = new LIFNeuron(0.02, 0.002, 0.1);
    InputNeuron input = new InputNeuron(SpikeTrains.generate(new double[] {30}, new double[] {1}));
    List<Neuron> neurons = List.of(lif, input);
    for (double tt : grid) {
      neurons.forEach(Neuron::slope);
      neurons.forEach(n -> n.step(dt));
      lif.receiveSpike(input.spikesBetween(tt, tt + dt) * 0.05);
    }
    return toArray(lif.getSpikes());
  }

  /** Runs a network built by the reference from its own classes and returns it. */
  static SpikingNetwork simulate(SpikingNetwork network, double duration, double dt) {
    network.simulate(duration, dt);
    return network;
  }

  static double[] toArray(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
