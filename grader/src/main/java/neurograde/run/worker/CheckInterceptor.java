package neurograde.run.worker;

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

  /** Stack of the thread a check runs on: deep enough for reasonable recursion, small enough to fail fast. */
  private static final long STACK_BYTES = 8L << 20;

  @Override
  @SuppressWarnings({"deprecation", "removal"})
  public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
      ExtensionContext extension) throws Throwable {
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
    Thread check = new Thread(null, () -> {
      try {
        invocation.proceed();
      } catch (Throwable t) {
        failure.set(t);
      } finally {
        notes.set(Session.takeNotes());
      }
    }, "check-" + info.id(), STACK_BYTES);
    check.setDaemon(true);
    check.start();
    check.join(limit);
    if (check.isAlive()) {
      String where = StuckAt.describe(check.getStackTrace());
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
      throw new CheckTimeout("did not finish within " + (limit / 1000.0) + " s" + where
          + "; is there an endless loop?");
    }
    job.notes(notes.get());
    if (failure.get() != null) {
      throw failure.get();
    }
  }
}
