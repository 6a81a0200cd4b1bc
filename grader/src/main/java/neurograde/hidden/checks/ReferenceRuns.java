package neurograde.hidden.checks;

import java.util.List;

/**
 * Helpers for results computed with the reference (the grader's own copy, which student code cannot
 * reach).
 */
final class ReferenceRuns {

  private ReferenceRuns() {}

  static double[] toArray(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
