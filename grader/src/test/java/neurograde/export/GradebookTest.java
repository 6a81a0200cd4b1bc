package neurograde.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import neurograde.report.Reports;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricLoader;
import neurograde.score.Scorer;
import neurograde.score.Scorer.Outcome;
import neurograde.score.SubmissionResult;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradebookTest {

  private static final double TOLERANCE = Tolerance.MARKS;

  @TempDir Path dir;

  /** Writes a gradebook and opens it again, as a TA's spreadsheet program would. */
  private XSSFWorkbook written(Rubric rubric, List<SubmissionResult> results) throws IOException {
    Path file = dir.resolve(Gradebook.FILE);
    Gradebook.write(file, rubric, results);
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private XSSFWorkbook sample() throws IOException {
    return written(
        SampleBatch.rubric(), List.of(SampleBatch.carol(), SampleBatch.alice(), SampleBatch.bob()));
  }

  /**
   * Asserts a row's first cells: text, numbers (to within the tolerance), null for empty,
   * "=FORMULA".
   */
  private static void assertRow(Row row, Object... expected) {
    assertThat(values(row, expected.length))
        .usingElementComparator(Tolerance.VALUES)
        .containsExactly(expected);
  }

  /** Returns a row's values: text, a number, null for an empty cell, or "=FORMULA". */
  private static List<Object> values(Row row, int columns) {
    List<Object> values = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      Cell cell = row.getCell(c);
      if (cell == null || cell.getCellType() == CellType.BLANK) {
        values.add(null);
      } else if (cell.getCellType() == CellType.NUMERIC) {
        values.add(cell.getNumericCellValue());
      } else if (cell.getCellType() == CellType.FORMULA) {
        values.add("=" + cell.getCellFormula());
      } else {
        values.add(cell.getStringCellValue());
      }
    }
    return values;
  }

  @Nested
  class MarksSheet_ {

    @Test
    void header_hasOneColumnPerAutoItem_twoPerMixedItem_andOnePerManualItem() throws IOException {
      try (XSSFWorkbook book = sample()) {
        Sheet marks = book.getSheet("Marks");

        assertRow(
            marks.getRow(0),
            "Student",
            "Name",
            "Report",
            "1a\nLIFNeuron.slope",
            "3a-iii manual\nFiring-rate plot: One dot per input rate (20 dots).",
            "4b\nauto",
            "4b manual\nActivation functions: Plots over [-6, 6]; where each derivative approaches 0.",
            "Total",
            "Pending",
            "Comment\nTo the student, shown in their report");
        assertThat(book.getSheetIndex("Marks")).isZero();
      }
    }

    @Test
    void maxRow_givesEachColumnsMaximumAndTheTotal() throws IOException {
      try (XSSFWorkbook book = sample()) {
        Row max = book.getSheet("Marks").getRow(1);

        assertRow(max, "Max", null, null, 2.0, 1.0, 1.2, 3.0, 7.2, null, null);
      }
    }

    @Test
    void studentRows_sortedById_withAutoMarksAsNumbers_andManualCellsEmpty() throws IOException {
      try (XSSFWorkbook book = sample()) {
        Sheet marks = book.getSheet("Marks");

        assertRow(
            marks.getRow(2),
            "alice",
            "Alice Liddell",
            "open",
            2.0,
            null,
            1.2,
            null,
            "=SUM(D3:G3)",
            "=COUNTBLANK(E3)+COUNTBLANK(G3)",
            null);
        assertRow(marks.getRow(3), "bob", "Bob, Jr.", "open", 1.0, null, 0.9, null);
        assertRow(marks.getRow(4), "carol", null, "open", 0.0, null, 0.0, null);
        assertThat(marks.getLastRowNum()).isEqualTo(4);
      }
    }

    @Test
    void totalsAndPending_areFormulasThatEvaluateToTheMarks() throws IOException {
      try (XSSFWorkbook book = sample()) {
        Sheet marks = book.getSheet("Marks");
        FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
        double[] totals = {3.2, 1.9, 0};

        for (int r = 2; r <= 4; r++) {
          Cell total = marks.getRow(r).getCell(7);
          Cell pending = marks.getRow(r).getCell(8);
          assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
          assertThat(pending.getCellType()).isEqualTo(CellType.FORMULA);
          assertThat(evaluator.evaluate(total).getNumberValue())
              .isCloseTo(totals[r - 2], within(TOLERANCE));
          assertThat(total.getNumericCellValue())
              .as("cached value")
              .isCloseTo(totals[r - 2], within(TOLERANCE));
          assertThat(evaluator.evaluate(pending).getNumberValue()).isCloseTo(2, within(TOLERANCE));
        }
        assertThat(book.getForceFormulaRecalculation()).isTrue();
      }
    }

    @Test
    void knownManualMarks_areFilledIn_andCountInTheTotal() throws IOException {
      ManualMarks marks = ManualMarks.of(Map.of("alice", Map.of("3a-iii", 1.0, "4b", 2.5)));
      List<SubmissionResult> results = SampleBatch.all().stream().map(marks::applyTo).toList();

      try (XSSFWorkbook book = written(SampleBatch.rubric(), results)) {
        Row alice = book.getSheet("Marks").getRow(2);
        FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();

        assertRow(alice, "alice", "Alice Liddell", "open", 2.0, 1.0, 1.2, 2.5);
        assertThat(evaluator.evaluate(alice.getCell(7)).getNumberValue())
            .isCloseTo(6.7, within(TOLERANCE));
        assertThat(evaluator.evaluate(alice.getCell(8)).getNumberValue())
            .isCloseTo(0, within(TOLERANCE));
      }
    }

    @Test
    void emptyManualCells_areLightYellowToFillIn() throws IOException {
      try (XSSFWorkbook book = sample()) {
        Row bob = book.getSheet("Marks").getRow(3);

        for (int c : new int[] {4, 6}) {
          assertThat(bob.getCell(c).getCellStyle().getFillForegroundColor())
              .isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
          assertThat(bob.getCell(c).getCellStyle().getFillPattern())
              .isEqualTo(FillPatternType.SOLID_FOREGROUND);
        }
        assertThat(bob.getCell(3).getCellStyle().getFillPattern())
            .isEqualTo(FillPatternType.NO_FILL);
      }
    }

    @Test
    void headerRowsAndIdColumns_areFrozen() throws IOException {
      try (XSSFWorkbook book = sample()) {
        PaneInformation pane = book.getSheet("Marks").getPaneInformation();

        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getVerticalSplitLeftColumn()).isEqualTo((short) 3);
        assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 2);
      }
    }

    @Test
    void manualCells_acceptOnlyADecimalBetweenZeroAndTheColumnsMaximum() throws IOException {
      try (XSSFWorkbook book = sample()) {
        List<XSSFDataValidation> validations = book.getSheet("Marks").getDataValidations();

        assertThat(validations).hasSize(2);
        assertThat(validations)
            .extracting(v -> v.getRegions().getCellRangeAddress(0).formatAsString())
            .containsExactlyInAnyOrder("E3:E5", "G3:G5");
        for (XSSFDataValidation validation : validations) {
          DataValidationConstraint constraint = validation.getValidationConstraint();
          boolean plot = validation.getRegions().getCellRangeAddress(0).getFirstColumn() == 4;
          assertThat(constraint.getValidationType())
              .isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
          assertThat(constraint.getOperator())
              .isEqualTo(DataValidationConstraint.OperatorType.BETWEEN);
          assertThat(constraint.getFormula1()).isEqualTo("0");
          assertThat(constraint.getFormula2()).isEqualTo(plot ? "1" : "3");
          assertThat(validation.getShowErrorBox()).isTrue();
          assertThat(validation.getEmptyCellAllowed()).isTrue();
        }
      }
    }

    @Test
    void reportColumn_linksToEachStudentsReport_relativeToTheGradebook() throws IOException {
      SubmissionResult spaced = SampleBatch.bob().withName(null);
      SubmissionResult odd =
          new SubmissionResult(
              "zoë o'neil",
              null,
              0,
              7.2,
              spaced.items(),
              spaced.checks(),
              List.of(),
              List.of(),
              spaced.timings());

      try (XSSFWorkbook book = written(SampleBatch.rubric(), List.of(SampleBatch.alice(), odd))) {
        Sheet marks = book.getSheet("Marks");

        assertThat(marks.getRow(2).getCell(2).getHyperlink().getAddress())
            .isEqualTo("reports/alice.html");
        assertThat(marks.getRow(3).getCell(2).getHyperlink().getAddress())
            .isEqualTo("reports/zo%C3%AB%20o'neil.html");
        assertThat(marks.getRow(2).getCell(2).getHyperlink().getType())
            .isEqualTo(HyperlinkType.FILE);
      }
    }

    @Test
    void reportLinks_pointWhereTheReportsAreWritten() {
      assertThat(ReportLink.FOLDER).isEqualTo(Reports.FOLDER);
    }

    @Test
    void anIdWithHalfASurrogatePair_stillGetsAGradebook() throws IOException {
      // only a hand-edited result file holds one; the export once ended in an internal error
      SubmissionResult odd = SampleBatch.bob("bob\uD800");

      try (XSSFWorkbook book = written(SampleBatch.rubric(), List.of(SampleBatch.alice(), odd))) {
        assertThat(book.getSheet("Marks").getRow(3).getCell(2).getHyperlink().getAddress())
            .isEqualTo("reports/bob%3F.html");
      }
    }

    @Test
    void comments_areInTheLastColumn_wrapped() throws IOException {
      List<SubmissionResult> results =
          List.of(SampleBatch.alice().withComment("Clear plots.\nLabel the axes."));

      try (XSSFWorkbook book = written(SampleBatch.rubric(), results)) {
        Cell comment = book.getSheet("Marks").getRow(2).getCell(9);

        assertThat(comment.getStringCellValue()).isEqualTo("Clear plots.\nLabel the axes.");
        assertThat(comment.getCellStyle().getWrapText()).isTrue();
      }
    }

    @Test
    void headerRow_isTallEnoughForTheWrappedWhatToJudge() throws IOException {
      try (XSSFWorkbook book = sample()) {
        Row header = book.getSheet("Marks").getRow(0);

        assertThat(header.getCell(6).getCellStyle().getWrapText()).isTrue();
        // "4b manual", then "Activation | functions: | Plots over | [-6, 6]; where | each |
        // derivative | approaches 0." in the 14 characters a 16-character column shows.
        assertThat(header.getHeightInPoints()).isCloseTo(8 * 15f, within(0.01f));
      }
    }

    @Test
    void printsLandscape_oneColumnOfPagesWide_withTheHeadersAndIdsOnEveryPage() throws IOException {
      try (XSSFWorkbook book = sample()) {
        for (String name : List.of("Marks", "Checks", "Mistakes")) {
          Sheet sheet = book.getSheet(name);
          PrintSetup setup = sheet.getPrintSetup();

          assertThat(setup.getLandscape()).as(name).isTrue();
          assertThat(sheet.getFitToPage()).as(name).isTrue();
          assertThat(setup.getFitWidth()).as(name).isEqualTo((short) 1);
          assertThat(setup.getFitHeight()).as(name).isEqualTo((short) 0);
        }
        Sheet marks = book.getSheet("Marks");
        assertThat(marks.getRepeatingRows().formatAsString()).isEqualTo("1:2");
        assertThat(marks.getRepeatingColumns().formatAsString()).isEqualTo("A:B");
      }
    }

    @Test
    void exportedSheet_isVeryHidden_andHoldsTheManualMarksAndCommentsAsWritten()
        throws IOException {
      ManualMarks marks =
          ManualMarks.of(Map.of("alice", Map.of("3a-iii", 1.0)), Map.of("bob", "See me."));
      List<SubmissionResult> results = SampleBatch.all().stream().map(marks::applyTo).toList();

      try (XSSFWorkbook book = written(SampleBatch.rubric(), results)) {
        Sheet exported = book.getSheet("Exported");

        assertThat(book.getSheetVisibility(book.getSheetIndex(exported)))
            .isEqualTo(SheetVisibility.VERY_HIDDEN);
        assertRow(exported.getRow(0), "Student", "3a-iii", "4b", "Comment");
        assertRow(exported.getRow(1), "alice", 1.0, null, null);
        assertRow(exported.getRow(2), "bob", null, null, "See me.");
        assertThat(ExportedSheet.read(book).orElseThrow().mark("alice", "3a-iii")).isEqualTo(1.0);
      }
    }

    @Test
    void fractionalMaxima_useAPoint_whateverTheDefaultLocale() throws IOException {
      Rubric bundled = RubricLoader.bundled();
      SubmissionResult nothing =
          Scorer.score(
              bundled, "x", null, Map.of(), List.of(), new SubmissionResult.Timings(0, 0, 0));
      Locale locale = Locale.getDefault();
      Locale.setDefault(Locale.GERMANY);
      try (XSSFWorkbook book = written(bundled, List.of(nothing))) {
        XSSFSheet marks = book.getSheet("Marks");
        List<Object> headers = values(marks.getRow(0), 40);
        int wave = -1;
        for (int c = 0; c < headers.size(); c++) {
          if (headers.get(c) instanceof String h && h.startsWith("3d-iv manual\n")) {
            wave = c;
          }
        }
        int column = wave;

        assertThat(marks.getRow(1).getCell(wave).getNumericCellValue())
            .isCloseTo(0.5, within(TOLERANCE));
        assertThat(marks.getDataValidations())
            .filteredOn(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column)
            .singleElement()
            .extracting(v -> v.getValidationConstraint().getFormula2())
            .isEqualTo("0.5");
        assertThat(marks.getRow(1).getCell(wave + 0).getCellType()).isEqualTo(CellType.NUMERIC);
      } finally {
        Locale.setDefault(locale);
      }
    }
  }

  @Test
  void checksSheet_hasOneRowPerStudentAndCheck() throws IOException {
    try (XSSFWorkbook book = sample()) {
      Sheet checks = book.getSheet("Checks");

      assertRow(
          checks.getRow(0),
          "Student",
          "Item",
          "Check",
          "Title",
          "Score",
          "Max",
          "Status",
          "Mistake",
          "Message");
      assertThat(checks.getLastRowNum()).isEqualTo(12);
      assertRow(
          checks.getRow(6),
          "bob",
          "1a",
          "slope.dsdt",
          "ds/dt = -s / tauS",
          0.0,
          1.0,
          "failed",
          "slope-uses-updated-state",
          "ds/dt used the updated s: expected -2.5, got -2.4");
      assertRow(
          checks.getRow(8),
          "bob",
          "4b",
          "act.tanh",
          "tanh(z)",
          0.3,
          0.6,
          "failed",
          null,
          "tanh(2) should be 0.964, got 0.5");
      assertRow(
          checks.getRow(12),
          "carol",
          "4b",
          "act.tanh",
          "tanh(z)",
          0.0,
          0.6,
          "not-run",
          null,
          "this check did not run");
    }
  }

  @Test
  void mistakesSheet_listsEachMistakeWithItsStudents_mostCommonFirst() throws IOException {
    SubmissionResult dave =
        Scorer.score(
            SampleBatch.rubric(),
            "dave",
            null,
            Map.of(
                "slope.dsdt", new Outcome("failed", 0, "wrong", "slope-uses-updated-state", null),
                "act.sigmoid", new Outcome("failed", 0, "wrong", "activation-sign", null)),
            List.of(),
            new SubmissionResult.Timings(0, 0, 0));

    try (XSSFWorkbook book =
        written(SampleBatch.rubric(), List.of(dave, SampleBatch.bob(), SampleBatch.alice()))) {
      Sheet mistakes = book.getSheet("Mistakes");

      assertRow(mistakes.getRow(0), "Mistake", "Students", "Who");
      assertRow(mistakes.getRow(1), "slope-uses-updated-state", 2.0, "bob, dave");
      assertRow(mistakes.getRow(2), "activation-sign", 1.0, "dave");
      assertThat(mistakes.getLastRowNum()).isEqualTo(2);
    }
  }

  @Test
  void emptyClass_stillGetsItsHeadersAndMaxima() throws IOException {
    try (XSSFWorkbook book = written(SampleBatch.rubric(), List.of())) {
      Sheet marks = book.getSheet("Marks");

      assertRow(marks.getRow(1), "Max", null, null, 2.0, 1.0, 1.2, 3.0, 7.2);
      assertThat(marks.getLastRowNum()).isEqualTo(1);
      assertThat(book.getSheet("Checks").getLastRowNum()).isZero();
      assertThat(book.getSheet("Mistakes").getLastRowNum()).isZero();
    }
  }

  @Test
  void writing_leavesNoPartialFile() throws IOException {
    Gradebook.write(dir.resolve(Gradebook.FILE), SampleBatch.rubric(), SampleBatch.all());

    assertThat(dir.resolve(Gradebook.FILE + ".partial")).doesNotExist();
    assertThat(dir.resolve(Gradebook.FILE)).isNotEmptyFile();
  }
}
