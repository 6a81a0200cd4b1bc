package neurograde.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import neurograde.score.CheckResult;
import neurograde.score.ResultFiles;
import neurograde.score.SubmissionResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's main job: grading the bundled sample class gives the marks a careful instructor
 * would give.
 */
class SamplesIT {

  @TempDir static Path out;
  private static int exitCode;
  private static String printed;

  @BeforeAll
  static void gradeTheSampleClass() {
    exitCode =
        run(
            "grade",
            "../samples",
            "--roster",
            "../samples/roster.csv",
            "--out",
            out.toString(),
            "--quiet");
    printed = lastOutput;
  }

  static Stream<Arguments> expectedMarks() {
    return Stream.of(
        Arguments.of("alice", 37.5, List.of(), List.of()),
        Arguments.of("bob", 37.5, List.of(), List.of()),
        Arguments.of("carol", 37.5, List.of(), List.of()),
        Arguments.of(
            "dave", 36.5, List.of("step.interpolation"), List.of("spike-time-not-interpolated")),
        Arguments.of("erin", 36.5, List.of("step.refractory"), List.of("no-refractory-period")),
        Arguments.of(
            "frank",
            36.0,
            List.of("step.input-scaling", "exp3a.lif-parameters"),
            List.of("experiment-default-tau-s", "input-not-scaled")),
        Arguments.of(
            "grace",
            36.5,
            List.of("simulate.delivery-after-step"),
            List.of("simulate-same-step-delivery")),
        Arguments.of(
            "heidi",
            34.5,
            List.of("exp3a.network", "exp3a.lif-parameters", "exp3a.input", "exp3a.simulated"),
            List.of()),
        Arguments.of(
            "ivan",
            33.0,
            List.of(
                "step.spike-detection",
                "step.interpolation",
                "step.reset",
                "step.refractory",
                "step.histories"),
            List.of()),
        Arguments.of(
            "judy",
            29.0,
            List.of(
                "act.relu-derivative",
                "act.sigmoid",
                "act.sigmoid-derivative",
                "act.tanh",
                "act.tanh-derivative",
                "act.relu",
                "act.dfdx",
                "act.dfdw",
                "act.dfdb"),
            List.of()),
        Arguments.of(
            "mallory",
            // System.exit in sigmoid costs the checks that reach it, not tanh or relu
            36.3,
            List.of("act.sigmoid", "act.sigmoid-derivative"),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectedMarks")
  void student_getsTheExpectedAutomaticMarks(
      String student, double score, List<String> lost, List<String> mistakes) {
    SubmissionResult result = ResultFiles.read(out.resolve("results/" + student + ".json"));

    assertThat(result.score()).isCloseTo(score, within(1e-9));
    assertThat(result.checks().stream().filter(c -> !c.passed()).map(CheckResult::id))
        .containsExactlyInAnyOrderElementsOf(lost);
    assertThat(result.mistakes()).containsExactlyElementsOf(mistakes);
    assertThat(result.maxScore()).isEqualTo(47.0);
  }

  @Test
  void batch_finishesWithExitCode0AndAResultPerRosteredStudent() {
    assertThat(exitCode).isZero();
    assertThat(printed).contains("graded 11 submission(s), 0 already done");
    assertThat(out.resolve("results"))
        .isDirectoryContaining(p -> p.getFileName().toString().equals("nick.json"));
    SubmissionResult nick = ResultFiles.read(out.resolve("results/nick.json"));
    assertThat(nick.score()).isZero();
    assertThat(nick.name()).isEqualTo("Nick Nolan");
    assertThat(nick.diagnostics())
        .extracting(d -> d.kind() + ": " + d.message())
        .containsExactly("missing: no submission from this student");
  }

  @Test
  void diagnostics_nameTheProblemWhereItIs() {
    SubmissionResult mallory = ResultFiles.read(out.resolve("results/mallory.json"));
    assertThat(mallory.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.kind()).isEqualTo("forbidden");
              assertThat(d.file()).isEqualTo("src/main/java/neurons/Activations.java");
              assertThat(d.line()).isEqualTo(13);
              assertThat(d.message()).startsWith("Activations.sigmoid calls System.exit");
            });
    SubmissionResult judy = ResultFiles.read(out.resolve("results/judy.json"));
    assertThat(judy.diagnostics()).extracting(d -> d.kind()).containsExactly("missing");
  }

  @Test
  void secondRun_resumesWithoutGradingAgain() {
    int code =
        run(
            "grade",
            "../samples",
            "--roster",
            "../samples/roster.csv",
            "--out",
            out.toString(),
            "--quiet");

    assertThat(code).isZero();
    assertThat(lastOutput).contains("graded 0 submission(s), 11 already done");
  }

  private static String lastOutput;

  private static int run(String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      return Cli.run(args);
    } finally {
      System.setOut(saved);
      lastOutput = captured.toString(StandardCharsets.UTF_8);
      saved.print(lastOutput);
    }
  }
}
