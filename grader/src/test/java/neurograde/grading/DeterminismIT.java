package neurograde.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import neurograde.Grading;
import neurograde.rubric.RubricLoader;
import neurograde.run.WorkerOptions;
import neurograde.submission.SubmissionFinder;
import neurograde.submission.SubmissionSource;
import neurograde.testing.Folders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submission's result files depend on the submission only: graded alone or in a batch, first or
 * last, by one worker or two, they are byte for byte the same apart from the timings. Among the
 * fixtures are code that seeds nothing (new Random(), Math.random()) and an endless loop.
 */
class DeterminismIT {

  private static final List<String> FIXTURES =
      List.of(
          "reference",
          "variant-unseeded-jitter",
          "mistake-slope-sign",
          "mistake-activations",
          "fault-infinite-loop-in-step");

  @TempDir static Path dir;

  private static List<SubmissionSource> sources;

  @BeforeAll
  static void copyFixtures() throws IOException {
    Path submissions = dir.resolve("class");
    for (String fixture : FIXTURES) {
      Folders.copy(
          Path.of("src/test/resources/submissions", fixture), submissions.resolve(fixture));
    }
    sources = SubmissionFinder.find(List.of(submissions));
  }

  @Test
  void resultFiles_areTheSameAloneInABatchAndInAnyOrder() {
    Map<String, String> batch = grade("batch", sources, 2);
    List<SubmissionSource> reversed = new ArrayList<>(sources);
    Collections.reverse(reversed);
    Map<String, String> reversedBatch = grade("reversed", reversed, 1);
    Map<String, String> alone = new TreeMap<>();
    for (SubmissionSource source : sources) {
      alone.putAll(grade("alone-" + source.student(), List.of(source), 1));
    }

    assertThat(batch.keySet()).hasSize(2 * FIXTURES.size());
    for (String file : batch.keySet()) {
      assertThat(reversedBatch.get(file))
          .as("%s graded last, by one worker", file)
          .isEqualTo(batch.get(file));
      assertThat(alone.get(file)).as("%s graded alone", file).isEqualTo(batch.get(file));
    }
    assertThat(batch.get("results/fault-infinite-loop-in-step.json"))
        .contains("\"status\" : \"timeout\"");
  }

  /**
   * Grades the sources into a fresh folder; returns each result and observation file's text,
   * timings removed.
   */
  private static Map<String, String> grade(
      String name, List<SubmissionSource> toGrade, int workers) {
    Path out = dir.resolve("out-" + name);
    try (Grading grading =
        new Grading(
            RubricLoader.bundled(),
            WorkerOptions.defaults().withSize(workers).withLogDir(out.resolve("logs")))) {
      grading.gradeClass(toGrade, Map.of(), out, true, r -> {});
    }
    Map<String, String> files = new TreeMap<>();
    for (String folder : List.of("results", "observations")) {
      try (Stream<Path> listing = Files.list(out.resolve(folder))) {
        for (Path file : listing.toList()) {
          files.put(folder + "/" + file.getFileName(), withoutTimings(Files.readString(file)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static String withoutTimings(String json) {
    return json.replaceAll("(?s),\\s*\"timings\" : \\{[^}]*}", "");
  }
}
