package neurograde.internal;

/**
 * Processor time that helper threads spent for the current thread (a compile on a thread of its
 * own, say), so that it is counted as the cost of the work that needed it.
 */
public final class HelperCpu {

  private static final ThreadLocal<long[]> CHARGED = ThreadLocal.withInitial(() -> new long[1]);

  private HelperCpu() {}

  /** Charges the current thread with processor time (ns) a helper spent for it. */
  public static void charge(long nanos) {
    CHARGED.get()[0] += nanos;
  }

  /** Returns the time charged to the current thread since the last call (ns), and starts afresh. */
  public static long take() {
    long[] charged = CHARGED.get();
    long nanos = charged[0];
    charged[0] = 0;
    return nanos;
  }
}
