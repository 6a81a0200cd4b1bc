package neurograde.network;

import java.util.List;

/**
 * What a simulation of a network produced: the reference's ground truth for that network.
 *
 * <p>{@code t[i]} is the time at the start of step {@code i}; a LIF neuron's {@code v[i]} and
 * {@code s[i]} are its state after that step, as the neuron's histories record them.
 *
 * @param t the simulated times (s), one per step
 * @param neurons each neuron's output, in index order
 */
public record Trace(double[] t, List<NeuronTrace> neurons) {

  /**
   * One neuron's output.
   *
   * @param spikes spike times (s)
   * @param v membrane potential after each step, or null for an input neuron
   * @param s input current after each step, or null for an input neuron
   */
  public record NeuronTrace(double[] spikes, double[] v, double[] s) {

    /** Returns whether this is a LIF neuron's trace, with v and s. */
    public boolean hasState() {
      return v != null;
    }
  }
}
