package neurograde.cli;

import java.nio.file.Path;
import neurograde.export.GradedFolder;
import neurograde.rubric.Rubric;

/** Writes the gradebook and the LMS file of an output folder after grading. */
final class Exports {

  private Exports() {}

  static GradedFolder.Exported write(Path out, Rubric rubric) {
    return GradedFolder.open(out).export(rubric);
  }
}
