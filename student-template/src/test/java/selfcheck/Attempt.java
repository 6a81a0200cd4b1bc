package selfcheck;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The outcome of running some of your code once: its result, or what it threw. Several checks and
 * a figure share one run of an experiment, so a 40 s simulation runs once.
 *
 * @param <T> the result's type
 */
public final class Attempt<T> {

  private final String what;
  private final Supplier<T> code;
  private boolean done;
  private T value;
  private Throwable thrown;

  private Attempt(String what, Supplier<T> code) {
    this.what = what;
    this.code = code;
  }

  /**
   * An attempt that runs {@code code} the first time it is asked for.
   *
   * @param what the method of yours it calls, e.g. "Experiments.twoNeurons()", for messages
   */
  public static <T> Attempt<T> of(String what, Supplier<T> code) {
    return new Attempt<>(what, code);
  }

  /** Returns the result, or throws again what your code threw; fails if your code returned null. */
  public synchronized T get() {
    run();
    if (thrown != null) {
      throw Attempt.<RuntimeException>sneaky(thrown);
    }
    if (value == null) {
      throw Expect.failure(what + " returned null.", "Return what its javadoc says it returns.");
    }
    return value;
  }

  /** The result, or empty if your code threw; {@link #why()} then says what happened. */
  public synchronized Optional<T> result() {
    run();
    return thrown == null ? Optional.ofNullable(value) : Optional.empty();
  }

  /** Why there is no result, in a few words, or "" if there is one. */
  public synchronized String why() {
    run();
    return thrown == null ? (value == null ? what + " returned null" : "") : Describe.briefly(thrown);
  }

  private void run() {
    if (!done) {
      done = true;
      try {
        value = code.get();
      } catch (Throwable t) { // what student code throws is reported, whatever it is
        thrown = t;
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E sneaky(Throwable t) throws E {
    throw (E) t;
  }
}
