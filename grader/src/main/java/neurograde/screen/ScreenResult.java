package neurograde.screen;

import java.util.List;
import java.util.Map;

/**
 * What screening a submission's classes gave.
 *
 * @param classes the classes to run: refused classes removed, quarantined methods replaced by a
 *     throw, and unseeded Randoms seeded
 * @param violations every refused use, in class and line order
 * @param refusedClasses classes that were removed, with why
 * @param affectedChecks the checks that can reach a quarantined method, with the first violation
 *     they reach
 * @param unreached violations in methods no check can reach (nothing was run or lost for them)
 * @param screenMs time spent (ms)
 * @param mainRefusal why {@code Experiments.main} may not be run for its plots (something it
 *     reaches is refused in graded code: files, its own charts, ...), or null if it may
 */
public record ScreenResult(
    Map<String, byte[]> classes,
    List<Violation> violations,
    Map<String, String> refusedClasses,
    Map<String, Violation> affectedChecks,
    List<Violation> unreached,
    long screenMs,
    Violation mainRefusal) {

  public ScreenResult {
    classes = Map.copyOf(classes);
    violations = List.copyOf(violations);
    refusedClasses = Map.copyOf(refusedClasses);
    affectedChecks = Map.copyOf(affectedChecks);
    unreached = List.copyOf(unreached);
  }

  public ScreenResult(
      Map<String, byte[]> classes,
      List<Violation> violations,
      Map<String, String> refusedClasses,
      Map<String, Violation> affectedChecks,
      List<Violation> unreached,
      long screenMs) {
    this(classes, violations, refusedClasses, affectedChecks, unreached, screenMs, null);
  }

  /** Returns this result with why {@code Experiments.main} may not be run for its plots. */
  public ScreenResult withMainRefusal(Violation refusal) {
    return new ScreenResult(
        classes, violations, refusedClasses, affectedChecks, unreached, screenMs, refusal);
  }

  /** Whether a violation is in a method that some check can reach, so it costs marks. */
  public boolean costsMarks(Violation violation) {
    return violation.graded() && !unreached.contains(violation);
  }
}
