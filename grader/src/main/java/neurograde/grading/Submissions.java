package neurograde.grading;

import java.nio.file.Files;
import java.nio.file.Path;
import neurograde.InputException;
import neurograde.score.ResultFiles;
import neurograde.score.SubmissionResult;

/** Which submissions of a class are already graded, for resuming an interrupted batch. */
public final class Submissions {

  private Submissions() {}

  /**
   * Returns the result in a result file if the submission is finished, or null: no file, a file
   * that does not parse, or a result that records a grader fault is graded again.
   */
  public static SubmissionResult finished(Path resultFile) {
    if (!Files.isRegularFile(resultFile)) {
      return null;
    }
    try {
      SubmissionResult result = ResultFiles.read(resultFile);
      boolean fault = result.diagnostics().stream().anyMatch(d -> d.kind().equals("grader"));
      return fault ? null : result;
    } catch (InputException e) {
      return null;
    }
  }
}
