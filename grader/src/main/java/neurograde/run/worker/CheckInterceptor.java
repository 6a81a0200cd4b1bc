package neurograde.run.worker;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import neurograde.hidden.CheckInfo;
import neurograde.hidden.Session;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs each hidden test on a thread of its own with a time limit, with fresh classes of the
 * submission. A test past its limit is interrupted, then stopped; if even that fails, the worker
 * asks the grader to kill it. Registered through JUnit's extension auto-detection, in workers only.
 */
public final class CheckInterceptor implements InvocationInterceptor {

  /**
   * Stack of the thread a check runs on: deep enough for reasonable recursion, small enough to fail
   * fast.
   */
  private static final long STACK_BYTES = 8L << 20;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * Waits for a check; returns null, or how it overran. The limit is on the processor time of the
   * check's thread, not time on the clock, so a busy machine cannot time out a correct submission;
   * the clock still stops code that blocks or sleeps, at {@link JobRunner#wallLimit}.
   */
  static String overrun(Thread check, long cpuLimitMs) throws InterruptedException {
    // One message whichever limit stops it: which one comes first depends on the machine's load,
    // and results must not.
    String overrun = "did not finish within " + cpuLimitMs / 1000.0 + " s of processor time";
    long start = System.nanoTime();
    long wallLimitNanos = JobRunner.wallLimit(cpuLimitMs) * 1_000_000;
    long cpuLimitNanos = cpuLimitMs * 1_000_000;
    long poll = Math.max(5, Math.min(50, cpuLimitMs / 20));
    while (true) {
      check.join(poll);
      if (!check.isAlive()) {
        return null;
      }
      if (THREADS.getThreadCpuTime(check.getId()) >= cpuLimitNanos
          || System.nanoTime() - start >= wallLimitNanos) {
        return overrun;
      }
    }
  }

  @Override
  @SuppressWarnings({"deprecation", "removal"})
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> context,
      ExtensionContext extension)
      throws Throwable {
    JobRunner job = JobRunner.current();
    if (job == null) {
      invocation.proceed();
      return;
    }
    Method method = context.getExecutable();
    CheckInfo info = job.info(method.getDeclaringClass().getName(), method.getName());
    long limit = job.begin(info);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicReference<List<String>> notes = new AtomicReference<>(List.of());
    Thread check =
        new Thread(
            null,
            () -> {
              try {
                invocation.proceed();
              } catch (Throwable t) {
                failure.set(t);
              } finally {
                notes.set(Session.takeNotes());
              }
            },
            "check-" + info.id(),
            STACK_BYTES);
    check.setDaemon(true);
    check.start();
    String overrun = overrun(check, limit);
    if (overrun != null) {
      String where = StuckAt.describe(check);
      check.interrupt();
      check.join(100);
      if (check.isAlive()) {
        check.stop();
        check.join(2000);
      }
      job.hung();
      if (check.isAlive()) {
        job.stuck(info);
      }
      String shortened =
          limit < JobRunner.LIMIT
              ? " (the limit is shorter once an earlier check has run out of time)"
              : "";
      throw new CheckTimeout(overrun + where + "; is there an endless loop?" + shortened);
    }
    job.notes(notes.get());
    if (failure.get() != null) {
      throw failure.get();
    }
  }
}
