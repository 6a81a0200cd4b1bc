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

  private static final String RUBRIC_LINE =
      "rubric: " + SampleBatch.RUBRIC + " (7.2 marks: 3.2 automatic, 4 manual)";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path gradebook;

  private int run(String... args) {
    CommandLine cli = Cli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  /** Imports a gradebook into the batch, as a TA would. */
  private int importMarks(Path file) {
    return run(
        "import-marks", file.toString(), "--out", dir.toString(), "--rubric", SampleBatch.RUBRIC);
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
    fill(gradebook, cells);
  }

  /** Types into cells of sheet "Marks" of a gradebook file; an empty text deletes the cell. */
  private static void fill(Path gradebook, Map<String, Object> cells) throws IOException {
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
            } else if ("".equals(value)) {
              cell.setBlank();
            } else {
              cell.setCellValue((String) value);
            }
          });
      book.write(file);
    }
  }

  @Test
  void marksATaEntered_areMerged_resultsUpdated_andTheBatchExportedAgain() throws IOException {
    fill(Map.of("E3", 1.0, "G3", 2.5, "G4", 1.5, "J4", "Label your axes."));

    int code = importMarks(gradebook);

    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString())
        .isEqualTo(
            RUBRIC_LINE
                + System.lineSeparator()
                + "imported "
                + gradebook
                + ": 3 mark(s) entered or changed, 0 cleared, 1 comment(s) changed;"
                + " 2 result file(s) updated"
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
    assertThat(ResultFiles.read(dir.resolve("results/bob.json")).comment())
        .isEqualTo("Label your axes.");
    assertThat(Files.readString(dir.resolve("reports/bob.html"))).contains("Label your axes.");
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
    fill(Map.of("E3", 1.0));
    assertThat(importMarks(gradebook)).isZero();
    out.getBuffer().setLength(0);

    int code = importMarks(gradebook);

    assertThat(code).isZero();
    assertThat(out.toString())
        .startsWith(
            RUBRIC_LINE
                + System.lineSeparator()
                + "imported "
                + gradebook
                + ": 0 mark(s) entered or changed, 0 cleared, 0 comment(s) changed;"
                + " 0 result file(s) updated");
  }

  @Test
  void markAboveTheMaximum_oneLineNamingTheCell_exitCode2_andNothingChanged() throws IOException {
    fill(Map.of("G3", 2.0, "E4", 1.5));
    String bob = Files.readString(dir.resolve("results/bob.json"));

    int code = importMarks(gradebook);

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "grader import-marks: "
                + gradebook
                + ": Marks!E4: 1.5 is above the maximum 1 of item 3a-iii"
                + System.lineSeparator());
    assertThat(out.toString()).isEqualTo(RUBRIC_LINE + System.lineSeparator());
    assertThat(dir.resolve("manual-marks.json")).doesNotExist();
    assertThat(Files.readString(dir.resolve("results/bob.json"))).isEqualTo(bob);
  }

  @Test
  void textInsteadOfAMark_oneLineNamingTheCell_exitCode2() throws IOException {
    fill(Map.of("G5", "2,5"));

    int code = importMarks(gradebook);

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo(
            "grader import-marks: "
                + gradebook
                + ": Marks!G5: \"2,5\" is not a number; item 4b takes a mark between 0 and 3");
  }

  @Test
  void gradebookOfAnotherBatch_isRefused() throws IOException {
    Files.delete(dir.resolve("results/carol.json"));

    int code = importMarks(gradebook);

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo(
            "grader import-marks: "
                + gradebook
                + ": Marks!A5: student \"carol\" has no result in this batch");
  }

  @Test
  void clearingAMark_makesItPendingAgain_andAnOlderCopyCannotUndoIt() throws IOException {
    Path older = dir.resolve("older.xlsx");
    Files.copy(gradebook, older);
    fill(Map.of("E3", 1.0, "G3", 2.5));
    // The TA imports, then deletes alice's 3a-iii mark in the new gradebook and imports again.
    assertThat(importMarks(gradebook)).isZero();
    fill(Map.of("E3", ""));
    assertThat(importMarks(gradebook)).isZero();

    assertThat(ManualMarks.read(dir.resolve("manual-marks.json")).asMap())
        .isEqualTo(Map.of("alice", Map.of("4b", 2.5)));
    assertThat(ResultFiles.read(dir.resolve("results/alice.json")).item("3a-iii").pending())
        .isTrue();
    assertThat(out.toString())
        .contains("imported " + gradebook + ": 0 mark(s) entered or changed, 1 cleared,");

    // A copy exported before any mark: its empty cells are as they were, so they change nothing.
    fill(older, Map.of("G4", 1.0));
    assertThat(importMarks(older)).isZero();

    assertThat(ManualMarks.read(dir.resolve("manual-marks.json")).asMap())
        .isEqualTo(Map.of("alice", Map.of("4b", 2.5), "bob", Map.of("4b", 1.0)));
  }

  @Test
  void copyWhoseMarkWasChangedSince_replacesIt_andSaysSo() throws IOException {
    Path older = dir.resolve("older.xlsx");
    Files.copy(gradebook, older);
    fill(Map.of("E3", 1.0));
    assertThat(importMarks(gradebook)).isZero();
    fill(older, Map.of("E3", 0.5));
    out.getBuffer().setLength(0);

    assertThat(importMarks(older)).isZero();

    assertThat(out.toString())
        .contains(
            "replaced: alice 3a-iii: set to 0.5 (was 1, entered after this gradebook was written)");
    assertThat(ManualMarks.read(dir.resolve("manual-marks.json")).asMap())
        .isEqualTo(Map.of("alice", Map.of("3a-iii", 0.5)));
  }

  @Test
  void gradebookChangedButNotImported_isKeptAsideByTheNextExport_andCanStillBeImported()
      throws IOException {
    fill(Map.of("E4", 1.0, "J4", "Well done."));
    out.getBuffer().setLength(0);

    assertThat(run("export", "--out", dir.toString(), "--rubric", SampleBatch.RUBRIC)).isZero();

    Path aside = dir.resolve("gradebook-unimported-1.xlsx");
    assertThat(out.toString())
        .contains(
            "the gradebook there had changes that were not imported; it is kept as "
                + aside
                + ": import it with import-marks --out "
                + dir
                + " "
                + aside);
    assertThat(importMarks(aside)).isZero();
    assertThat(ManualMarks.read(dir.resolve("manual-marks.json")).asMap())
        .isEqualTo(Map.of("bob", Map.of("3a-iii", 1.0)));
    assertThat(ManualMarks.read(dir.resolve("manual-marks.json")).comments())
        .isEqualTo(Map.of("bob", "Well done."));
  }

  @Test
  void gradebookNobodyChanged_isReplacedWithoutACopy() throws IOException {
    assertThat(run("export", "--out", dir.toString(), "--rubric", SampleBatch.RUBRIC)).isZero();
    // Saved by a spreadsheet program without a change: different bytes, same marks.
    fill(Map.of("B3", "Alice Liddell"));
    assertThat(run("export", "--out", dir.toString(), "--rubric", SampleBatch.RUBRIC)).isZero();

    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .noneMatch(name -> name.contains("unimported"));
    }
  }

  @Test
  void openDocumentFile_oneLineSayingToSaveAsXlsx_exitCode2() throws IOException {
    Path ods = dir.resolve("gradebook.ods");
    Files.write(ods, new byte[] {'P', 'K', 3, 4});

    assertThat(importMarks(ods)).isEqualTo(2);
    assertThat(err.toString().strip())
        .startsWith(
            "grader import-marks: "
                + ods
                + ": an OpenDocument spreadsheet (.ods); the grader reads .xlsx only; open it in"
                + " your spreadsheet program and save it as an Excel workbook (.xlsx)");
  }

  @Test
  void missingGradebook_exitCode2() {
    Path none = dir.resolve("none.xlsx");

    assertThat(importMarks(none)).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("grader import-marks: " + none + ": no such file");
  }
}
