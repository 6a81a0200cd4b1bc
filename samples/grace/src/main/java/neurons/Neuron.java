package neurons;

import java.util.List;

/**
 * A neuron in a {@link SpikingNetwork}.
 *
 * <p>The network drives every neuron with Euler's method: at each time step it calls {@link
 * #slope()} on every neuron, then {@link #step(double)}, then delivers the spikes of that step
 * through {@link #receiveSpike(double)}.
 */
public interface Neuron {

  /** Evaluates the right-hand side of the neuron's differential equations at its current state. */
  void slope();

  /**
   * Advances the neuron by one time step using the slopes of the last {@link #slope()} call.
   *
   * @param dt the time step (s)
   */
  void step(double dt);

  /**
   * Counts this neuron's spikes {@code t} with {@code tStart <= t < tEnd}.
   *
   * <p>Spike lists are sorted, so this is two binary searches rather than a scan: the 40 s
   * firing-rate experiment calls it 40,000 times.
   *
   * @param tStart start of the window (s), inclusive
   * @param tEnd end of the window (s), exclusive
   * @return the number of spikes in the window, 0 if {@code tEnd <= tStart}
   */
  default int spikesBetween(double tStart, double tEnd) {
    List<Double> spikes = getSpikes();
    return Math.max(0, firstAtOrAfter(spikes, tEnd) - firstAtOrAfter(spikes, tStart));
  }

  /**
   * Adds a spike of weight {@code w} to the input this neuron integrates at its next step.
   *
   * @param w the connection weight times the number of spikes delivered
   */
  void receiveSpike(double w);

  /** Returns the spike times (s), in increasing order. */
  List<Double> getSpikes();

  /** Returns this neuron's index in its network. */
  int getIdx();

  /** Sets this neuron's index in its network; called by {@link SpikingNetwork#addNeuron}. */
  void setIdx(int idx);

  /** Returns the index of the first element of a sorted list that is {@code >= x}. */
  private static int firstAtOrAfter(List<Double> sorted, double x) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid) < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
