package neurograde.hidden;

import java.util.ArrayList;
import java.util.List;
import neurograde.hidden.driver.Driver;

/**
 * The submission the hidden checks are running against, set up by the worker around each check.
 *
 * <p>The checks reach the submission only through {@link #driver(Layer)}; how drivers are made
 * (class loaders, or some other language) is the {@link Environment}'s business.
 */
public final class Session {

  private static volatile Environment environment;
  private static final ThreadLocal<List<String>> NOTES = ThreadLocal.withInitial(ArrayList::new);

  private Session() {}

  /** What a worker provides to the checks. */
  public interface Environment {

    /**
     * Returns a driver for the current check in a layer, the same one for repeated calls within a
     * check.
     */
    Driver driver(Layer layer);

    /** Records something the report will plot. */
    void observe(String name, Object data);

    /**
     * Returns why a written class is the template's rather than the student's ("missing", "did not
     * compile"), or null if it is the student's.
     */
    String substituted(String writtenClass);

    /** Returns the per-submission store that {@link #shared} caches results in. */
    java.util.Map<String, Object> sharedResults();

    /**
     * Hands {@code listener} the method's name and the network each of the student's experiment
     * methods returns while it is set (null stops it), where the submission's classes are shared by
     * its checks; otherwise, or where this cannot be watched, does nothing.
     */
    default void watchExperimentReturns(java.util.function.BiConsumer<String, Object> listener) {}

    /**
     * Whether the submission's classes in a layer are shared by its checks (it has no static state
     * that can change), so that an object one check made may serve a later one.
     */
    default boolean sharesClasses(Layer layer) {
      return false;
    }
  }

  /** Installs the environment of the submission being graded. */
  public static void install(Environment env) {
    environment = env;
  }

  /** Returns a driver for the current check. */
  public static Driver driver(Layer layer) {
    return environment().driver(layer);
  }

  /** Records something the report will plot. */
  public static void observe(String name, Object data) {
    environment().observe(name, data);
  }

  /** See {@link Environment#watchExperimentReturns}. */
  public static void watchExperimentReturns(
      java.util.function.BiConsumer<String, Object> listener) {
    environment().watchExperimentReturns(listener);
  }

  /** Returns why a written class is the template's, or null. */
  public static String substituted(String writtenClass) {
    return environment().substituted(writtenClass);
  }

  /**
   * Returns a result computed once per submission and shared by the checks that need it, such as an
   * experiment's network; a failure is cached too, and thrown again to every later check.
   */
  @SuppressWarnings("unchecked")
  public static <T> T shared(String key, java.util.function.Supplier<T> compute) {
    java.util.Map<String, Object> results = environment().sharedResults();
    Object cached;
    synchronized (results) {
      cached = results.get(key);
    }
    if (cached == null) {
      try {
        cached = new Computed(compute.get(), null);
      } catch (RuntimeException e) {
        if (stopped(e)) {
          throw e; // the check ran out of time: a later check computes it under its own limit
        }
        cached = new Computed(null, e);
      }
      synchronized (results) {
        results.putIfAbsent(key, cached);
        cached = results.get(key);
      }
    }
    Computed computed = (Computed) cached;
    if (computed.failure != null) {
      throw computed.failure;
    }
    return (T) computed.value;
  }

  /**
   * Stores a result for {@link #shared} to return under {@code key}, unless something is stored
   * there already (a cached failure too, which stays); never throws.
   */
  public static void offer(String key, Object value) {
    java.util.Map<String, Object> results = environment().sharedResults();
    synchronized (results) {
      results.putIfAbsent(key, new Computed(value, null));
    }
  }

  /** See {@link Environment#sharesClasses}. */
  public static boolean sharesClasses(Layer layer) {
    return environment().sharesClasses(layer);
  }

  private record Computed(Object value, RuntimeException failure) {}

  /** Whether a failure is the worker stopping a check that ran past its limit. */
  private static boolean stopped(RuntimeException e) {
    return e instanceof neurograde.hidden.driver.StudentCodeException s
        && "Stopped".equals(s.exceptionClass());
  }

  /** Adds a note to the current check's message, shown even if the check passes. */
  public static void note(String text) {
    NOTES.get().add(text);
  }

  /** Returns and clears the notes of the check that ran on this thread. */
  public static List<String> takeNotes() {
    List<String> notes = NOTES.get().stream().distinct().toList();
    NOTES.get().clear();
    return notes;
  }

  private static Environment environment() {
    Environment env = environment;
    if (env == null) {
      throw new IllegalStateException(
          "no submission: the hidden checks run inside a grading worker");
    }
    return env;
  }
}
