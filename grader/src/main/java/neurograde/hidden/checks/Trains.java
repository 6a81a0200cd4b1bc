package neurograde.hidden.checks;

import neurons.SpikeTrains;

/** Compares a student's input spike train with the one the assignment asks for, by rate. */
final class Trains {

  private Trains() {}

  /**
   * Returns null if the train has the rates asked for, interval by interval (within one spike of
   * {@code SpikeTrains.generate(rates, ends)}, so a different phase or a little jitter is fine),
   * and no spikes after the last end; otherwise what differs.
   */
  static String rateMismatch(double[] spikes, double[] rates, double[] ends) {
    double[] expected = SpikeTrains.generate(rates, ends);
    double start = 0;
    for (int i = 0; i < rates.length; i++) {
      int actual = count(spikes, start, ends[i]);
      int wanted = count(expected, start, ends[i]);
      if (Math.abs(actual - wanted) > 1) {
        return "from "
            + Fmt.num(start)
            + " s to "
            + Fmt.num(ends[i])
            + " s it should fire at "
            + Fmt.num(rates[i])
            + " Hz ("
            + wanted
            + " spikes), but it fires "
            + actual
            + " times";
      }
      start = ends[i];
    }
    int late = count(spikes, ends[ends.length - 1] + 1e-9, Double.POSITIVE_INFINITY);
    if (late > 0) {
      return "it should be silent after "
          + Fmt.num(ends[ends.length - 1])
          + " s, but it fires "
          + late
          + " more times";
    }
    int early = count(spikes, Double.NEGATIVE_INFINITY, 0);
    return early > 0 ? "it fires " + early + " times before 0 s" : null;
  }

  static int count(double[] spikes, double from, double to) {
    int n = 0;
    for (double t : spikes) {
      if (t >= from && t < to) {
        n++;
      }
    }
    return n;
  }
}
