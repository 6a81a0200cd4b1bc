package neurograde.score;

/**
 * Arithmetic on marks, which are sums of fractions such as 0.6 and must not print as
 * 2.9999999999999996.
 */
public final class Marks {

  private Marks() {}

  /** Rounds to 6 decimals, far below any mark a rubric gives. */
  public static double round(double marks) {
    return Math.round(marks * 1e6) / 1e6;
  }
}
