package neurograde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import neurograde.export.SampleBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {

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
  void gradedFolder_getsGradebookAndCsv_withTheManualMarksApplied() throws IOException {
    SampleBatch.writeTo(dir);
    Files.writeString(dir.resolve("manual-marks.json"), "{\"alice\": {\"3a-iii\": 1.0}}");

    int code = run("export", "--out", dir.toString(), "--rubric", SampleBatch.RUBRIC);

    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString())
        .isEqualTo(
            "rubric: "
                + SampleBatch.RUBRIC
                + " (7.2 marks: 3.2 automatic, 4 manual)"
                + System.lineSeparator()
                + "exported 3 student(s) to "
                + dir.resolve("gradebook.xlsx")
                + " and "
                + dir.resolve("grades.csv")
                + "; 5 manual mark(s) pending"
                + System.lineSeparator());
    assertThat(dir.resolve("gradebook.xlsx")).isNotEmptyFile();
    assertThat(Files.readString(dir.resolve("grades.csv")))
        .isEqualTo(
            ""
                + "student,name,total,max,1a,3a-iii,4b,pending\r\n"
                + "alice,Alice Liddell,4.2,7.2,2,1,,1\r\n"
                + "bob,\"Bob, Jr.\",1.9,7.2,1,,,2\r\n"
                + "carol,,0,7.2,0,,,2\r\n");
  }

  @Test
  void lmsRoster_writesTheSystemsImportFile_andSaysWhoIsLeftOut() throws IOException {
    SampleBatch.writeTo(dir);

    int code =
        run(
            "export",
            "--out",
            dir.toString(),
            "--rubric",
            SampleBatch.RUBRIC,
            "--lms-roster",
            "src/test/resources/export/lms/canvas.csv",
            "--lms-item",
            "Assignment 1");

    assertThat(code).isZero();
    assertThat(out.toString().lines())
        .contains(
            "wrote "
                + dir.resolve("grades-canvas.csv")
                + " for Canvas: 2 student(s) in column \"Assignment 1: Modelling Neurons (4821)\","
                + " matched by SIS Login ID",
            "not in the Canvas export, left out: carol",
            "in the Canvas export without a result, left out: hatter",
            "warning: 2 student(s) still have manual marks pending; their totals in"
                + " grades-canvas.csv are the marks known so far");
  }

  @Test
  void unknownLms_isAUsageError() throws IOException {
    SampleBatch.writeTo(dir);

    int code = run("export", "--out", dir.toString(), "--lms", "blackboard");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .startsWith(
            "grader export: Invalid value 'blackboard' for option '--lms': give canvas, moodle or"
                + " brightspace");
  }

  @Test
  void folderWithoutResults_oneLineErrorAndExitCode2() {
    int code = run("export", "--out", dir.toString(), "--rubric", SampleBatch.RUBRIC);

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "grader export: "
                + dir
                + ": no result files in "
                + dir.resolve("results")
                + "; grade the submissions first (grader grade SUBMISSIONS --out "
                + dir
                + ")"
                + System.lineSeparator());
    assertThat(dir.resolve("gradebook.xlsx")).doesNotExist();
  }

  @Test
  void resultsOfAnotherRubric_oneLineErrorAndExitCode2() throws IOException {
    SampleBatch.writeTo(dir);

    int code = run("export", "--out", dir.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo(
            "grader export: "
                + dir.resolve("results/alice.json")
                + ": graded with another rubric (it has no item 1b); export with the rubric it was graded with (--rubric FILE),"
                + " or grade again with --regrade");
  }

  @Test
  void manualMarkAboveTheMaximum_oneLineErrorAndExitCode2() throws IOException {
    SampleBatch.writeTo(dir);
    Files.writeString(dir.resolve("manual-marks.json"), "{\"bob\": {\"4b\": 4}}");

    int code = run("export", "--out", dir.toString(), "--rubric", SampleBatch.RUBRIC);

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo(
            "grader export: "
                + dir.resolve("manual-marks.json")
                + ": bob.4b: 4 is above the maximum 3 of item 4b");
  }

  @Test
  void withoutOut_isAUsageError() {
    assertThat(run("export")).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required option: '--out=DIR'");
  }
}
