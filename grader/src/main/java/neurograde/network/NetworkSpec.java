package neurograde.network;

import java.util.List;

/**
 * A network to simulate, as described by a network file.
 *
 * @param dt the time step (s)
 * @param duration how long to simulate (s)
 * @param neurons the neurons, in index order
 * @param connections the connections, in the order they are made
 */
public record NetworkSpec(
    double dt, double duration, List<NeuronSpec> neurons, List<ConnectionSpec> connections) {

  public NetworkSpec {
    neurons = List.copyOf(neurons);
    connections = List.copyOf(connections);
  }

  /** A neuron of the network. */
  public sealed interface NeuronSpec permits LifSpec, InputSpec {
    /** Returns the neuron's label, or an empty string. */
    String label();
  }

  /**
   * A leaky integrate-and-fire neuron.
   *
   * @param tauM membrane time constant (s)
   * @param tauRef refractory period (s)
   * @param tauS synaptic time constant (s)
   * @param label a label for plots, or an empty string
   */
  public record LifSpec(double tauM, double tauRef, double tauS, String label)
      implements NeuronSpec {}

  /**
   * An input neuron with a fixed spike train.
   *
   * @param spikes the spike times (s), sorted
   * @param label a label for plots, or an empty string
   */
  public record InputSpec(List<Double> spikes, String label) implements NeuronSpec {
    public InputSpec {
      spikes = List.copyOf(spikes);
    }
  }

  /**
   * A connection: each spike of {@code pre} adds {@code weight} to the input of {@code post}.
   *
   * @param pre index of the spiking neuron
   * @param post index of the receiving neuron
   * @param weight weight of each spike
   */
  public record ConnectionSpec(int pre, int post, double weight) {}
}
