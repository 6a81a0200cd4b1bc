package neurograde.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import neurograde.InputException;
import neurograde.rubric.Rubric;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads the manual marks a TA entered in sheet "Marks" of a gradebook.
 *
 * <p>Manual columns are found by their header text ({@code "<id> manual"}), students by their id in
 * column A; the row of maxima is skipped and an empty cell means "not marked yet". Anything else
 * that cannot be a mark is refused with the cell's address, for example {@code gradebook.xlsx:
 * Marks!F7: 1.5 is above the maximum 1 of item 3a-iii}.
 */
public final class GradebookImport {

  private static final double EPSILON = 1e-9;

  private final Path file;
  private final Sheet sheet;
  private final FormulaEvaluator evaluator;
  private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

  private GradebookImport(Path file, Sheet sheet, FormulaEvaluator evaluator) {
    this.file = file;
    this.sheet = sheet;
    this.evaluator = evaluator;
  }

  /**
   * Reads the manual marks of a gradebook.
   *
   * @param file the XLSX file a TA filled in
   * @param rubric the rubric, which gives each manual column its maximum
   * @param students the ids of the students in the batch
   * @return the marks entered, by student and item id; students without any are left out
   * @throws InputException if the file is not a gradebook, or a cell holds something that is not a
   *     mark: above the maximum, negative, not a number, in a row of a student not in the batch, or
   *     in a manual column that the rubric does not have
   */
  public static SortedMap<String, SortedMap<String, Double>> read(
      Path file, Rubric rubric, Set<String> students) {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file + ": no such file");
    }
    try (Workbook workbook = open(file)) {
      Sheet sheet = workbook.getSheet(MarksSheet.NAME);
      if (sheet == null) {
        throw new InputException(
            file
                + ": no sheet \""
                + MarksSheet.NAME
                + "\"; is it a gradebook written by the export command?");
      }
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      return new GradebookImport(file, sheet, evaluator).marks(rubric, students);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage());
    }
  }

  private static Workbook open(Path file) {
    try {
      return WorkbookFactory.create(file.toFile(), null, true);
    } catch (IOException | RuntimeException e) {
      // POI reports a file that is not a spreadsheet with one of several unchecked exceptions.
      throw new InputException(
          file
              + ": not a readable XLSX gradebook: "
              + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
  }

  private SortedMap<String, SortedMap<String, Double>> marks(Rubric rubric, Set<String> students) {
    Map<Integer, MarkColumn> manualColumns = manualColumns(rubric);
    SortedMap<String, SortedMap<String, Double>> marks = new TreeMap<>();
    Map<String, Integer> rowOfStudent = new HashMap<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      String student = text(row.getCell(0));
      boolean maxRow =
          student.equals(MarksSheet.MAX)
              && (r == MarksSheet.MAX_ROW || !students.contains(student));
      if (maxRow) {
        continue;
      }
      if (!student.isEmpty() && !students.contains(student)) {
        throw error(r, 0, "student \"" + student + "\" has no result in this batch");
      }
      Integer earlier = student.isEmpty() ? null : rowOfStudent.put(student, r);
      if (earlier != null) {
        throw error(
            r, 0, "student \"" + student + "\" appears twice (also on row " + (earlier + 1) + ")");
      }
      SortedMap<String, Double> own = new TreeMap<>();
      for (Map.Entry<Integer, MarkColumn> column : manualColumns.entrySet()) {
        Double mark = mark(row.getCell(column.getKey()), r, column.getKey(), column.getValue());
        if (mark != null) {
          own.put(column.getValue().itemId(), mark);
        }
      }
      if (student.isEmpty() && !own.isEmpty()) {
        throw error(r, 0, "a row with marks but no student id");
      }
      if (!student.isEmpty() && !own.isEmpty()) {
        marks.put(student, Collections.unmodifiableSortedMap(own));
      }
    }
    return Collections.unmodifiableSortedMap(marks);
  }

  /** Finds the manual columns by header, refusing a manual column the rubric does not have. */
  private Map<Integer, MarkColumn> manualColumns(Rubric rubric) {
    Map<String, MarkColumn> known = new HashMap<>();
    for (MarkColumn column : MarkColumn.of(rubric)) {
      known.put(column.header(), column);
    }
    Row header = sheet.getRow(0);
    String first = header == null ? "" : text(header.getCell(0));
    if (!first.equals(MarksSheet.STUDENT)) {
      throw error(
          0,
          0,
          "expected the header \""
              + MarksSheet.STUDENT
              + "\", found \""
              + first
              + "\"; is it a gradebook written by the export command?");
    }
    Map<Integer, MarkColumn> manual = new TreeMap<>();
    Map<String, Integer> columnOfHeader = new HashMap<>();
    for (int c = 1; c < header.getLastCellNum(); c++) {
      String title = text(header.getCell(c));
      MarkColumn column = known.get(title);
      if (column != null && column.manual()) {
        Integer earlier = columnOfHeader.put(title, c);
        if (earlier != null) {
          throw error(
              0,
              c,
              "column \""
                  + title
                  + "\" appears twice (also in column "
                  + CellReference.convertNumToColString(earlier)
                  + ")");
        }
        manual.put(c, column);
      } else if (column == null && title.endsWith(" manual")) {
        throw error(
            0, c, "column \"" + title + "\" is not the manual part of an item of the rubric");
      }
    }
    return manual;
  }

  /** Returns the mark in a manual cell, or null if it is empty. */
  private Double mark(Cell cell, int r, int c, MarkColumn column) {
    if (cell == null) {
      return null;
    }
    CellValue value;
    try {
      value = evaluator.evaluate(cell);
    } catch (RuntimeException e) {
      // POI does not implement every spreadsheet function.
      throw error(
          r,
          c,
          "cannot evaluate the formula " + cell.getCellFormula() + "; enter the mark as a number");
    }
    if (value == null
        || value.getCellType() == CellType.BLANK
        || value.getCellType() == CellType.STRING && value.getStringValue().isBlank()) {
      return null;
    }
    String range =
        "item " + column.itemId() + " takes a mark between 0 and " + Numbers.plain(column.max());
    if (value.getCellType() != CellType.NUMERIC) {
      String shown =
          switch (value.getCellType()) {
            case STRING -> "\"" + value.getStringValue() + "\"";
            case BOOLEAN -> value.getBooleanValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(value.getErrorValue()).getString();
            default -> value.formatAsString();
          };
      throw error(r, c, shown + " is not a number; " + range);
    }
    double mark = value.getNumberValue();
    if (mark < 0) {
      throw error(r, c, Numbers.plain(mark) + " is negative; " + range);
    }
    if (mark > column.max() + EPSILON) {
      throw error(
          r,
          c,
          Numbers.plain(mark)
              + " is above the maximum "
              + Numbers.plain(column.max())
              + " of item "
              + column.itemId());
    }
    return mark;
  }

  private String text(Cell cell) {
    return cell == null ? "" : formatter.formatCellValue(cell, evaluator).strip();
  }

  private InputException error(int r, int c, String message) {
    return new InputException(
        file
            + ": "
            + MarksSheet.NAME
            + "!"
            + new CellReference(r, c).formatAsString(false)
            + ": "
            + message);
  }
}
