package selfcheck;

import java.util.Locale;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The self-checks' assertions, with messages in the course's words: what was expected, what your
 * code did, and where to look. Numbers are shown with as many digits as it takes to see the
 * difference, and no more.
 */
public final class Expect {

  private Expect() {}

  /**
   * Checks that {@code actual} is {@code expected}, give or take {@code tolerance} (a rounding
   * error, not an accepted variant).
   *
   * @param what the quantity, e.g. "the spike time"
   * @param unit the unit shown after each number, e.g. "s", or "" for none
   * @param hint where to look if it differs
   */
  public static void near(String what, double actual, double expected, double tolerance, String unit, String hint) {
    if (!(Math.abs(actual - expected) <= tolerance)) {
      throw failure(what + ": expected " + Numbers.show(expected, actual, unit) + ", your code gave "
          + Numbers.show(actual, expected, unit) + nanNote(actual) + ".", hint);
    }
  }

  /** Checks that {@code low <= actual <= high}. */
  public static void between(String what, double actual, double low, double high, String unit, String hint) {
    if (!(actual >= low && actual <= high)) {
      throw failure(what + ": expected between " + Numbers.plain(low) + " and " + Numbers.plain(high) + unitSuffix(unit)
          + ", your code gave " + Numbers.show(actual, actual < low ? low : high, unit) + nanNote(actual) + ".", hint);
    }
  }

  /** Checks that two whole numbers (counts, sizes) are equal. */
  public static void equal(String what, long actual, long expected, String hint) {
    if (actual != expected) {
      throw failure(what + ": expected " + expected + ", your code gave " + actual + ".", hint);
    }
  }

  /** Checks a condition; {@code fact} says what your code did, {@code hint} where to look. */
  public static void that(boolean condition, String fact, String hint) {
    if (!condition) {
      throw failure(fact, hint);
    }
  }

  /** A failed check: the fact on the first line, then where to look. */
  public static AssertionFailedError failure(String fact, String hint) {
    return new AssertionFailedError(hint == null || hint.isBlank() ? fact : fact + "\n" + hint);
  }

  /**
   * Skips the rest of a check that cannot be judged because something another check reports is
   * missing (so one mistake is reported once).
   */
  public static void judgeableOnlyIf(boolean condition, String why) {
    if (!condition) {
      throw new TestAbortedException("not judged: " + why);
    }
  }

  private static String nanNote(double actual) {
    if (Double.isNaN(actual)) {
      return " (not a number: a division of 0 by 0, or arithmetic with a NaN, somewhere)";
    }
    return Double.isInfinite(actual) ? " (a division by 0 somewhere?)" : "";
  }

  private static String unitSuffix(String unit) {
    return unit == null || unit.isEmpty() ? "" : " " + unit;
  }

  /** Number formatting for messages. */
  public static final class Numbers {

    private Numbers() {}

    /**
     * Shows {@code x} with up to 5 decimals, more only where needed to tell it from {@code other}.
     */
    public static String show(double x, double other, String unit) {
      if (Double.isNaN(x) || Double.isInfinite(x)) {
        return Double.toString(x);
      }
      int decimals = 5;
      while (decimals < 15 && !Double.isNaN(other) && x != other
          && fixed(x, decimals).equals(fixed(other, decimals))) {
        decimals++;
      }
      return trim(fixed(x, decimals)) + unitSuffix(unit);
    }

    /** Shows {@code x} with up to 5 decimals. */
    public static String plain(double x) {
      return show(x, x, "");
    }

    private static String fixed(double x, int decimals) {
      return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }

    private static String trim(String fixed) {
      if (!fixed.contains(".")) {
        return fixed;
      }
      String trimmed = fixed.replaceAll("0+$", "").replaceAll("\\.$", "");
      return trimmed.equals("-0") ? "0" : trimmed;
    }
  }
}
