package neurograde.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import neurograde.Grading;
import neurograde.rubric.RubricLoader;
import neurograde.submission.SubmissionFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker JVM that cannot start (here: a heap too small for any JVM) stops grading at once with
 * the JVM's own reason, and nothing is recorded for the submissions it would have run.
 */
class WorkerStartIT {

  private static final WorkerOptions CANNOT_START = new WorkerOptions(1, 1, false, null);

  @Test
  void aWorkerThatCannotStart_isDiagnosedInOneLineWithinSeconds() {
    long start = System.nanoTime();
    try (WorkerPool pool = new WorkerPool(CANNOT_START)) {
      assertThatThrownBy(
              () ->
                  pool.run(new Protocol.Job("nobody", Map.of(), Map.of(), List.of(), false, false)))
          .isInstanceOf(WorkersUnavailable.class)
          .hasMessage(
              "a worker JVM could not be started: the worker JVM stopped at start (exit code 1):"
                  + " Error occurred during initialization of VM: Too small maximum heap");
    }
    assertThat((System.nanoTime() - start) / 1e9).as("seconds to tell").isLessThan(10);
  }

  @Test
  void gradingAClassWithoutWorkers_stopsAndRecordsNothing(@TempDir Path out) throws Exception {
    try (Grading grading = new Grading(RubricLoader.bundled(), CANNOT_START)) {
      assertThatThrownBy(
              () ->
                  grading.gradeClass(
                      SubmissionFinder.find(
                          List.of(
                              Path.of("src/test/resources/attacks/aaa-correct-first"),
                              Path.of("src/test/resources/attacks/zzz-correct-last"))),
                      Map.of("absent", "Absent Student"),
                      out,
                      false,
                      r -> {}))
          .isInstanceOf(WorkersUnavailable.class);
    }

    try (var results = Files.list(out.resolve(Grading.RESULTS))) {
      assertThat(results).isEmpty();
    }
  }
}
