package neurograde.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import neurograde.Grading;
import neurograde.InputException;
import neurograde.rubric.RubricLoader;
import neurograde.score.ResultFiles;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradedFolderTest {

  @TempDir Path dir;

  /** Sets manual cells of a gradebook by address, as a TA would. */
  private static void fill(Path gradebook, Map<String, Double> cells) throws IOException {
    XSSFWorkbook book;
    try (InputStream in = Files.newInputStream(gradebook)) {
      book = new XSSFWorkbook(in);
    }
    try (book;
        OutputStream out = Files.newOutputStream(gradebook)) {
      cells.forEach(
          (address, mark) -> {
            var ref = new org.apache.poi.ss.util.CellReference(address);
            book.getSheet("Marks").getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(mark);
          });
      book.write(out);
    }
  }

  @Test
  void resultsFolder_isWhereTheGraderWritesResults() {
    assertThat(GradedFolder.RESULTS).isEqualTo(Grading.RESULTS);
  }

  @Test
  void open_readsTheResultsSortedByStudent() throws IOException {
    GradedFolder folder = GradedFolder.open(SampleBatch.writeTo(dir));

    assertThat(folder.results())
        .containsExactly(SampleBatch.alice(), SampleBatch.bob(), SampleBatch.carol());
    assertThat(folder.students()).containsExactly("alice", "bob", "carol");
  }

  @Test
  void open_folderWithoutResults_isRefused() {
    assertThatThrownBy(() -> GradedFolder.open(dir))
        .isInstanceOf(InputException.class)
        .hasMessage(
            dir
                + ": no result files in "
                + dir.resolve("results")
                + "; grade the submissions first (grader grade SUBMISSIONS --out "
                + dir
                + ")");
  }

  @Test
  void open_missingFolder_isRefused() {
    Path none = dir.resolve("none");

    assertThatThrownBy(() -> GradedFolder.open(none))
        .isInstanceOf(InputException.class)
        .hasMessage(none + ": no such folder");
  }

  @Test
  void open_resultFileThatDoesNotParse_isRefusedByName() throws IOException {
    SampleBatch.writeTo(dir);
    Files.writeString(dir.resolve("results/bob.json"), "{");

    assertThatThrownBy(() -> GradedFolder.open(dir))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(dir.resolve("results/bob.json") + ": not a result file");
  }

  @Test
  void export_appliesTheManualMarksFile_toTheGradebookAndCsv_butNotToTheResults()
      throws IOException {
    SampleBatch.writeTo(dir);
    Files.writeString(dir.resolve(ManualMarks.FILE), "{\"alice\": {\"3a-iii\": 1.0, \"4b\": 2.5}}");

    GradedFolder.Exported exported = GradedFolder.open(dir).export(SampleBatch.rubric());

    assertThat(exported)
        .isEqualTo(
            new GradedFolder.Exported(
                3, 4, dir.resolve("gradebook.xlsx"), dir.resolve("grades.csv"), Optional.empty()));
    assertThat(Files.readString(exported.grades()))
        .contains("alice,Alice Liddell,6.7,7.2,2,1,3.7,0\r\n");
    try (InputStream in = Files.newInputStream(exported.gradebook());
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      assertThat(book.getSheet("Marks").getRow(2).getCell(7).getNumericCellValue())
          .isCloseTo(6.7, within(Tolerance.MARKS));
    }
    assertThat(ResultFiles.read(dir.resolve("results/alice.json"))).isEqualTo(SampleBatch.alice());
  }

  @Test
  void export_withoutManualMarksFile_exportsTheResultsAsTheyAre() throws IOException {
    SampleBatch.writeTo(dir);

    GradedFolder.Exported exported = GradedFolder.open(dir).export(SampleBatch.rubric());

    assertThat(exported.pending()).isEqualTo(6);
    assertThat(Files.readString(exported.grades()))
        .contains("alice,Alice Liddell,3.2,7.2,2,,,2\r\n");
  }

  @Test
  void export_resultsGradedWithAnotherRubric_isRefused() throws IOException {
    SampleBatch.writeTo(dir);

    assertThatThrownBy(() -> GradedFolder.open(dir).export(RubricLoader.bundled()))
        .isInstanceOf(InputException.class)
        .hasMessage(
            dir.resolve("results/alice.json")
                + ": graded with another rubric (it has no item 1b);"
                + " export with the rubric it was graded with (--rubric FILE), or grade again with --regrade");
    assertThat(dir.resolve("gradebook.xlsx")).doesNotExist();
  }

  @Test
  void export_resultWhoseItemIsMarkedDifferently_isRefused() throws IOException {
    SampleBatch.writeTo(dir);
    Path rubric = dir.resolve("rubric.yaml");
    Files.writeString(
        rubric,
        Files.readString(Path.of(SampleBatch.RUBRIC))
            .replace("marks: 4.2", "marks: 5.2")
            .replace("      marks: 3\n", "      marks: 4\n"));

    assertThatThrownBy(() -> GradedFolder.open(dir).export(RubricLoader.read(rubric)))
        .isInstanceOf(InputException.class)
        .hasMessage(
            dir.resolve("results/alice.json")
                + ": graded with another rubric (its item 4b is mixed out of 4.2 (manual 3),"
                + " the rubric's is mixed out of 5.2 (manual 4)); export with the rubric it was graded with (--rubric FILE),"
                + " or grade again with --regrade");
  }

  @Test
  void importMarks_mergesThemIntoTheMarksFile_rewritesChangedResults_andExportsAgain()
      throws IOException {
    SampleBatch.writeTo(dir);
    Files.writeString(dir.resolve(ManualMarks.FILE), "{\"bob\": {\"3a-iii\": 0.5, \"4b\": 1.0}}");
    GradedFolder.open(dir).export(SampleBatch.rubric());
    fill(dir.resolve("gradebook.xlsx"), Map.of("E3", 1.0, "G3", 2.5, "G4", 2.0));

    GradedFolder.Imported imported =
        GradedFolder.open(dir).importMarks(dir.resolve("gradebook.xlsx"), SampleBatch.rubric());

    assertThat(imported.entered()).isEqualTo(3);
    assertThat(imported.cleared()).isZero();
    assertThat(imported.tracked()).isTrue();
    assertThat(imported.replaced()).isEmpty();
    assertThat(imported.resultsUpdated()).isEqualTo(2);
    assertThat(imported.exported().pending()).isEqualTo(2);
    assertThat(ManualMarks.read(dir.resolve(ManualMarks.FILE)).asMap())
        .isEqualTo(
            Map.of(
                "alice",
                Map.of("3a-iii", 1.0, "4b", 2.5),
                "bob",
                Map.of("3a-iii", 0.5, "4b", 2.0)));
    assertThat(ResultFiles.read(dir.resolve("results/alice.json")).score())
        .isCloseTo(6.7, within(Tolerance.MARKS));
    assertThat(ResultFiles.read(dir.resolve("results/bob.json")).score())
        .isCloseTo(4.4, within(Tolerance.MARKS));
    assertThat(ResultFiles.read(dir.resolve("results/carol.json"))).isEqualTo(SampleBatch.carol());
    assertThat(Files.readString(dir.resolve("grades.csv")))
        .contains(
            "alice,Alice Liddell,6.7,7.2,2,1,3.7,0\r\n",
            "bob,\"Bob, Jr.\",4.4,7.2,1,0.5,2.9,0\r\n");
  }

  @Test
  void importMarks_refusedMark_changesNothing() throws IOException {
    SampleBatch.writeTo(dir);
    GradedFolder.open(dir).export(SampleBatch.rubric());
    fill(dir.resolve("gradebook.xlsx"), Map.of("E3", 1.0, "G4", 3.5));
    String alice = Files.readString(dir.resolve("results/alice.json"));

    assertThatThrownBy(
            () ->
                GradedFolder.open(dir)
                    .importMarks(dir.resolve("gradebook.xlsx"), SampleBatch.rubric()))
        .isInstanceOf(InputException.class)
        .hasMessage(
            dir.resolve("gradebook.xlsx") + ": Marks!G4: 3.5 is above the maximum 3 of item 4b");
    assertThat(dir.resolve(ManualMarks.FILE)).doesNotExist();
    assertThat(Files.readString(dir.resolve("results/alice.json"))).isEqualTo(alice);
  }

  @Test
  void importMarks_whenTheGradebookCannotBeWrittenAgain_saysTheMarksWereImported()
      throws IOException {
    SampleBatch.writeTo(dir);
    Path gradebook = GradedFolder.open(dir).export(SampleBatch.rubric()).gradebook();
    Path copy = dir.resolve("copy.xlsx");
    Files.copy(gradebook, copy);
    fill(copy, Map.of("E3", 1.0));
    // Something in the way of the new gradebook (on Windows: the file open in Excel).
    Files.delete(gradebook);
    Files.createDirectories(gradebook.resolve("in-the-way"));

    assertThatThrownBy(() -> GradedFolder.open(dir).importMarks(copy, SampleBatch.rubric()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(
            "the marks were imported into "
                + dir.resolve(ManualMarks.FILE)
                + " and the results, but "
                + gradebook
                + ": cannot write (is it open in a spreadsheet program?)")
        .hasMessageEndingWith("; close it and run export --out " + dir);
    assertThat(ManualMarks.read(dir.resolve(ManualMarks.FILE)).asMap())
        .isEqualTo(Map.of("alice", Map.of("3a-iii", 1.0)));
  }
}
