package neurograde.hidden.driver;

import java.util.List;

/**
 * What a network holds, read through its public API.
 *
 * @param neurons the neurons in index order
 * @param connections the connections in the order they were made
 * @param tHistory the simulated times (s)
 */
public record NetworkSnapshot(
    List<NeuronInfo> neurons, List<ConnectionInfo> connections, double[] tHistory) {

  public NetworkSnapshot {
    neurons = List.copyOf(neurons);
    connections = List.copyOf(connections);
  }

  /** What kind of neuron. */
  public enum Kind {
    LIF,
    INPUT,
    /** A class of the student's own that implements Neuron. */
    OTHER
  }

  /**
   * One neuron.
   *
   * @param kind LIF, input or other
   * @param className the neuron's class, for messages
   * @param tauM membrane time constant (s), NaN if not a LIF neuron
   * @param tauRef refractory period (s), NaN if not a LIF neuron
   * @param tauS synaptic time constant (s), NaN if not a LIF neuron
   * @param spikes spike times (s)
   */
  public record NeuronInfo(
      Kind kind, String className, double tauM, double tauRef, double tauS, double[] spikes) {}

  /**
   * One connection.
   *
   * @param pre index of the spiking neuron
   * @param post index of the receiving neuron
   * @param weight weight of each spike
   */
  public record ConnectionInfo(int pre, int post, double weight) {}

  /**
   * Returns the time step the network was simulated with, or NaN if it took fewer than two steps.
   */
  public double dt() {
    return tHistory.length < 2 ? Double.NaN : tHistory[1] - tHistory[0];
  }

  /** Returns the simulated duration (s): the last time plus one step, 0 if never simulated. */
  public double duration() {
    if (tHistory.length == 0) {
      return 0;
    }
    double dt = tHistory.length < 2 ? 0 : dt();
    return tHistory[tHistory.length - 1] + dt;
  }
}
