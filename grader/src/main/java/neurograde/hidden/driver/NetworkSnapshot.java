package neurograde.hidden.driver;

import java.util.List;

/**
 * What a network holds, read through its public API.
 *
 * <p>That API is the course's code only where the classes are: a submission's subclass of LIFNeuron
 * or SpikingNetwork that overrides their methods could report anything, so the overrides are listed
 * for the checks to decide what they can still judge.
 *
 * @param neurons the neurons in index order
 * @param connections the connections in the order they were made
 * @param tHistory the simulated times (s)
 * @param overrides methods of LIFNeuron or SpikingNetwork that the submission's subclasses in this
 *     network override, as {@code Class.method}
 */
public record NetworkSnapshot(
    List<NeuronInfo> neurons,
    List<ConnectionInfo> connections,
    double[] tHistory,
    List<Overridden> overrides) {

  public NetworkSnapshot {
    neurons = List.copyOf(neurons);
    connections = List.copyOf(connections);
    overrides = List.copyOf(overrides);
  }

  /**
   * A method of the course's LIFNeuron or SpikingNetwork that a subclass replaces.
   *
   * @param subclass the subclass's simple name
   * @param base LIFNeuron or SpikingNetwork
   * @param method the method's name
   */
  public record Overridden(String subclass, String base, String method) {}

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
   * @param steps values in the v history of a LIF neuron: the steps it took part in; 0 otherwise
   */
  public record NeuronInfo(
      Kind kind,
      String className,
      double tauM,
      double tauRef,
      double tauS,
      double[] spikes,
      int steps) {}

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
