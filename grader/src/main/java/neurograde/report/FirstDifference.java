package neurograde.report;

import java.util.List;
import java.util.Locale;

/**
 * Where a student's neuron first departs from the reference's on the same input: the earliest of
 * the first spike time that differs, the first step whose v differs and the first step whose s
 * differs. A spike time wins a tie with v at its step, since the spike is what moved v.
 *
 * @param time when (s), or NaN if the runs agree
 * @param quantity {@link #SPIKE}, {@link #V} or {@link #S}, or an empty string if they agree
 */
record FirstDifference(double time, String quantity) {

  static final String SPIKE = "spike time";
  static final String V = "v";
  static final String S = "s";

  /** Differences below this are rounding, not a different model. */
  static final double TOLERANCE = 1e-6;

  static final FirstDifference NONE = new FirstDifference(Double.NaN, "");

  boolean any() {
    return !Double.isNaN(time);
  }

  /** Whether the difference belongs on the v(t) panel (a spike or v), rather than on s(t). */
  boolean onVoltage() {
    return quantity.equals(SPIKE) || quantity.equals(V);
  }

  /** Says where, for a figure's description: "the spike time at t = 0.3013 s". */
  String describe() {
    if (!any()) {
      return "they agree at every step";
    }
    return String.format(Locale.ROOT, "they first differ in %s at t = %.4f s", quantity, time);
  }

  /**
   * Finds the first difference.
   *
   * @param student rows of (t, v, s) after each step
   * @param reference rows of (t, v, s) after each step
   * @param studentSpikes the student's spike times (s)
   * @param referenceSpikes the reference's spike times (s)
   */
  static FirstDifference of(
      List<double[]> student,
      List<double[]> reference,
      double[] studentSpikes,
      double[] referenceSpikes) {
    double spike = Double.NaN;
    int shared = Math.min(studentSpikes.length, referenceSpikes.length);
    for (int i = 0; i < shared; i++) {
      if (differ(studentSpikes[i], referenceSpikes[i])) {
        spike = Math.min(studentSpikes[i], referenceSpikes[i]);
        break;
      }
    }
    if (Double.isNaN(spike) && studentSpikes.length != referenceSpikes.length) {
      spike = studentSpikes.length > shared ? studentSpikes[shared] : referenceSpikes[shared];
    }
    double v = Double.NaN;
    double s = Double.NaN;
    for (int i = 0; i < reference.size() && (Double.isNaN(v) || Double.isNaN(s)); i++) {
      double[] b = reference.get(i);
      double[] a = i < student.size() ? student.get(i) : null;
      if (Double.isNaN(v) && (a == null || a.length < 2 || differ(a[1], b[1]))) {
        v = b[0];
      }
      if (Double.isNaN(s) && (a == null || a.length < 3 || differ(a[2], b[2]))) {
        s = b[0];
      }
    }
    FirstDifference first = NONE;
    first = earlier(first, spike, SPIKE);
    first = earlier(first, v, V);
    return earlier(first, s, S);
  }

  private static FirstDifference earlier(FirstDifference best, double time, String quantity) {
    if (Double.isNaN(time) || (best.any() && best.time <= time)) {
      return best;
    }
    return new FirstDifference(time, quantity);
  }

  /** NaN or an infinity differs from every number, itself included. */
  private static boolean differ(double a, double b) {
    return !Double.isFinite(a) || !Double.isFinite(b) || Math.abs(a - b) > TOLERANCE;
  }
}
