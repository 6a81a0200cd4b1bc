package neurons;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * A neuron that only delivers a fixed train of spikes; it has no dynamics of its own.
 *
 * <p>Use it to drive the real neurons of a network, for example {@code new
 * InputNeuron(SpikeTrains.generate(new double[] {30}, new double[] {0.3}))}.
 */
public final class InputNeuron implements Neuron {

  /** Spike times (s), sorted. */
  private final double[] spikeTimes;

  private final List<Double> spikes;
  private int idx = -1;

  /**
   * Creates an input neuron that spikes at the given times.
   *
   * @param spikeTimes spike times (s), in any order; they are copied and sorted
   * @throws IllegalArgumentException if a time is not a finite number
   */
  public InputNeuron(double[] spikeTimes) {
    this.spikeTimes = spikeTimes.clone();
    for (double time : this.spikeTimes) {
      if (!Double.isFinite(time)) {
        throw new IllegalArgumentException("spike times must be finite, got " + time);
      }
    }
    Arrays.sort(this.spikeTimes);
    this.spikes = new SpikeList(this.spikeTimes);
  }

  /** Does nothing: an input neuron has no state to integrate. */
  @Override
  public void slope() {}

  /** Does nothing: an input neuron's spikes are fixed in advance. */
  @Override
  public void step(double dt) {}

  @Override
  public int spikesBetween(double tStart, double tEnd) {
    int from = firstAtOrAfter(tStart);
    int to = firstAtOrAfter(tEnd);
    return Math.max(0, to - from);
  }

  /** Ignores the spike: nothing drives an input neuron. */
  @Override
  public void receiveSpike(double w) {}

  /** Returns the spike times (s), sorted; the list cannot be modified. */
  @Override
  public List<Double> getSpikes() {
    return spikes;
  }

  @Override
  public int getIdx() {
    return idx;
  }

  @Override
  public void setIdx(int idx) {
    this.idx = idx;
  }

  private int firstAtOrAfter(double x) {
    int lo = 0;
    int hi = spikeTimes.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (spikeTimes[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** A read-only list view of the spike times, without copying them into boxes up front. */
  private static final class SpikeList extends AbstractList<Double> implements RandomAccess {
    private final double[] times;

    SpikeList(double[] times) {
      this.times = times;
    }

    @Override
    public Double get(int index) {
      return times[index];
    }

    @Override
    public int size() {
      return times.length;
    }
  }
}
