package neurograde.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import neurograde.export.ManualMarks;
import neurograde.export.SampleBatch;
import neurograde.score.ResultFiles;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportMarksCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path gradebook;

  private int run(String... args) {
    CommandLine cli = Cli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @BeforeEach
  void exportTheBatch() throws IOException {
    SampleBatch.writeTo(dir);
    assertThat(run("export", "--out", dir.toString(), "--rubric", SampleBatch.RUBRIC)).isZero();
    out.getBuffer().setLength(0);
    gradebook = dir.resolve("gradebook.xlsx");
  }

  /** Types marks into cells of sheet "Marks", as a TA would, and saves the gradebook. */
  private void fill(Map<String, Object> cells) throws IOException {
    XSSFWorkbook book;
    try (InputStream in = Files.newInputStream(gradebook)) {
      book = new XSSFWorkbook(in);
    }
    try (book;
        OutputStream file = Files.newOutputStream(gradebook)) {
      cells.forEach(
          (address, value) -> {
            CellReference ref = new CellReference(address);
            var row = book.getSheet("Marks").getRow(ref.getRow());
            var cell =
                row.getCell(ref.getCol()) == null
                    ? row.createCell(ref.getCol())
                    : row.getCell(ref.getCol());
            if (value instanceof Double mark) {
              cell.setCellValue(mark);
            } else {
              cell.setCellValue((String) value);
            }
          });
      book.write(file);
    }
  }

  @Test
  void marksATaEntered_areMerged_resultsUpdated_andTheBatchExportedAgain() throws IOException {
    fill(Map.of("D3", 1.0, "F3", 2.5, "F4", 1.5));

    int code =
        run(
            "import-marks",
            gradebook.toString(),
            "--out",
            dir.toString(),
            "--rubric",
            SampleBatch.RUBRIC);

    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString())
        .isEqualTo(
            "imported 3 manual mark(s) for 2 student(s) from "
                + gradebook
                + "; 2 result file(s) updated"
                + System.lineSeparator()
                + "exported 3 student(s) to "
                + gradebook
                + " and "
                + dir.resolve("grades.csv")
                + "; 3 manual mark(s) pending"
                + System.lineSeparator()
                + "reports updated: "
                + dir.resolve("index.html")
                + System.lineSeparator());
    assertThat(ManualMarks.read(dir.resolve("manual-marks.json")).asMap())
        .isEqualTo(Map.of("alice", Map.of("3a-iii", 1.0, "4b", 2.5), "bob", Map.of("4b", 1.5)));
    assertThat(ResultFiles.read(dir.resolve("results/alice.json")).score())
        .isCloseTo(6.7, within(1e-9));
    assertThat(ResultFiles.read(dir.resolve("results/alice.json")).item("4b").manualScore())
        .isCloseTo(2.5, within(1e-9));
    assertThat(Files.readString(dir.resolve("grades.csv")))
        .isEqualTo(
            ""
                + "student,name,total,max,1a,3a-iii,4b,pending\r\n"
                + "alice,Alice Liddell,6.7,7.2,2,1,3.7,0\r\n"
                + "bob,\"Bob, Jr.\",3.4,7.2,1,,2.4,1\r\n"
                + "carol,,0,7.2,0,,,2\r\n");
  }

  @Test
  void importingTheSameGradebookAgain_changesNoResult() throws IOException {
    fill(Map.of("D3", 1.0));
    assertThat(
            run(
                "import-marks",
                gradebook.toString(),
                "--out",
                dir.toString(),
                "--rubric",
                SampleBatch.RUBRIC))
        .isZero();
    out.getBuffer().setLength(0);

    int code =
        run(
            "import-marks",
            gradebook.toString(),
            "--out",
            dir.toString(),
            "--rubric",
            SampleBatch.RUBRIC);

    assertThat(code).isZero();
    assertThat(out.toString())
        .startsWith(
            "imported 1 manual mark(s) for 1 student(s) from "
                + gradebook
                + "; 0 result file(s) updated");
  }

  @Test
  void markAboveTheMaximum_oneLineNamingTheCell_exitCode2_andNothingChanged() throws IOException {
    fill(Map.of("F3", 2.0, "D4", 1.5));
    String bob = Files.readString(dir.resolve("results/bob.json"));

    int code =
        run(
            "import-marks",
            gradebook.toString(),
            "--out",
            dir.toString(),
            "--rubric",
            SampleBatch.RUBRIC);

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "grader import-marks: "
                + gradebook
                + ": Marks!D4: 1.5 is above the maximum 1 of item 3a-iii"
                + System.lineSeparator());
    assertThat(out.toString()).isEmpty();
    assertThat(dir.resolve("manual-marks.json")).doesNotExist();
    assertThat(Files.readString(dir.resolve("results/bob.json"))).isEqualTo(bob);
  }

  @Test
  void textInsteadOfAMark_oneLineNamingTheCell_exitCode2() throws IOException {
    fill(Map.of("F5", "2,5"));

    int code =
        run(
            "import-marks",
            gradebook.toString(),
            "--out",
            dir.toString(),
            "--rubric",
            SampleBatch.RUBRIC);

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo(
            "grader import-marks: "
                + gradebook
                + ": Marks!F5: \"2,5\" is not a number; item 4b takes a mark between 0 and 3");
  }

  @Test
  void gradebookOfAnotherBatch_isRefused() throws IOException {
    Files.delete(dir.resolve("results/carol.json"));

    int code =
        run(
            "import-marks",
            gradebook.toString(),
            "--out",
            dir.toString(),
            "--rubric",
            SampleBatch.RUBRIC);

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo(
            "grader import-marks: "
                + gradebook
                + ": Marks!A5: student \"carol\" has no result in this batch");
  }

  @Test
  void missingGradebook_exitCode2() {
    Path none = dir.resolve("none.xlsx");

    assertThat(
            run(
                "import-marks",
                none.toString(),
                "--out",
                dir.toString(),
                "--rubric",
                SampleBatch.RUBRIC))
        .isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("grader import-marks: " + none + ": no such file");
  }
}
