package neurograde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The similarity command's mistakes of use: one line each, exit code 2, nothing written. */
class SimilarityCommandTest {

  @TempDir Path dir;
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Cli.commandLine();
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  private String problem() {
    return err.toString().lines().filter(l -> !l.startsWith("Try '")).findFirst().orElse("");
  }

  @Test
  void aFolderWithoutResults_isRefusedInOneLine() throws IOException {
    Files.createDirectories(dir.resolve("out"));

    int code = run("similarity", "--out", dir.resolve("out").toString());

    assertThat(code).isEqualTo(Cli.USAGE);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(problem())
        .startsWith("grader similarity: " + dir.resolve("out") + ": no result files in ");
    assertThat(dir.resolve("out/similarity")).doesNotExist();
  }

  @Test
  void aThresholdOver100_isRefused() {
    int code = run("similarity", "--out", dir.toString(), "--threshold", "150");

    assertThat(code).isEqualTo(Cli.USAGE);
    assertThat(problem())
        .isEqualTo(
            "grader similarity: Invalid value for option '--threshold': a percentage between 0 and 100");
  }

  @Test
  void aPercentSign_isAccepted() {
    assertThat(new SimilarityCommand.Percent().convert("45%")).isEqualTo(45.0);
    assertThat(new SimilarityCommand.Percent().convert(" 7.5 ")).isEqualTo(7.5);
  }

  @Test
  void zeroMinimumTokens_isRefused() {
    int code = run("similarity", "--out", dir.toString(), "--min-tokens", "0");

    assertThat(code).isEqualTo(Cli.USAGE);
    assertThat(problem())
        .isEqualTo(
            "grader similarity: Invalid value '0' for option '--min-tokens': between 1 and 10000");
  }
}
