package neurograde.report;

import neurograde.score.Diagnostic;
import neurograde.score.SubmissionResult;

/**
 * The result of a roster student who submitted nothing: grading records it with one {@code missing}
 * diagnostic. Such a student has 0 for every item, and nothing for a TA to mark.
 */
public final class NoSubmission {

  /** The message grading gives the diagnostic (see {@code Grading}). */
  static final String MESSAGE = "no submission from this student";

  /** The one line a report and the overview say about it. */
  static final String LINE =
      "No submission was received from this student: 0 marks for every question, and nothing to"
          + " mark.";

  private NoSubmission() {}

  /** Whether a result is that of a student who submitted nothing. */
  public static boolean is(SubmissionResult result) {
    for (Diagnostic d : result.diagnostics()) {
      if (d.kind().equals("missing") && d.file() == null && d.message().equals(MESSAGE)) {
        return true;
      }
    }
    return false;
  }
}
