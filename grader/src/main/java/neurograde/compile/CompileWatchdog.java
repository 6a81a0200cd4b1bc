package neurograde.compile;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a compile on a thread of its own and stops it past {@link #LIMIT_MS} of processor time or
 * when the heap is nearly full: some short sources make javac's type inference take hours and
 * gigabytes, and the compiler runs in the grader's own JVM. The thread's large stack lets javac
 * handle deeply nested expressions.
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

  /**
   * Runs the compile and returns its result, or rethrows what it threw.
   *
   * @throws Stopped if it was stopped
   */
  @SuppressWarnings({"deprecation", "removal"})
  static <T> T run(Supplier<T> compile) {
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                outcome.set(compile.get());
              } catch (RuntimeException | Error e) {
                outcome.set(e);
              }
            },
            "javac",
            STACK_BYTES);
    thread.setDaemon(true);
    thread.start();
    String overrun = watch(thread);
    if (overrun != null) {
      try {
        thread.stop();
      } catch (UnsupportedOperationException e) {
        // Java 20 and later cannot stop a thread: the compile is left to end on its own, at the
        // lowest priority; the submission is graded exactly as when it is stopped.
        thread.setPriority(Thread.MIN_PRIORITY);
      }
      throw new Stopped(overrun + " (is some expression deeply nested?)");
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

  /** Waits for the thread; returns null when it finished, or why it must be stopped. */
  private static String watch(Thread thread) {
    long wallDeadline = System.nanoTime() + 6 * LIMIT_MS * 1_000_000;
    Runtime runtime = Runtime.getRuntime();
    try {
      while (true) {
        thread.join(50);
        if (!thread.isAlive()) {
          return null;
        }
        if (THREADS.getThreadCpuTime(thread.getId()) > LIMIT_MS * 1_000_000
            || System.nanoTime() > wallDeadline) {
          return "compiling took more than " + LIMIT_MS / 1000 + " s";
        }
        if (nearlyFull(runtime)) {
          System.gc();
          if (nearlyFull(runtime)) {
            return "compiling needed more memory than the grader has";
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "grading was interrupted";
    }
  }

  private static boolean nearlyFull(Runtime runtime) {
    return runtime.totalMemory() - runtime.freeMemory() > 0.9 * runtime.maxMemory();
  }
}
