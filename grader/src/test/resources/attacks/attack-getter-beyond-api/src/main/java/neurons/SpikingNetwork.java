package neurons;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A network of neurons joined by weighted connections, simulated with Euler's method. */
public class SpikingNetwork {

  private final List<Neuron> neurons = new ArrayList<>();
  private final List<Connection> connections = new ArrayList<>();

  /** The simulated times (s), one per step, across all calls to {@link #simulate}. */
  private final List<Double> tHistory = new ArrayList<>();

  /**
   * Adds a neuron to the network.
   *
   * @param neuron the neuron; its index is set to its position in the network
   * @return the neuron's index
   */
  public int addNeuron(Neuron neuron) {
    int idx = neurons.size();
    neuron.setIdx(idx);
    neurons.add(neuron);
    return idx;
  }

  /**
   * Returns the neuron with the given index.
   *
   * @throws IndexOutOfBoundsException if there is no such neuron
   */
  public Neuron getNeuron(int idx) {
    return neurons.get(idx);
  }

  /** Returns the neurons in index order; the list cannot be modified. */
  public List<Neuron> getNeurons() {
    return Collections.unmodifiableList(neurons);
  }

  /**
   * Connects neuron {@code pre} to neuron {@code post}: each spike of {@code pre} adds {@code w}
   * to the input of {@code post}.
   *
   * @throws IndexOutOfBoundsException if either index is not a neuron of the network
   */
  public void connect(int pre, int post, double w) {
    if (pre < 0 || pre >= neurons.size() || post < 0 || post >= neurons.size()) {
      throw new IndexOutOfBoundsException(
          "cannot connect " + pre + " -> " + post + " in a network of " + neurons.size() + " neurons");
    }
    connections.add(new Connection(pre, post, w));
  }

  /** Returns the connections in the order they were made; the list cannot be modified. */
  public List<Connection> getConnections() {
    return Collections.unmodifiableList(connections);
  }

  /**
   * Simulates the network for {@code T} seconds in steps of {@code dt}. (Question 2.)
   *
   * <p>The time grid is {@code SpikeTrains.arange(start, start + T, dt)}, where {@code start} is 0
   * on the first call and the last simulated time plus {@code dt} on later calls. At each grid time
   * {@code tt}: record {@code tt}; call {@link Neuron#slope()} on every neuron, then {@link
   * Neuron#step(double)} on every neuron; then, for every connection {@code (pre, post, w)}, deliver
   * {@code pre.spikesBetween(tt, tt + dt) * w} to {@code post}. Delivering only after every neuron
   * has stepped keeps the result independent of the order of the neurons.
   *
   * @param T the duration (s)
   * @param dt the time step (s)
   */
  public void simulate(double T, double dt) {
    double start = tHistory.isEmpty() ? 0 : tHistory.get(tHistory.size() - 1) + dt;
    for (double tt : SpikeTrains.arange(start, start + T, dt)) {
      tHistory.add(tt);
      for (Neuron neuron : neurons) {
        neuron.slope();
      }
      for (Neuron neuron : neurons) {
        neuron.step(dt);
      }
      for (Connection c : connections) {
        int count = neurons.get(c.pre()).spikesBetween(tt, tt + dt);
        neurons.get(c.post()).receiveSpike(count * c.weight());
      }
    }
  }

  /** Returns the simulated times (s), one per step; the list cannot be modified. */
  public List<Double> getTHistory() {
    return Collections.unmodifiableList(tHistory);
  }

  /** Returns each neuron's spike times (s), in index order. */
  public List<List<Double>> allSpikeTimes() {
    List<List<Double>> all = new ArrayList<>();
    for (Neuron neuron : neurons) {
      all.add(neuron.getSpikes());
    }
    return all;
  }
}
