package neurograde.grading;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs work on student data that must not hold up a class, such as drawing one student's report, on
 * a thread of its own with a limit on the clock: what does not finish in time is abandoned (and
 * stopped where the JVM still allows it), and the class goes on.
 */
public final class TimeBox {

  private TimeBox() {}

  /**
   * Runs the work; returns why it did not finish (it threw, or ran past the limit), or empty.
   *
   * @param what what the work is, for the message: {@code the report of alice}
   * @param limitMs the limit on the clock (ms)
   */
  @SuppressWarnings({"deprecation", "removal"})
  public static Optional<String> run(String what, long limitMs, Callable<?> work) {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                work.call();
              } catch (Throwable e) {
                failure.set(e);
              }
            },
            "time-box");
    thread.setDaemon(true);
    thread.start();
    try {
      thread.join(limitMs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(what + " was interrupted");
    }
    if (thread.isAlive()) {
      thread.interrupt();
      try {
        thread.stop();
      } catch (UnsupportedOperationException e) {
        // Java 20 and later cannot stop a thread; it is a daemon, left to finish on its own
      }
      return Optional.of(what + " took more than " + limitMs / 1000 + " s and was abandoned");
    }
    Throwable thrown = failure.get();
    return thrown == null
        ? Optional.empty()
        : Optional.of("could not write " + what + ": " + thrown);
  }
}
