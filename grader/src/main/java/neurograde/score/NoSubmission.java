package neurograde.score;

/**
 * The result of a roster student who submitted nothing: grading records it with one {@code missing}
 * diagnostic. Such a student has 0 for every item and nothing pending: a manual part nobody marked
 * is 0, and one a TA marked all the same keeps its mark.
 */
public final class NoSubmission {

  private static final String MESSAGE = "no submission from this student";

  /** The one line a report and the overview say about it. */
  public static final String LINE =
      "No submission was received from this student: 0 marks for every question, and nothing to"
          + " mark.";

  /**
   * The line when a TA entered marks all the same (for work handed in another way, say): those
   * count, and nothing else is left to mark.
   */
  public static final String LINE_WITH_MARKS =
      "No submission was received from this student: 0 automatic marks; the marks a TA entered"
          + " count, and nothing else is left to mark.";

  private NoSubmission() {}

  /** The diagnostic that makes a result that of a student who submitted nothing. */
  public static Diagnostic diagnostic() {
    return Diagnostic.of("missing", MESSAGE);
  }

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
