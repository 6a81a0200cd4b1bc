package neurograde.report;

import java.util.List;
import java.util.Locale;

/** Words for what a figure shows, for its alt text: the numbers a reader would look for. */
final class Describe {

  /** Most neurons listed one by one in a raster's description. */
  private static final int MAX_NEURONS_LISTED = 12;

  private Describe() {}

  /** "spike raster of 3 neurons over 1 s: 0 input 9 spikes, 1 LIF 231 spikes, ...". */
  static String raster(List<double[]> spikes, List<String> labels, double duration) {
    StringBuilder text =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "spike raster of %d neuron%s over %s s",
                spikes.size(),
                spikes.size() == 1 ? "" : "s",
                number(duration)));
    int listed = Math.min(spikes.size(), MAX_NEURONS_LISTED);
    for (int n = 0; n < listed; n++) {
      text.append(n == 0 ? ": " : ", ")
          .append(labels.get(n))
          .append(' ')
          .append(spikes.get(n).length)
          .append(spikes.get(n).length == 1 ? " spike" : " spikes");
    }
    if (listed < spikes.size()) {
      text.append(", and ").append(spikes.size() - listed).append(" more");
    }
    return text.append('.').toString();
  }

  /** How many of two curves' points agree: "they agree at all 121 points". */
  static String agreement(double[] mine, double[] reference) {
    if (mine == null) {
      return "yours could not be computed";
    }
    int n = Math.min(mine.length, reference.length);
    int differ = reference.length - n;
    for (int i = 0; i < n; i++) {
      boolean same =
          Double.isFinite(mine[i]) && Math.abs(mine[i] - reference[i]) <= FirstDifference.TOLERANCE;
      differ += same ? 0 : 1;
    }
    return differ == 0
        ? "they agree at all " + reference.length + " points"
        : "they differ at " + differ + " of " + reference.length + " points";
  }

  /** A number as briefly as it reads: 1, 1.5, 0.302. */
  static String number(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e9) {
      return Long.toString((long) x);
    }
    return String.format(Locale.ROOT, "%.4g", x).replaceAll("\\.?0+$", "");
  }
}
