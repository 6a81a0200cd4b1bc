package neurograde.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import neurograde.InputException;
import neurograde.score.SubmissionResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradebookImportTest {

  private static final double TOLERANCE = Tolerance.MARKS;
  private static final Set<String> BATCH = Set.of("alice", "bob", "carol");

  @TempDir Path dir;

  private Path gradebook;

  @BeforeEach
  void writeGradebook() throws IOException {
    gradebook = dir.resolve(Gradebook.FILE);
    Gradebook.write(gradebook, SampleBatch.rubric(), SampleBatch.all());
  }

  /**
   * Types into cells of sheet "Marks" as a TA would: a number, a text, or a formula starting with
   * "=".
   */
  private void fill(Map<String, Object> cells) throws IOException {
    XSSFWorkbook book;
    try (InputStream in = Files.newInputStream(gradebook)) {
      book = new XSSFWorkbook(in);
    }
    try (book;
        OutputStream out = Files.newOutputStream(gradebook)) {
      Sheet marks = book.getSheet("Marks");
      for (Map.Entry<String, Object> entry : cells.entrySet()) {
        CellReference ref = new CellReference(entry.getKey());
        Row row =
            marks.getRow(ref.getRow()) == null
                ? marks.createRow(ref.getRow())
                : marks.getRow(ref.getRow());
        Cell cell =
            row.getCell(ref.getCol()) == null
                ? row.createCell(ref.getCol())
                : row.getCell(ref.getCol());
        if (entry.getValue() instanceof Double number) {
          cell.setCellValue(number);
        } else if (entry.getValue() instanceof String text && text.startsWith("=")) {
          cell.setCellFormula(text.substring(1));
        } else {
          cell.setCellValue((String) entry.getValue());
        }
      }
      book.write(out);
    }
  }

  private GradebookEdits edits() {
    return GradebookImport.read(gradebook, SampleBatch.rubric(), BATCH);
  }

  /** The marks entered, by student and item (cleared marks left out). */
  private Map<String, Map<String, Double>> read() {
    Map<String, Map<String, Double>> marks = new TreeMap<>();
    for (GradebookEdits.MarkEdit edit : edits().marks()) {
      if (edit.mark() != null) {
        marks.computeIfAbsent(edit.student(), s -> new TreeMap<>()).put(edit.item(), edit.mark());
      }
    }
    return marks;
  }

  /** Writes the gradebook of a class whose manual marks and comments were already entered. */
  private void writeGradebookWith(ManualMarks marks) throws IOException {
    Gradebook.write(
        gradebook, SampleBatch.rubric(), SampleBatch.all().stream().map(marks::applyTo).toList());
  }

  @Test
  void roundTrip_marksATaEntered_completeTheTotalsAsTheSpreadsheetDoes() throws IOException {
    fill(Map.of("E3", 1.0, "G3", 2.5, "G4", 1.5));

    Map<String, Map<String, Double>> marks = read();
    List<SubmissionResult> results =
        SampleBatch.all().stream().map(ManualMarks.of(marks)::applyTo).toList();

    assertThat(marks)
        .isEqualTo(Map.of("alice", Map.of("3a-iii", 1.0, "4b", 2.5), "bob", Map.of("4b", 1.5)));
    assertThat(results)
        .extracting(SubmissionResult::score)
        .usingElementComparator(Tolerance.VALUES)
        .containsExactly(6.7, 3.4, 0.0);
    assertThat(results.get(0).item("4b").score()).isCloseTo(3.7, within(TOLERANCE));
    assertThat(results.get(1).item("3a-iii").pending()).isTrue();
    try (InputStream in = Files.newInputStream(gradebook);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      var evaluator = book.getCreationHelper().createFormulaEvaluator();
      for (int r = 2; r <= 4; r++) {
        Cell total = book.getSheet("Marks").getRow(r).getCell(7);
        assertThat(evaluator.evaluate(total).getNumberValue())
            .isCloseTo(results.get(r - 2).score(), within(TOLERANCE));
      }
    }
  }

  @Test
  void emptyCells_meanNotMarkedYet_andTheMaxRowIsSkipped() {
    assertThat(edits().isEmpty()).isTrue();
    assertThat(edits().tracked()).isTrue();
  }

  @Test
  void blankTextAndFormulas_areReadAsATaMeansThem() throws IOException {
    fill(Map.of("E3", "  ", "G3", "=0.5+0.25"));

    assertThat(read()).isEqualTo(Map.of("alice", Map.of("4b", 0.75)));
  }

  @Test
  void markAboveTheMaximum_isRefusedWithItsCell() throws IOException {
    fill(Map.of("E3", 1.5));

    assertThatThrownBy(this::read)
        .isInstanceOf(InputException.class)
        .hasMessage(gradebook + ": Marks!E3: 1.5 is above the maximum 1 of item 3a-iii");
  }

  @Test
  void negativeMark_isRefusedWithItsCell() throws IOException {
    fill(Map.of("G4", -1.0));

    assertThatThrownBy(this::read)
        .isInstanceOf(InputException.class)
        .hasMessage(gradebook + ": Marks!G4: -1 is negative; item 4b takes a mark between 0 and 3");
  }

  @Test
  void textThatIsNotANumber_isRefusedWithItsCell() throws IOException {
    fill(Map.of("E5", "one"));

    assertThatThrownBy(this::read)
        .isInstanceOf(InputException.class)
        .hasMessage(
            gradebook
                + ": Marks!E5: \"one\" is not a number; item 3a-iii takes a mark between 0 and 1");
  }

  @Test
  void formulaThatIsAnError_isRefusedWithItsCell() throws IOException {
    fill(Map.of("G5", "=1/0"));

    assertThatThrownBy(this::read)
        .isInstanceOf(InputException.class)
        .hasMessage(
            gradebook
                + ": Marks!G5: #DIV/0! is not a number; item 4b takes a mark between 0 and 3");
  }

  @Test
  void anIdThatReadsLikeAnEscapedCharacter_keepsItsMarks() throws IOException {
    // a spreadsheet reads "_x0041_" as "A": unescaped, bob_x0041_'s marks would go to "bobA"
    SubmissionResult odd = SampleBatch.bob("bob_x0041_");
    Gradebook.write(
        gradebook, SampleBatch.rubric(), List.of(SampleBatch.alice(), odd, SampleBatch.carol()));
    fill(Map.of("G4", 1.5));

    assertThat(
            GradebookImport.read(
                    gradebook, SampleBatch.rubric(), Set.of("alice", "bob_x0041_", "carol"))
                .marks())
        .extracting(
            GradebookEdits.MarkEdit::student,
            GradebookEdits.MarkEdit::item,
            GradebookEdits.MarkEdit::mark)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("bob_x0041_", "4b", 1.5));
  }

  @Test
  void studentNotInTheBatch_isRefusedWithItsCell() throws IOException {
    fill(Map.of("A6", "zoe"));

    assertThatThrownBy(this::read)
        .isInstanceOf(InputException.class)
        .hasMessage(gradebook + ": Marks!A6: student \"zoe\" has no result in this batch");
  }

  @Test
  void studentNotInTheBatch_isReportedBeforeTheMarksOfTheRow() throws IOException {
    fill(Map.of("A6", "zoe", "E6", 7.0));

    assertThatThrownBy(this::read)
        .isInstanceOf(InputException.class)
        .hasMessage(gradebook + ": Marks!A6: student \"zoe\" has no result in this batch");
  }

  @Test
  void studentTwice_isRefused() throws IOException {
    fill(Map.of("A6", "alice"));

    assertThatThrownBy(this::read)
        .isInstanceOf(InputException.class)
        .hasMessage(gradebook + ": Marks!A6: student \"alice\" appears twice (also on row 3)");
  }

  @Test
  void marksInARowWithoutStudent_areRefused() throws IOException {
    fill(Map.of("E7", 1.0));

    assertThatThrownBy(this::read)
        .isInstanceOf(InputException.class)
        .hasMessage(gradebook + ": Marks!A7: a row with marks or a comment but no student id");
  }

  @Test
  void manualColumnTheRubricDoesNotHave_isRefused() throws IOException {
    Map<String, Object> cells = new LinkedHashMap<>();
    cells.put("K1", "1a manual");
    fill(cells);

    assertThatThrownBy(this::read)
        .isInstanceOf(InputException.class)
        .hasMessage(
            gradebook
                + ": Marks!K1: column \"1a manual\" is not the manual part of an item of the rubric");
  }

  @Test
  void columnsAreFoundByHeader_notByPosition() throws IOException {
    // A TA moved the 3a-iii marks to a new column and emptied the old one.
    fill(Map.of("E1", "notes", "K1", "3a-iii manual", "K4", 0.5));

    assertThat(read()).isEqualTo(Map.of("bob", Map.of("3a-iii", 0.5)));
  }

  @Test
  void clearedCell_isAnEditThatClearsTheMark_andUnchangedCellsAreNone() throws IOException {
    writeGradebookWith(
        ManualMarks.of(
            Map.of("alice", Map.of("3a-iii", 1.0, "4b", 2.0), "bob", Map.of("4b", 1.0))));
    // alice's 3a-iii deleted, her 4b left as it was; bob's 4b changed.
    fill(Map.of("E3", "", "G4", 2.5));

    assertThat(edits().marks())
        .containsExactly(
            new GradebookEdits.MarkEdit("alice", "3a-iii", null, 1.0, "Marks!E3"),
            new GradebookEdits.MarkEdit("bob", "4b", 2.5, 1.0, "Marks!G4"));
  }

  @Test
  void markChangedBackToWhatItWas_isNoEdit() throws IOException {
    writeGradebookWith(ManualMarks.of(Map.of("alice", Map.of("3a-iii", 1.0))));
    fill(Map.of("E3", "=0.5*2"));

    assertThat(edits().isEmpty()).isTrue();
  }

  @Test
  void comments_areReadFromTheCommentColumn_withTheirLineBreaks() throws IOException {
    writeGradebookWith(ManualMarks.of(Map.of(), Map.of("bob", "Old note.")));
    fill(Map.of("J3", "Clear plots.\r\nLabel the axes. ", "J4", ""));

    assertThat(edits().comments())
        .containsExactly(
            new GradebookEdits.CommentEdit("alice", "Clear plots.\nLabel the axes.", ""),
            new GradebookEdits.CommentEdit("bob", null, "Old note."));
  }

  @Test
  void commentInARowWithoutStudent_isRefused() throws IOException {
    fill(Map.of("J7", "Well done"));

    assertThatThrownBy(this::read)
        .isInstanceOf(InputException.class)
        .hasMessage(gradebook + ": Marks!A7: a row with marks or a comment but no student id");
  }

  @Test
  void gradebookOfAnOlderGrader_withoutTheExportedSheet_readsNumbersAndIgnoresEmptyCells()
      throws IOException {
    writeGradebookWith(ManualMarks.of(Map.of("alice", Map.of("3a-iii", 1.0))));
    XSSFWorkbook book;
    try (InputStream in = Files.newInputStream(gradebook)) {
      book = new XSSFWorkbook(in);
    }
    try (book;
        OutputStream out = Files.newOutputStream(gradebook)) {
      book.removeSheetAt(book.getSheetIndex(ExportedSheet.NAME));
      book.write(out);
    }
    fill(Map.of("E3", "", "G4", 1.5));

    GradebookEdits edits = edits();

    assertThat(edits.tracked()).isFalse();
    assertThat(edits.marks())
        .containsExactly(new GradebookEdits.MarkEdit("bob", "4b", 1.5, null, "Marks!G4"));
  }

  @Test
  void rowsSortedByTheTa_areReadByStudentId() throws IOException {
    writeGradebookWith(ManualMarks.of(Map.of("alice", Map.of("3a-iii", 1.0))));
    // carol's row moved to the top, alice's to the bottom: their ids and marks swapped places.
    fill(Map.of("A3", "carol", "B3", "", "E3", "", "A5", "alice", "E5", 1.0));

    assertThat(edits().isEmpty()).isTrue();
  }

  @Test
  void openDocumentSpreadsheet_isRefusedSayingHowToSaveItAsXlsx() throws IOException {
    Path ods = dir.resolve("gradebook.ods");
    Files.writeString(ods, "not really");

    assertThatThrownBy(() -> GradebookImport.read(ods, SampleBatch.rubric(), BATCH))
        .isInstanceOf(InputException.class)
        .hasMessage(
            ods
                + ": an OpenDocument spreadsheet (.ods); the grader reads .xlsx only; open it in"
                + " your spreadsheet program and save it as an Excel workbook (.xlsx) (in"
                + " LibreOffice: File > Save As, file type \"Excel 2007-365 (.xlsx)\", and \"Use"
                + " Excel 2007-365!\" when asked), then import the .xlsx file");
  }

  @Test
  void sheetWithoutMarks_isRefused() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(gradebook)) {
      book.createSheet("Sheet1");
      book.write(out);
    }

    assertThatThrownBy(this::read)
        .isInstanceOf(InputException.class)
        .hasMessage(
            gradebook + ": no sheet \"Marks\"; is it a gradebook written by the export command?");
  }

  @Test
  void fileThatIsNotASpreadsheet_isRefused() throws IOException {
    Files.writeString(gradebook, "student,3a-iii\nalice,1\n");

    assertThatThrownBy(this::read)
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(gradebook + ": not a readable XLSX gradebook: ");
  }

  @Test
  void missingFile_isRefused() {
    Path none = dir.resolve("none.xlsx");

    assertThatThrownBy(() -> GradebookImport.read(none, SampleBatch.rubric(), BATCH))
        .isInstanceOf(InputException.class)
        .hasMessage(none + ": no such file");
  }
}
