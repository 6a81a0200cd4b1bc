package neurograde.run.worker;

/**
 * A check's time limits, and which of them a running check has passed.
 *
 * <p>The main limit is on the processor time of the check's thread, not time on the clock, so a
 * busy machine cannot time out a correct submission. Code that uses the clock but not the processor
 * (waiting, or calling System.gc() in a loop) is stopped once it has run for {@code idleMs} on the
 * clock while using under a twentieth of it in processor time; a thread that merely waits for a
 * busy processor still gets far more than that. {@code clockMs} is a last backstop.
 *
 * @param cpuMs processor time allowed (ms)
 * @param idleMs time on the clock after which idle code is stopped (ms)
 * @param clockMs time on the clock after which any code is stopped (ms)
 * @param shortened whether these are the shorter limits of a submission that already overran
 */
record TimeLimits(long cpuMs, long idleMs, long clockMs, boolean shortened) {

  private static final String SHORTENED =
      " (the limit is shorter once an earlier check has run out of time)";

  /** Below this share of processor time per time on the clock, code counts as idle. */
  static final double IDLE_SHARE = 0.05;

  /** The limits of a check allowed {@code cpuMs} of processor time. */
  static TimeLimits of(long cpuMs, boolean shortened) {
    return new TimeLimits(cpuMs, shortened ? 500 : 3000, 4 * cpuMs + 2000, shortened);
  }

  /**
   * Returns how a check's thread has overrun, or null while it is within its limits. Which message
   * is given depends on what the code did (computing or waiting), not on which limit the machine's
   * load let fire first, so results do not depend on the load.
   *
   * @param where where the code was running, as " (it was running ...)", or ""
   */
  String overrun(long cpuNanos, long clockNanos, String where) {
    long cpu = cpuNanos / 1_000_000;
    long clock = clockNanos / 1_000_000;
    boolean idle = clock >= idleMs && cpu < IDLE_SHARE * clock;
    if (cpu >= cpuMs || (clock >= clockMs && cpu >= cpuMs / 2)) {
      return "your code did not finish within "
          + seconds(cpuMs)
          + " s of processor time"
          + where
          + "; is there an endless loop?"
          + (shortened ? SHORTENED : "");
    }
    if (idle || clock >= clockMs) {
      return "your code did not finish within "
          + seconds(idle ? idleMs : clockMs)
          + " s on the clock"
          + where
          + ", while using almost no processor time: is it waiting, or calling System.gc() in a"
          + " loop?"
          + (shortened ? SHORTENED : "");
    }
    return null;
  }

  /** Whether a check's thread has overrun its limits. */
  boolean overran(long cpuNanos, long clockNanos) {
    return overrun(cpuNanos, clockNanos, "") != null;
  }

  private static String seconds(long ms) {
    return Double.toString(ms / 1000.0);
  }
}
