package neurograde.run.worker;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import neurograde.hidden.CheckInfo;
import neurograde.hidden.Session;
import neurograde.hidden.checks.HiddenChecks;

/**
 * Runs one hidden test on a thread of its own with time limits, with fresh classes of the
 * submission. A test past its limit is asked to stop (the submission's code polls for that, see
 * {@link StopPolls}); if it does not, the worker asks the grader to kill it.
 */
final class CheckThread {

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

  /** Waits for a check; returns null, or how it overran its limits. */
  static Overrun overrun(Thread check, TimeLimits limits) throws InterruptedException {
    long start = System.nanoTime();
    long poll = Math.max(5, Math.min(50, limits.cpuMs() / 20));
    while (true) {
      check.join(poll);
      if (!check.isAlive()) {
        return null;
      }
      long cpu = THREADS.getThreadCpuTime(check.getId());
      long clock = System.nanoTime() - start;
      boolean cpuOver = limits.overranProcessor(cpu);
      boolean clockOver = limits.overranClock(clock);
      boolean idleSoFar = TimeLimits.idle(cpu, clock, TimeLimits.IDLE_AGAIN_MS);
      if (!cpuOver && !clockOver && !idleSoFar) {
        continue;
      }
      // Waiting (asleep, blocked, in System.gc()) or computing: what the code does decides the
      // message, whichever limit the machine's load let fire first.
      boolean waiting = !cpuOver && waiting(check);
      boolean idle =
          waiting
              && (TimeLimits.idle(cpu, clock, TimeLimits.IDLE_MS)
                  || limits.idlesAgainIn(StuckAt.innermost(check)));
      if (cpuOver || clockOver || idle) {
        String method = StuckAt.method(check);
        String message = limits.message(!waiting, StuckAt.describe(method));
        return new Overrun(message, waiting ? method : null);
      }
    }
  }

  /** Whether a thread is waiting (sleeping, blocked, or in the garbage collector) now. */
  static boolean waiting(Thread thread) {
    Thread.State state = thread.getState();
    if (state == Thread.State.WAITING
        || state == Thread.State.TIMED_WAITING
        || state == Thread.State.BLOCKED) {
      return true;
    }
    StackTraceElement[] stack = thread.getStackTrace();
    return stack.length > 0
        && stack[0].getClassName().equals("java.lang.Runtime")
        && stack[0].getMethodName().equals("gc");
  }

  private CheckThread() {}

  /**
   * Runs a hidden test's method on a new instance of its class, as JUnit would (a fresh instance
   * per test), on a check thread; returns normally if it passed, else throws what it threw, or a
   * {@link CheckTimeout} if it overran its limits.
   */
  static void run(JobRunner job, CheckInfo info) throws Throwable {
    Method method = HiddenChecks.method(info);
    Object test;
    try {
      test = HiddenChecks.newInstance(info);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    TimeLimits limits = job.begin(info);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicReference<List<String>> notes = new AtomicReference<>(List.of());
    AtomicLong cpu = new AtomicLong(-1);
    // Named alike for every check, so the submission cannot tell which one runs it.
    Thread check =
        new Thread(
            null,
            () -> {
              try {
                method.invoke(test);
              } catch (InvocationTargetException e) {
                failure.set(e.getCause());
              } catch (Throwable t) {
                failure.set(t);
              } finally {
                notes.set(Session.takeNotes());
                cpu.set(THREADS.getCurrentThreadCpuTime());
              }
            },
            "check",
            STACK_BYTES);
    check.setDaemon(true);
    check.setContextClassLoader(ClassLoader.getPlatformClassLoader());
    check.start();
    Overrun overrun = overrun(check, limits);
    if (overrun != null) {
      long cpuWhenStopped = Math.max(0, THREADS.getThreadCpuTime(check.getId()));
      String message = overrun.message();
      job.hung(overrun.idledIn());
      job.stopSubmission(true);
      check.interrupt();
      check.join(Math.max(500, Math.min(STOP_GRACE_MS, limits.cpuMs())));
      job.cpu(info, check.isAlive() ? cpuWhenStopped : Math.max(cpuWhenStopped, cpu.get()));
      if (check.isAlive()) {
        job.stuck(info, message);
      }
      job.stopSubmission(false);
      throw new CheckTimeout(message);
    }
    job.cpu(info, cpu.get());
    job.notes(notes.get());
    if (failure.get() != null) {
      throw failure.get();
    }
  }
}
