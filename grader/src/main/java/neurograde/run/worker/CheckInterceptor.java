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
 * Runs each hidden test on a thread of its own with time limits, with fresh classes of the
 * submission. A test past its limit is asked to stop (the submission's code polls for that, see
 * {@link StopPolls}); if it does not, the worker asks the grader to kill it. Registered through
 * JUnit's extension auto-detection, in workers only.
 */
public final class CheckInterceptor implements InvocationInterceptor {

  /**
   * Stack of the thread a check runs on: deep enough for reasonable recursion, small enough to fail
   * fast.
   */
  private static final long STACK_BYTES = 8L << 20;

  /** Longest a check asked to stop may take to do so (ms); at most its processor-time limit. */
  private static final long STOP_GRACE_MS = 2000;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** How a check overran: its message, and where it idled if it hardly used the processor. */
  record Overrun(String message, String idledIn) {}

  /**
   * Waits for a check; returns null, or how it overran its limits.
   *
   * @param times how the check's thread spends its time, or null where the system does not tell
   */
  static Overrun overrun(Thread check, TimeLimits limits, AtomicReference<ThreadTimes> times)
      throws InterruptedException {
    long start = System.nanoTime();
    long poll = Math.max(5, Math.min(50, limits.cpuMs() / 20));
    while (true) {
      check.join(poll);
      if (!check.isAlive()) {
        return null;
      }
      long cpu = THREADS.getThreadCpuTime(check.getId());
      long clock = System.nanoTime() - start;
      if (limits.overran(cpu, clock) || idle(check, limits, times.get(), clock)) {
        String method = StuckAt.method(check);
        String message = limits.message(cpu, StuckAt.describe(method));
        return new Overrun(message, limits.computing(cpu) ? null : method);
      }
    }
  }

  private static boolean idle(Thread check, TimeLimits limits, ThreadTimes times, long clock) {
    if (times == null || clock / 1_000_000 < TimeLimits.IDLE_AGAIN_MS) {
      return false;
    }
    ThreadTimes.Reading reading;
    try {
      reading = times.read();
    } catch (java.io.IOException | RuntimeException e) {
      return false; // the thread just ended
    }
    long cpu = reading.cpuNanos();
    long queued = reading.queuedNanos();
    return TimeLimits.idle(cpu, queued, clock, TimeLimits.IDLE_MS)
        || (TimeLimits.idle(cpu, queued, clock, TimeLimits.IDLE_AGAIN_MS)
            && limits.idlesAgainIn(StuckAt.innermost(check)));
  }

  @Override
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
    TimeLimits limits = job.begin(info);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicReference<List<String>> notes = new AtomicReference<>(List.of());
    AtomicReference<ThreadTimes> times = new AtomicReference<>();
    // Named alike for every check, so the submission cannot tell which one runs it.
    Thread check =
        new Thread(
            null,
            () -> {
              times.set(ThreadTimes.ofCurrentThread().orElse(null));
              try {
                invocation.proceed();
              } catch (Throwable t) {
                failure.set(t);
              } finally {
                notes.set(Session.takeNotes());
              }
            },
            "check",
            STACK_BYTES);
    check.setDaemon(true);
    check.setContextClassLoader(ClassLoader.getPlatformClassLoader());
    check.start();
    Overrun overrun = overrun(check, limits, times);
    if (overrun != null) {
      String message = overrun.message();
      job.hung(overrun.idledIn());
      job.stopSubmission(true);
      check.interrupt();
      check.join(Math.max(500, Math.min(STOP_GRACE_MS, limits.cpuMs())));
      if (check.isAlive()) {
        job.stuck(info, message);
      }
      job.stopSubmission(false);
      throw new CheckTimeout(message);
    }
    job.notes(notes.get());
    if (failure.get() != null) {
      throw failure.get();
    }
  }
}
