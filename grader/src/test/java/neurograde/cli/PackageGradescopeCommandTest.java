package neurograde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The package-gradescope command; the zip's content is tested in GradescopePackageTest. */
class PackageGradescopeCommandTest {

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
  void notRunningFromAJar_saysHowToBuildOne_exitCode2() throws URISyntaxException {
    Path classes =
        Path.of(GraderCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path zip = dir.resolve("autograder.zip");

    int code = run("package-gradescope", "--out", zip.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "grader package-gradescope: the grader is not running from a jar ("
                + classes
                + "); build it with mvn -q install -DskipTests first, then run java -jar grader/target/grader.jar package-gradescope"
                + System.lineSeparator());
    assertThat(zip).doesNotExist();
  }

  @Test
  void outThatIsNotAZip_isAUsageError() {
    Path tar = dir.resolve("autograder.tar");

    int code = run("package-gradescope", "--out", tar.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .startsWith(
            "grader package-gradescope: Invalid value '"
                + tar
                + "' for option '--out': Gradescope takes a zip; give a file name ending in .zip"
                + System.lineSeparator())
        .contains("Try 'grader package-gradescope --help'");
    assertThat(tar).doesNotExist();
  }

  @Test
  void outline_givesTheAutograderPointsAndOneManualQuestionPerManualPart() {
    String outline = PackageGradescopeCommand.outline(neurograde.export.SampleBatch.rubric());

    assertThat(outline.lines())
        .containsExactly(
            "in Gradescope, enable manual grading and set the outline: Autograder 3.2 points,"
                + " then a manual question for each of:",
            "  3a-iii Firing-rate plot: 1 point(s). One dot per input rate (20 dots).",
            "  4b Activation functions: 3 point(s). Plots over [-6, 6]; where each derivative"
                + " approaches 0.");
  }
}
