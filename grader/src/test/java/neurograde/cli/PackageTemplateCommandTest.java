package neurograde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PackageTemplateCommandTest {

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
  void templateFolder_isZippedIntoAFolderNamedAfterTheZip() {
    Path zip = dir.resolve("a1-template.zip");

    int code =
        run("package-template", "--template", "../student-template", "--out", zip.toString());

    assertThat(code).isZero();
    assertThat(out.toString())
        .startsWith("template: ../student-template (")
        .contains(
            "wrote " + zip + ": students unzip it into a1-template/ and follow its README.md");
    assertThat(zip).isNotEmptyFile();
  }

  @Test
  void outThatIsNotAZip_isAUsageError() {
    Path tar = dir.resolve("template.tar");

    int code = run("package-template", "--out", tar.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .startsWith(
            "grader package-template: Invalid value '"
                + tar
                + "' for option '--out': give a file name ending in .zip");
    assertThat(tar).doesNotExist();
  }

  @Test
  void folderThatIsNotATemplate_isOneLine_exitCode2() {
    int code =
        run(
            "package-template",
            "--template",
            dir.toString(),
            "--out",
            dir.resolve("t.zip").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo(
            "grader package-template: " + dir + ": not a student template (no pom.xml in it)");
  }
}
