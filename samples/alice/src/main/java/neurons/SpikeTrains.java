package neurons;

import java.util.Arrays;
import java.util.Random;

/** Spike trains for {@link InputNeuron}s, and numpy's {@code arange} that they are built on. */
public final class SpikeTrains {

  private SpikeTrains() {}

  /**
   * Returns evenly spaced values in {@code [start, stop)}, exactly as numpy's {@code arange} does
   * for floats.
   *
   * <p>The length is {@code ceil((stop - start) / step)}; element 1 is {@code start + step} and
   * element {@code i >= 2} is {@code start + i * delta} with {@code delta = (start + step) -
   * start}. Reproducing this rounding matters: an input spike that lands 1e-17 s on the other side
   * of a grid point is delivered a whole time step earlier or later.
   *
   * @param start first value
   * @param stop end of the interval, exclusive (up to numpy's rounding)
   * @param step spacing, non-zero
   * @return the values; empty if the interval holds none
   * @throws IllegalArgumentException if {@code step} is zero or an argument is not finite
   */
  public static double[] arange(double start, double stop, double step) {
    if (!Double.isFinite(start) || !Double.isFinite(stop) || !Double.isFinite(step)) {
      throw new IllegalArgumentException(
          "arange needs finite numbers, got start=" + start + ", stop=" + stop + ", step=" + step);
    }
    if (step == 0) {
      throw new IllegalArgumentException("arange needs a non-zero step");
    }
    double length = Math.ceil((stop - start) / step);
    if (!(length > 0)) {
      return new double[0];
    }
    if (length > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("arange would have " + length + " elements");
    }
    double[] values = new double[(int) length];
    values[0] = start;
    if (values.length > 1) {
      values[1] = start + step;
      double delta = values[1] - start;
      for (int i = 2; i < values.length; i++) {
        values[i] = start + i * delta;
      }
    }
    return values;
  }

  /**
   * Returns a regular spike train whose rate changes from interval to interval.
   *
   * <p>Interval {@code i} runs from the previous end (0 for the first) to {@code ends[i]}; with
   * rate {@code r != 0} it holds spikes at {@code arange(start + 1/(2r), ends[i], 1/r)}.
   *
   * @param rates firing rate of each interval (Hz), non-negative
   * @param ends end of each interval (s), increasing
   * @return the spike times (s), sorted
   * @throws IllegalArgumentException if the arrays differ in length, a rate is negative or the ends
   *     do not increase
   */
  public static double[] generate(double[] rates, double[] ends) {
    return generate(rates, ends, 0, null);
  }

  /**
   * Returns a spike train like {@link #generate(double[], double[])} with each spike moved by
   * {@code Normal(0, jitter / r)}, then sorted.
   *
   * @param rates firing rate of each interval (Hz), non-negative
   * @param ends end of each interval (s), increasing
   * @param jitter standard deviation of the spike displacement, as a fraction of the interval's
   *     inter-spike interval {@code 1/r}
   * @param rng source of the displacements; seed it for reproducible trains (unused when {@code
   *     jitter} is 0)
   * @return the spike times (s), sorted
   */
  public static double[] generate(double[] rates, double[] ends, double jitter, Random rng) {
    if (rates.length != ends.length) {
      throw new IllegalArgumentException(
          "rates and ends differ in length: " + rates.length + " rates, " + ends.length + " ends");
    }
    if (jitter != 0 && rng == null) {
      throw new IllegalArgumentException("a jittered train needs a random number generator");
    }
    double[] train = new double[0];
    double start = 0;
    for (int i = 0; i < rates.length; i++) {
      double rate = rates[i];
      if (!(rate >= 0) || Double.isInfinite(rate)) {
        throw new IllegalArgumentException("rate " + i + " must be >= 0 Hz, got " + rate);
      }
      if (!(ends[i] > start) || Double.isInfinite(ends[i])) {
        throw new IllegalArgumentException(
            "end " + i + " must be after " + start + " s, got " + ends[i]);
      }
      if (rate != 0) {
        double[] spikes = arange(start + 1 / (2 * rate), ends[i], 1 / rate);
        if (jitter != 0) {
          for (int k = 0; k < spikes.length; k++) {
            spikes[k] += rng.nextGaussian() * (jitter / rate);
          }
        }
        train = concat(train, spikes);
      }
      start = ends[i];
    }
    Arrays.sort(train);
    return train;
  }

  private static double[] concat(double[] a, double[] b) {
    double[] joined = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }
}
