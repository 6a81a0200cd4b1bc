package neurograde.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricLoader;
import neurograde.score.Diagnostic;
import neurograde.score.ResultFiles;
import neurograde.score.Scorer;
import neurograde.score.Scorer.Outcome;
import neurograde.score.SubmissionResult;

/**
 * A class of three graded by the small rubric {@value #RUBRIC} (7.2 marks: 1a auto 2, 3a-iii manual
 * 1, 4b mixed 1.2 + 3), with known marks and no manual mark entered yet.
 *
 * <ul>
 *   <li>alice (Alice Liddell): every check passed; 1a 2, 4b auto 1.2, total 3.2.
 *   <li>bob ("Bob, Jr."): slope.dsdt failed with mistake slope-uses-updated-state, act.tanh half
 *       right; 1a 1, 4b auto 0.9, total 1.9.
 *   <li>carol (no name): a compile error, no check ran; total 0.
 * </ul>
 */
public final class SampleBatch {

  /** The small rubric, relative to the grader module (the tests' working directory). */
  public static final String RUBRIC = "src/test/resources/export/rubric.yaml";

  private static final SubmissionResult.Timings TIMINGS = new SubmissionResult.Timings(40, 5, 120);

  private SampleBatch() {}

  public static Rubric rubric() {
    return RubricLoader.read(Path.of(RUBRIC));
  }

  public static SubmissionResult alice() {
    return Scorer.score(
        rubric(),
        "alice",
        "Alice Liddell",
        Map.of(
            "slope.dvdt",
            passed(),
            "slope.dsdt",
            passed(),
            "act.sigmoid",
            passed(),
            "act.tanh",
            passed()),
        List.of(),
        TIMINGS);
  }

  public static SubmissionResult bob() {
    return bob("bob");
  }

  /** Bob's result under another student id. */
  public static SubmissionResult bob(String student) {
    return Scorer.score(
        rubric(),
        student,
        "Bob, Jr.",
        Map.of(
            "slope.dvdt",
            passed(),
            "slope.dsdt",
            new Outcome(
                "failed",
                0,
                "ds/dt used the updated s: expected -2.5, got -2.4",
                "slope-uses-updated-state",
                null),
            "act.sigmoid",
            passed(),
            "act.tanh",
            new Outcome("failed", 0.5, "tanh(2) should be 0.964, got 0.5", null, "debug: z=2\n")),
        List.of(),
        TIMINGS);
  }

  public static SubmissionResult carol() {
    return Scorer.score(
        rubric(),
        "carol",
        null,
        Map.of(),
        List.of(Diagnostic.at("compile", "Experiments.java", 12, "';' expected")),
        TIMINGS);
  }

  public static List<SubmissionResult> all() {
    return List.of(alice(), bob(), carol());
  }

  /** Writes the class's result files into DIR/results, as the grade command does. */
  public static Path writeTo(Path dir) throws IOException {
    for (SubmissionResult result : all()) {
      ResultFiles.write(ResultFiles.fileOf(dir.resolve("results"), result.student()), result);
    }
    return dir;
  }

  private static Outcome passed() {
    return new Outcome("passed", 1, "", null, null);
  }
}
