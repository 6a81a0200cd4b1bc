package neurograde.grading;

import neurograde.screen.Violation;

/**
 * Why a submission's {@code Experiments.main} is not run for its plots: code it reaches does
 * something graded code may not (writes files, draws its own charts), which the screen allows only
 * because main was not meant to run. The TA sees this instead of the student's plots.
 */
final class MainRefusal {

  /** The observation of main's plots, skipped when main may not run. */
  static final String NAME = "plots";

  static final String OBSERVATION = "observe." + NAME;

  private MainRefusal() {}

  /** "Experiments.main was not run: Experiments.main (line 12) uses java.io.File; ...". */
  static String describe(Violation refusal) {
    return "Experiments.main was not run to record its plots: "
        + refusal.methodName()
        + (refusal.line() == null ? "" : " (line " + refusal.line() + ")")
        + (refusal.what() == null
            ? " " + refusal.why()
            : " uses " + refusal.what().replace(".<init>", ""))
        + ", which the grader runs only where the checks may (files and charts of its own are"
        + " not); only what main asks the course's Plots to draw can be shown";
  }
}
