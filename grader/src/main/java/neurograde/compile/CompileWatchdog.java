package neurograde.compile;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import neurograde.internal.HelperCpu;

/**
 * Runs a compile on a thread of its own and stops it past {@link #LIMIT_MS} of processor time or
 * when the heap is nearly full: some short sources make javac's type inference take hours and
 * gigabytes, and the compiler runs in the grader's own JVM. The thread's large stack lets javac
 * handle deeply nested expressions. The compiles of one submission (every round and every salvage)
 * also share a {@link Budget}, so that many files that are each slow cannot add up to hours.
 */
final class CompileWatchdog {

  /** Processor time one compile may take (ms); a real submission needs well under a second. */
  static final long LIMIT_MS = 20_000;

  private static final long STACK_BYTES = 256L << 20;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CompileWatchdog() {}

  /** A compile stopped for taking too long or too much memory. */
  static final class Stopped extends RuntimeException {
    Stopped(String message) {
      super(message);
    }
  }

  /** The processor time all the compiles of one submission may take together. */
  static final class Budget {
    /** Processor time one submission's compiles may take in all (ms). */
    static final long TOTAL_MS = 60_000;

    private long leftNanos = TOTAL_MS * 1_000_000;

    /** Whether it is spent. */
    boolean spent() {
      return leftNanos <= 0;
    }

    /** A budget with what this one has left, for a compile that may not count: see adopt. */
    Budget copy() {
      Budget copy = new Budget();
      copy.leftNanos = leftNanos;
      return copy;
    }

    /** Takes what a copy has left: the compile it ran counts. */
    void adopt(Budget copy) {
      leftNanos = copy.leftNanos;
    }
  }

  /** How a watched compile ended: why it was stopped (null if it finished), and its time. */
  private record Watched(String overrun, long cpuNanos) {}

  /**
   * Runs the compile and returns its result, or rethrows what it threw.
   *
   * @throws Stopped if it was stopped
   */
  static <T> T run(Supplier<T> compile) {
    return run(compile, new Budget());
  }

  /**
   * Runs the compile within what is left of a submission's budget, and takes its processor time
   * from it.
   *
   * @throws Stopped if it was stopped
   */
  @SuppressWarnings({"deprecation", "removal"})
  static <T> T run(Supplier<T> compile, Budget budget) {
    if (budget.spent()) {
      throw new Stopped(spentMessage());
    }
    AtomicReference<Object> outcome = new AtomicReference<>();
    AtomicLong cpu = new AtomicLong();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                outcome.set(compile.get());
              } catch (RuntimeException | Error e) {
                outcome.set(e);
              } finally {
                cpu.set(THREADS.getCurrentThreadCpuTime());
              }
            },
            "javac",
            STACK_BYTES);
    thread.setDaemon(true);
    thread.start();
    boolean lastOfTheBudget = budget.leftNanos < LIMIT_MS * 1_000_000;
    Watched watched = watch(thread, Math.min(LIMIT_MS * 1_000_000, budget.leftNanos));
    budget.leftNanos -= watched.cpuNanos();
    HelperCpu.charge(Math.max(watched.cpuNanos(), cpu.get()));
    if (watched.overrun() != null) {
      try {
        thread.stop();
      } catch (UnsupportedOperationException e) {
        // Java 20 and later cannot stop a thread: the compile is left to end on its own, at the
        // lowest priority; the submission is graded exactly as when it is stopped.
        thread.setPriority(Thread.MIN_PRIORITY);
      }
      String why =
          lastOfTheBudget && watched.overrun().startsWith("compiling took")
              ? spentMessage()
              : watched.overrun();
      throw new Stopped(why + " (is some expression deeply nested?)");
    }
    Object result = outcome.get();
    if (result instanceof RuntimeException e) {
      throw e;
    }
    if (result instanceof Error e) {
      throw e;
    }
    @SuppressWarnings("unchecked")
    T value = (T) result;
    return value;
  }

  private static String spentMessage() {
    return "compiling took more than " + Budget.TOTAL_MS / 1000 + " s in all";
  }

  /** Waits for the thread; says why it must be stopped (or null when it finished) and its time. */
  private static Watched watch(Thread thread, long limitNanos) {
    long wallDeadline = System.nanoTime() + 6 * limitNanos;
    Runtime runtime = Runtime.getRuntime();
    long cpu = 0;
    try {
      while (true) {
        thread.join(50);
        if (!thread.isAlive()) {
          return new Watched(null, cpu);
        }
        cpu = Math.max(cpu, THREADS.getThreadCpuTime(thread.getId()));
        if (cpu > limitNanos || System.nanoTime() > wallDeadline) {
          return new Watched("compiling took more than " + LIMIT_MS / 1000 + " s", cpu);
        }
        if (nearlyFull(runtime)) {
          System.gc();
          if (nearlyFull(runtime)) {
            return new Watched("compiling needed more memory than the grader has", cpu);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Watched("grading was interrupted", cpu);
    }
  }

  private static boolean nearlyFull(Runtime runtime) {
    return runtime.totalMemory() - runtime.freeMemory() > 0.9 * runtime.maxMemory();
  }
}
