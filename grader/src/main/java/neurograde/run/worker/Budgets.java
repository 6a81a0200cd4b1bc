package neurograde.run.worker;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import neurograde.hidden.CheckInfo;

/**
 * How much processor time each check may use, scaled from what the reference solution needs for the
 * same check on this worker (measured at warm-up, in fresh classes as a check of a submission with
 * static state gets them), not fixed seconds: a fast machine stops a hung submission sooner, a slow
 * one gives correct code the same margin.
 *
 * <p>A check may use {@link #FACTOR} times what the reference needs, never less than {@link
 * #FLOOR_MS} (class loading and the interpreter dominate short checks), never more than the fixed
 * ceilings of {@link JobRunner}. Observations earn no marks, so they get {@link
 * #OBSERVATION_FACTOR}, except after the submission's output has been cut: code that prints past
 * the cap in every step runs the long experiments many times slower, and its observations would
 * each use their whole limit, so they get the checks' margin. Once a submission has hung, every
 * later check gets {@link #HUNG_FACTOR} with a lower floor.
 */
final class Budgets {

  /** Margin of a check over the reference (correct code written differently may be slower). */
  static final long FACTOR = 20;

  /** Least processor time of a check (ms). */
  static final long FLOOR_MS = 250;

  /**
   * Margin of an observation over the reference. It only feeds a plot (which a TA marks), but a
   * correct network that counts spikes with the course notebook's linear scan rather than the
   * reference's binary search needs about ten times the reference for the four experiments, and one
   * that scans all of a neuron's spikes so far at every step about forty times (0.73 to 0.76 s
   * against 18 to 26 ms, measured at warm-up, on this project's machine); both should still get
   * their plots, on a busy machine too. The reference is measured in fresh classes, mostly
   * interpreted, and such code runs mostly compiled, so the workers' early compilation speeds up
   * the one more than the other.
   */
  static final long OBSERVATION_FACTOR = 60;

  /** Least processor time of an observation (ms). */
  static final long OBSERVATION_FLOOR_MS = 300;

  /** Margin of a check once the submission has hung. */
  static final long HUNG_FACTOR = 5;

  /** Least processor time of a check once the submission has hung (ms). */
  static final long HUNG_FLOOR_MS = 30;

  private final Map<String, Long> referenceNanos;

  private Budgets(Map<String, Long> referenceNanos) {
    this.referenceNanos = Map.copyOf(referenceNanos);
  }

  /** Budgets before the reference is measured: the fixed ceilings (for the warm-up itself). */
  static Budgets unmeasured() {
    return new Budgets(Map.of());
  }

  /** Budgets scaled from the reference's processor time per check (ns), by check id. */
  static Budgets measured(Map<String, Long> referenceNanos) {
    return new Budgets(referenceNanos);
  }

  /** A check's limit of processor time, and how its timeout message states it. */
  record Limit(long ms, String described) {}

  /** The limit of a check, {@code hung}: whether the submission already hung. */
  Limit limit(CheckInfo info, boolean hung) {
    return limit(info, hung, false);
  }

  /**
   * The limit of a check; {@code hung}: whether the submission already hung; {@code flooded}:
   * whether an earlier check's output was cut at the cap.
   */
  Limit limit(CheckInfo info, boolean hung, boolean flooded) {
    long ceiling =
        hung
            ? (info.slow() && !info.observation()
                ? JobRunner.HUNG_SLOW_LIMIT
                : JobRunner.HUNG_LIMIT)
            : (info.slow() ? JobRunner.SLOW_LIMIT : JobRunner.LIMIT);
    Long reference = referenceNanos.get(info.id());
    if (reference == null) {
      return new Limit(ceiling, seconds(ceiling) + " s of processor time");
    }
    long factor;
    long floor;
    String why = "";
    if (hung) {
      factor = HUNG_FACTOR;
      floor = HUNG_FLOOR_MS;
    } else if (info.observation() && flooded) {
      factor = FACTOR;
      floor = OBSERVATION_FLOOR_MS;
      why = ", as for a check, since your code's output was cut at the cap";
    } else if (info.observation()) {
      factor = OBSERVATION_FACTOR;
      floor = OBSERVATION_FLOOR_MS;
    } else {
      factor = FACTOR;
      floor = FLOOR_MS;
    }
    floor = Math.min(floor, ceiling);
    long referenceMs = Math.max(1, reference / 1_000_000);
    long ms = Math.min(ceiling, Math.max(floor, factor * referenceMs));
    // The rule, not the figure: the figure depends on the worker that measured the reference.
    return new Limit(
        ms,
        factor
            + " times the processor time the course's solution needs (at least "
            + seconds(floor)
            + " s, at most "
            + seconds(ceiling)
            + " s)"
            + why);
  }

  /** The processor time a check may use (ms). */
  long limitMs(CheckInfo info, boolean hung) {
    return limit(info, hung).ms();
  }

  /** The processor time a check may use (ms), after output was cut or not. */
  long limitMs(CheckInfo info, boolean hung, boolean flooded) {
    return limit(info, hung, flooded).ms();
  }

  private static String seconds(long ms) {
    return Double.toString(ms / 1000.0);
  }

  /** Describes the measurement in one line, for the worker's log. */
  String describe() {
    if (referenceNanos.isEmpty()) {
      return "not measured: fixed limits";
    }
    long total = referenceNanos.values().stream().mapToLong(Long::longValue).sum();
    StringBuilder slowest = new StringBuilder();
    new TreeMap<>(referenceNanos)
        .entrySet().stream()
            .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
            .limit(5)
            .forEach(
                e ->
                    slowest.append(
                        String.format(
                            Locale.ROOT, " %s %.1f ms;", e.getKey(), e.getValue() / 1e6)));
    return String.format(
        Locale.ROOT,
        "reference: %d checks, %.0f ms of processor time in all; slowest:%s",
        referenceNanos.size(),
        total / 1e6,
        slowest);
  }
}
