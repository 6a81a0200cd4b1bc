package neurograde.score;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A problem with a submission itself, found before or while its code ran.
 *
 * @param kind {@code compile}, {@code forbidden}, {@code timeout}, {@code crash}, {@code memory},
 *     {@code missing}, {@code input} or {@code grader} (a failure of the grader, not the student)
 * @param file the file concerned, relative to the submission, or null
 * @param line the line in that file, or null
 * @param message what is wrong and how to fix it, written for the student
 */
public record Diagnostic(
    String kind,
    @JsonInclude(JsonInclude.Include.NON_NULL) String file,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer line,
    String message) {

  /** Returns a diagnostic about a whole submission, not a place in a file. */
  public static Diagnostic of(String kind, String message) {
    return new Diagnostic(kind, null, null, message);
  }

  /** Returns a diagnostic about a file. */
  public static Diagnostic at(String kind, String file, Integer line, String message) {
    return new Diagnostic(kind, file, line, message);
  }
}
