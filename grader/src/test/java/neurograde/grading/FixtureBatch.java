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
      Path out = Files.createTempDirectory("fixtures");
      try (Grading grading =
          new Grading(
              RubricLoader.bundled(),
              WorkerOptions.defaults().withSize(2).withLogDir(out.resolve("logs")))) {
        Map<String, SubmissionResult> results = new TreeMap<>();
        for (SubmissionResult result :
            grading
                .gradeClass(
                    SubmissionFinder.find(List.of(submissions)), Map.of(), out, true, r -> {})
                .results()) {
          results.put(result.student(), result);
        }
        return results;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
