package neurograde.run.worker;

/**
 * A check's time limits, and which of them a running check has passed.
 *
 * <p>The main limit is on the processor time of the check's thread, not time on the clock, so a
 * busy machine cannot time out a correct submission. Code that uses the clock but not the processor
 * is stopped once it has run for {@link #IDLE_MS} on the clock, using under a twentieth of that on
 * a processor, and is seen waiting: sleeping, blocked, or in {@code System.gc()}. Code that
 * computes is never seen so, however busy the machine, so no load makes it look idle. Once a
 * submission has been stopped so, a later check of it that waits in the same method is stopped
 * after {@link #IDLE_AGAIN_MS}. {@code clockMs} is a last backstop.
 *
 * @param cpuMs processor time allowed (ms)
 * @param clockMs time on the clock after which any code is stopped (ms)
 * @param shortened whether these are the shorter limits of a submission that already overran
 * @param idledIn where the submission was last stopped for idling, as {@link StuckAt#innermost}
 *     gives it, or null
 * @param described the processor-time limit as the message states it: the rule it follows, never a
 *     figure measured on this worker, so results do not depend on the worker that ran them
 */
record TimeLimits(long cpuMs, long clockMs, boolean shortened, String idledIn, String described) {

  /** Time on the clock after which idle code is stopped (ms). */
  static final long IDLE_MS = 3000;

  /** The same, for code idling where the submission was already stopped for idling (ms). */
  static final long IDLE_AGAIN_MS = 500;

  private static final String SHORTENED =
      " (the limit is shorter once an earlier check has run out of time)";

  /** The limits of a check allowed {@code cpuMs} of processor time. */
  static TimeLimits of(long cpuMs, boolean shortened, String idledIn) {
    return of(cpuMs, cpuMs / 1000.0 + " s of processor time", shortened, idledIn);
  }

  /** The same, with the limit described as the rule that set it. */
  static TimeLimits of(long cpuMs, String described, boolean shortened, String idledIn) {
    return new TimeLimits(cpuMs, 4 * cpuMs + 2000, shortened, idledIn, described);
  }

  /** Whether a check's thread has used up its processor time. */
  boolean overranProcessor(long cpuNanos) {
    return cpuNanos / 1_000_000 >= cpuMs;
  }

  /** Whether a check has reached the clock's backstop. */
  boolean overranClock(long clockNanos) {
    return clockNanos / 1_000_000 >= clockMs;
  }

  /**
   * Whether a check's thread that is seen waiting has idled too long: {@code afterMs} on the clock,
   * using under a twentieth of it on a processor.
   */
  static boolean idle(long cpuNanos, long clockNanos, long afterMs) {
    return clockNanos / 1_000_000 >= afterMs && cpuNanos * 20 < clockNanos;
  }

  /** Whether a check idling in {@code runningIn} idles where the submission idled before. */
  boolean idlesAgainIn(String runningIn) {
    return idledIn != null && !idledIn.isEmpty() && idledIn.equals(runningIn);
  }

  /**
   * Returns how a check's thread overran. The message depends on what the code was doing when it
   * was stopped (computing, or waiting), not on which limit the machine's load let fire first.
   *
   * @param computing whether it was computing (or out of processor time), rather than waiting
   * @param where where the code was running, as " (it was running ...)", or ""
   */
  String message(boolean computing, String where) {
    if (computing) {
      return "your code did not finish within "
          + described
          + where
          + "; is there an endless loop?"
          + (shortened ? SHORTENED : "");
    }
    return "your code did not finish in time on the clock, while using almost no processor time"
        + where
        + ": is it waiting, or calling System.gc() in a loop?";
  }
}
