package neurograde.cli;

import java.nio.file.Path;
import java.util.List;
import neurograde.rubric.Rubric;
import neurograde.score.SubmissionResult;

/** Writes the gradebook and the LMS file of an output folder (filled in by the export package). */
final class Exports {

  private Exports() {}

  static void write(Path out, Rubric rubric, List<SubmissionResult> results) {
    // The gradebook and CSV exports are wired here once the export package lands.
  }
}
