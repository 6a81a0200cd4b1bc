package neurograde.run.worker;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.UUID;

/**
 * Runs, before any submission, the JDK machinery the worker itself needs when a submission fails:
 * so its classes are initialised on a healthy stack, and submission code that nearly exhausts the
 * stack cannot make their initialisation fail (see {@link ClassInitialisations}).
 */
final class WarmUp {

  private WarmUp() {}

  /** Stack traces, printing them, formatting numbers, and helpful NullPointerException messages. */
  static void jdkMachinery() {
    PrintStream nowhere =
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    Throwable traced = new IllegalStateException("warm-up", new RuntimeException("cause"));
    traced.addSuppressed(new ArithmeticException());
    for (StackTraceElement frame : traced.getStackTrace()) {
      nowhere.print(frame.toString());
    }
    traced.printStackTrace(nowhere);
    nowhere.print(Thread.currentThread().getStackTrace().length);
    nowhere.print(String.format(Locale.ROOT, "%.3f %s %d %e", 1.5, "x", 3, 2e-9));
    try {
      Object missing = null;
      nowhere.print(missing.hashCode());
    } catch (NullPointerException e) {
      nowhere.print(e.getMessage());
    }
    // Native libraries and devices a check may need, opened before the worker is sandboxed.
    nowhere.print(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
    nowhere.print(new SecureRandom().nextInt());
    nowhere.print(UUID.randomUUID());
    try {
      StackOverflow.recurse(0);
    } catch (StackOverflowError e) {
      nowhere.print(e.getStackTrace().length);
    }
  }

  /** A stack overflow of the worker's own, before any submission's. */
  private static final class StackOverflow {
    static int recurse(int depth) {
      return recurse(depth + 1) + 1;
    }
  }
}
