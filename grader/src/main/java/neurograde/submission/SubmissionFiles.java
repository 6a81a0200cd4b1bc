package neurograde.submission;

import java.util.List;
import neurograde.score.Diagnostic;

/**
 * What was read from a submission: its Java sources, its written answers and the problems found.
 *
 * @param student the student's id
 * @param sources the Java sources of package {@code neurons}, one per file name
 * @param answers the text of ANSWERS.md, or null if there is none
 * @param diagnostics problems with the files: duplicates, wrong packages, unsafe entries, encodings
 */
public record SubmissionFiles(
    String student, List<SourceFile> sources, String answers, List<Diagnostic> diagnostics) {

  public SubmissionFiles {
    sources = List.copyOf(sources);
    diagnostics = List.copyOf(diagnostics);
  }
}
