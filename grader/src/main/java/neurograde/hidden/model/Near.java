package neurograde.hidden.model;

/**
 * Every numeric comparison the hidden checks make, in one place, so that none lets NaN or an
 * infinity through.
 *
 * <p>A test written as {@code Math.abs(actual - expected) > tol} passes NaN, because every
 * comparison with NaN is false. Here a non-finite value matches only the same non-finite value
 * expected (NaN expected matches NaN, +infinity matches +infinity), and never a number.
 */
public final class Near {

  private Near() {}

  /** Whether {@code actual} is within {@code tol} of {@code expected}. */
  public static boolean within(double actual, double expected, double tol) {
    if (!Double.isFinite(expected) || !Double.isFinite(actual)) {
      return Double.compare(actual, expected) == 0;
    }
    return Math.abs(actual - expected) <= tol;
  }

  /**
   * Whether {@code actual} is within {@code relTol} of {@code expected}, relative to the larger of
   * 1 and {@code |expected|}: an absolute tolerance near 0, a relative one for large values.
   */
  public static boolean relative(double actual, double expected, double relTol) {
    return within(actual, expected, relTol * Math.max(1, Math.abs(expected)));
  }

  /** Whether {@code actual} lies in {@code [low - tol, high + tol]}; NaN never does. */
  public static boolean between(double actual, double low, double high, double tol) {
    return Double.isFinite(actual) && actual >= low - tol && actual <= high + tol;
  }

  /** Whether {@code actual} is within {@code tol} of any of the values. */
  public static boolean any(double actual, Iterable<Double> values, double tol) {
    for (double value : values) {
      if (within(actual, value, tol)) {
        return true;
      }
    }
    return false;
  }
}
