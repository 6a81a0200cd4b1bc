package neurograde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The gradescope command without grading: grading itself starts worker JVMs and is covered by *IT
 * tests.
 */
class GradescopeCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Cli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void missingSubmissionFolder_oneLineErrorAndExitCode2_beforeAnyGrading() {
    Path none = dir.resolve("submission");
    Path results = dir.resolve("results/results.json");

    int code = run("gradescope", "--submission", none.toString(), "--results", results.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "grader gradescope: "
                + none
                + ": no such folder; Gradescope puts the submission in /autograder/submission"
                + System.lineSeparator());
    assertThat(results).doesNotExist();
  }

  @Test
  void help_showsGradescopesFoldersAsDefaults() {
    assertThat(run("gradescope", "--help")).isZero();
    assertThat(out.toString())
        .contains("/autograder/submission).")
        .contains("/autograder/results/results.json).")
        .contains("--debug");
  }
}
