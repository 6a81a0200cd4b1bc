package neurograde.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import neurograde.Grading;
import neurograde.export.Gradebook;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricLoader;
import neurograde.run.WorkerOptions;
import neurograde.score.ResultFiles;
import neurograde.submission.SubmissionFinder;
import neurograde.submission.SubmissionSource;
import neurograde.testing.Folders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preparation for the end of a run (the gradebook's warm-up) starts once, when one submission
 * is left, with a result of the class; a class of one has no such moment. The warm-up writes
 * nothing.
 */
class AlmostDoneIT {

  private static final List<String> FIXTURES =
      List.of("reference", "mistake-slope-sign", "fault-compile-error-in-experiments");

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

  /** A call of the preparation: the result it was given, and how many results were written. */
  private record Call(String student, long resultsWritten) {}

  @Test
  void classOfThree_preparesOnce_whenOneIsLeft() throws Exception {
    Path out = dir.resolve("three");
    List<Call> calls = grade(out, sources);

    assertThat(calls).hasSize(1);
    assertThat(calls.get(0).student()).isIn(FIXTURES);
    assertThat(calls.get(0).resultsWritten()).isBetween(2L, 3L);
  }

  @Test
  void classOfOne_hasNothingToPrepareFor_andTheWarmUpWritesNothing() throws Exception {
    Path out = dir.resolve("one");
    assertThat(grade(out, sources.subList(0, 1))).isEmpty();
    Rubric rubric = RubricLoader.bundled();
    List<Path> before = files(dir);

    assertThat(
            Gradebook.warmUp(
                rubric,
                ResultFiles.read(
                    out.resolve("results").resolve(sources.get(0).student() + ".json"))))
        .isTrue();

    assertThat(files(dir)).isEqualTo(before);
  }

  /** Grades the class; returns the calls of the preparation, waiting up to 10 s for one. */
  private static List<Call> grade(Path out, List<SubmissionSource> toGrade) throws Exception {
    List<Call> calls = new CopyOnWriteArrayList<>();
    CountDownLatch called = new CountDownLatch(1);
    try (Grading grading =
        new Grading(
            RubricLoader.bundled(),
            WorkerOptions.defaults().withSize(1).withLogDir(out.resolve("logs")))) {
      grading.whenAlmostDone(
          result -> {
            calls.add(new Call(result.student(), count(out.resolve("results"))));
            called.countDown();
          });
      grading.gradeClass(toGrade, Map.of(), out, true, r -> {});
    }
    called.await(10, TimeUnit.SECONDS);
    return calls;
  }

  private static long count(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".json")).count();
    } catch (IOException e) {
      return -1;
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.sorted().toList();
    }
  }
}
