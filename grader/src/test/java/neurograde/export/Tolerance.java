package neurograde.export;

import java.util.Comparator;
import java.util.Objects;

/** Tolerances of the export tests. */
final class Tolerance {

  /** Marks are rounded to 6 decimals; computed ones agree far closer than this (marks). */
  static final double MARKS = 1e-9;

  /** Compares numbers to within {@link #MARKS} and anything else (text, null) by equality. */
  static final Comparator<Object> VALUES =
      (a, b) -> {
        if (a instanceof Number x && b instanceof Number y) {
          return Math.abs(x.doubleValue() - y.doubleValue()) <= MARKS
              ? 0
              : Double.compare(x.doubleValue(), y.doubleValue());
        }
        return Objects.equals(a, b) ? 0 : 1;
      };

  private Tolerance() {}
}
