package neurograde.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import neurograde.Grading;
import neurograde.rubric.RubricLoader;
import neurograde.run.WorkerOptions;
import neurograde.score.SubmissionResult;
import neurograde.submission.SubmissionFinder;

/** Grades a folder of fixture submissions once, for the tests that assert on the results. */
final class FixtureBatch {

  private FixtureBatch() {}

  static Map<String, SubmissionResult> grade(Path submissions) {
    try {
      return grade(submissions, Files.createTempDirectory("fixtures"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Grades into {@code out}, where the observations and logs stay for the test to read. */
  static Map<String, SubmissionResult> grade(Path submissions, Path out) {
    try (Grading grading =
        new Grading(
            RubricLoader.bundled(),
            WorkerOptions.defaults().withSize(2).withLogDir(out.resolve("logs")))) {
      Map<String, SubmissionResult> results = new TreeMap<>();
      for (SubmissionResult result :
          grading
              .gradeClass(SubmissionFinder.find(List.of(submissions)), Map.of(), out, true, r -> {})
              .results()) {
        results.put(result.student(), result);
      }
      return results;
    }
  }
}
