package neurograde.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import neurograde.rubric.Rubric;
import neurograde.score.SubmissionResult;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;

/**
 * Sheet "Marks": a header row, a row of maxima, then one row per student with a link to their
 * report, the automatic marks, the manual marks to fill in, the total as a formula, the number of
 * manual marks pending and the TA's comment to the student.
 *
 * <p>A manual column's header says what to judge. The sheet prints landscape, one page wide.
 */
final class MarksSheet {

  static final String NAME = "Marks";
  static final String STUDENT = "Student";
  static final String NAME_HEADER = "Name";
  static final String MAX = "Max";
  static final String TOTAL = "Total";
  static final String PENDING = "Pending";
  static final String REPORT = "Report";
  static final String COMMENT = "Comment";
  static final String COMMENT_HEADER = COMMENT + "\nTo the student, shown in their report";

  /** Text of the link to a student's report. */
  static final String OPEN = "open";

  /** Index of the row of maxima. */
  static final int MAX_ROW = 1;

  /** Index of the first student's row. */
  static final int FIRST_STUDENT_ROW = 2;

  /** Index of the column of links to the reports. */
  static final int REPORT_COLUMN = 2;

  /** Index of the first column of marks, after the student's id, name and report. */
  static final int FIRST_MARK_COLUMN = 3;

  /** Widths (characters): auto marks are numbers; a manual column's header says what to judge. */
  private static final int AUTO_WIDTH = 7;

  private static final int MANUAL_WIDTH = 16;
  private static final int COMMENT_WIDTH = 30;

  private static final int PROMPT_TITLE_MAX = 32;
  private static final int PROMPT_TEXT_MAX = 255;

  private final Sheet sheet;
  private final Styles styles;
  private final Rubric rubric;
  private final List<MarkColumn> columns;
  private final CreationHelper creation;

  private MarksSheet(Workbook workbook, Styles styles, Rubric rubric) {
    this.sheet = workbook.createSheet(NAME);
    this.creation = workbook.getCreationHelper();
    this.styles = styles;
    this.rubric = rubric;
    this.columns = MarkColumn.of(rubric);
  }

  /** Adds the sheet to a workbook; results are sorted by student id. */
  static void write(
      Workbook workbook, Styles styles, Rubric rubric, List<SubmissionResult> results) {
    new MarksSheet(workbook, styles, rubric).write(results);
  }

  private void write(List<SubmissionResult> results) {
    header();
    maxima();
    int r = FIRST_STUDENT_ROW;
    for (SubmissionResult result : results) {
      student(sheet.createRow(r++), result);
    }
    validations(results.size());
    sheet.createFreezePane(FIRST_MARK_COLUMN, FIRST_STUDENT_ROW);
    PrintLayout.landscapeFitToWidth(sheet, FIRST_STUDENT_ROW, 2);
  }

  private void header() {
    List<String> titles = new ArrayList<>(List.of(STUDENT, NAME_HEADER, REPORT));
    List<Integer> widths = new ArrayList<>(List.of(12, 18, 7));
    for (MarkColumn column : columns) {
      titles.add(column.label());
      widths.add(column.manual() ? MANUAL_WIDTH : AUTO_WIDTH);
    }
    titles.addAll(List.of(TOTAL, PENDING, COMMENT_HEADER));
    widths.addAll(List.of(7, 8, COMMENT_WIDTH));
    Cells.header(sheet, styles.header(), titles, widths);
  }

  private void maxima() {
    Row row = sheet.createRow(MAX_ROW);
    Cells.text(row, 0, MAX).setCellStyle(styles.max());
    for (int i = 0; i < columns.size(); i++) {
      Cells.number(row, FIRST_MARK_COLUMN + i, columns.get(i).max()).setCellStyle(styles.max());
    }
    Cells.number(row, totalColumn(), rubric.maxScore()).setCellStyle(styles.max());
  }

  private void student(Row row, SubmissionResult result) {
    Cells.text(row, 0, result.student());
    Cells.text(row, 1, result.name());
    Cell link = Cells.text(row, REPORT_COLUMN, OPEN);
    Hyperlink hyperlink = creation.createHyperlink(HyperlinkType.FILE);
    hyperlink.setAddress(ReportLink.of(result.student()));
    link.setHyperlink(hyperlink);
    link.setCellStyle(styles.link());
    for (int i = 0; i < columns.size(); i++) {
      MarkColumn column = columns.get(i);
      Double value = column.valueIn(result);
      if (value != null) {
        Cells.number(row, FIRST_MARK_COLUMN + i, value);
      } else {
        row.createCell(FIRST_MARK_COLUMN + i).setCellStyle(styles.toFill());
      }
    }
    int excelRow = row.getRowNum() + 1;
    String first = CellReference.convertNumToColString(FIRST_MARK_COLUMN) + excelRow;
    String last = CellReference.convertNumToColString(totalColumn() - 1) + excelRow;
    row.createCell(totalColumn()).setCellFormula("SUM(" + first + ":" + last + ")");
    row.createCell(totalColumn() + 1).setCellFormula(pendingFormula(excelRow));
    Cells.text(row, totalColumn() + 2, result.comment()).setCellStyle(styles.wrapped());
  }

  /** Counts the empty manual cells of a row: COUNTBLANK of each, since they are not one range. */
  private String pendingFormula(int excelRow) {
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).manual()) {
        terms.add(
            "COUNTBLANK("
                + CellReference.convertNumToColString(FIRST_MARK_COLUMN + i)
                + excelRow
                + ")");
      }
    }
    return terms.isEmpty() ? "0" : terms.stream().collect(Collectors.joining("+"));
  }

  /**
   * Lets a manual cell hold only a number between 0 and its column's maximum, and shows what to
   * look for.
   */
  private void validations(int students) {
    if (students == 0) {
      return;
    }
    DataValidationHelper helper = sheet.getDataValidationHelper();
    for (int i = 0; i < columns.size(); i++) {
      MarkColumn column = columns.get(i);
      if (!column.manual()) {
        continue;
      }
      int c = FIRST_MARK_COLUMN + i;
      String max = Numbers.plain(column.max());
      DataValidationConstraint between =
          helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", max);
      DataValidation validation =
          helper.createValidation(
              between,
              new CellRangeAddressList(FIRST_STUDENT_ROW, FIRST_STUDENT_ROW + students - 1, c, c));
      validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
      validation.setEmptyCellAllowed(true);
      validation.setShowErrorBox(true);
      validation.createErrorBox(
          "Mark out of range",
          "Item " + column.itemId() + ": enter a number between 0 and " + max + ".");
      validation.setShowPromptBox(true);
      validation.createPromptBox(
          cap(column.itemId() + ": 0 to " + max, PROMPT_TITLE_MAX),
          cap(column.description(), PROMPT_TEXT_MAX));
      sheet.addValidationData(validation);
    }
  }

  private int totalColumn() {
    return FIRST_MARK_COLUMN + columns.size();
  }

  private static String cap(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
  }
}
