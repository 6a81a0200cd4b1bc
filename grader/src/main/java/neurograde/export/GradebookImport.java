package neurograde.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * Reads what a TA changed in sheet "Marks" of a gradebook: manual marks and comments.
 *
 * <p>Manual columns are found by the first line of their header ({@code "<id> manual"}), the
 * comment column by {@code "Comment"}, students by their id in column A; rows may be sorted or
 * filtered. A cell is an edit if it differs from what the gradebook was written with (see {@link
 * GradebookEdits}): a number entered or changed, or a mark deleted, which makes it pending again.
 * Anything that cannot be a mark is refused with the cell's address, for example {@code
 * gradebook.xlsx: Marks!F7: 1.5 is above the maximum 1 of item 3a-iii}.
 */
final class GradebookImport {

  private static final double EPSILON = 1e-9;

  private final Path file;
  private final Sheet sheet;
  private final FormulaEvaluator evaluator;
  private final Optional<ExportedSheet.Snapshot> written;
  private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

  private GradebookImport(
      Path file,
      Sheet sheet,
      FormulaEvaluator evaluator,
      Optional<ExportedSheet.Snapshot> written) {
    this.file = file;
    this.sheet = sheet;
    this.evaluator = evaluator;
    this.written = written;
  }

  /**
   * Reads what a TA changed in a gradebook.
   *
   * @param file the XLSX file a TA filled in
   * @param rubric the rubric, which gives each manual column its maximum
   * @param students the ids of the students in the batch
   * @return the marks and comments changed
   * @throws InputException if the file is not an XLSX gradebook, or a cell holds something that is
   *     not a mark: above the maximum, negative, not a number, in a row of a student not in the
   *     batch, or in a manual column that the rubric does not have
   */
  static GradebookEdits read(Path file, Rubric rubric, Set<String> students) {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file + ": no such file");
    }
    SpreadsheetFormat.requireXlsx(file);
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
      return new GradebookImport(file, sheet, evaluator, ExportedSheet.read(workbook))
          .edits(rubric, students);
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

  private GradebookEdits edits(Rubric rubric, Set<String> students) {
    Columns columns = columns(rubric);
    List<GradebookEdits.MarkEdit> marks = new ArrayList<>();
    List<GradebookEdits.CommentEdit> comments = new ArrayList<>();
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
      List<GradebookEdits.MarkEdit> own = new ArrayList<>();
      for (Map.Entry<Integer, MarkColumn> column : columns.manual().entrySet()) {
        int c = column.getKey();
        String item = column.getValue().itemId();
        Double mark = mark(row.getCell(c), r, c, column.getValue());
        Double before = written.map(w -> w.mark(student, item)).orElse(null);
        boolean edited = written.isPresent() ? !same(mark, before) : mark != null;
        if (edited) {
          own.add(new GradebookEdits.MarkEdit(student, item, mark, before, address(r, c)));
        }
      }
      String comment =
          columns.comment() < 0 ? "" : ManualMarks.normalize(text(row.getCell(columns.comment())));
      String commentBefore = written.map(w -> w.comment(student)).orElse("");
      boolean commentEdited =
          written.isPresent()
              ? !comment.equals(ManualMarks.normalize(commentBefore))
              : !comment.isEmpty();
      if (student.isEmpty()) {
        if (own.stream().anyMatch(e -> e.mark() != null) || !comment.isEmpty()) {
          throw error(r, 0, "a row with marks or a comment but no student id");
        }
        continue;
      }
      marks.addAll(own);
      if (commentEdited) {
        comments.add(
            new GradebookEdits.CommentEdit(
                student, comment.isEmpty() ? null : comment, commentBefore));
      }
    }
    return new GradebookEdits(marks, comments, written.isPresent());
  }

  private static boolean same(Double a, Double b) {
    return a == null ? b == null : b != null && Math.abs(a - b) <= EPSILON;
  }

  /** The columns the import reads: manual marks by index, and the comment's index (or -1). */
  private record Columns(Map<Integer, MarkColumn> manual, int comment) {}

  /**
   * Finds the manual columns and the comment by header, refusing a manual column the rubric does
   * not have.
   */
  private Columns columns(Rubric rubric) {
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
    int comment = -1;
    for (int c = 1; c < header.getLastCellNum(); c++) {
      String title = MarkColumn.firstLine(text(header.getCell(c)));
      if (title.equals(MarksSheet.COMMENT)) {
        if (comment >= 0) {
          throw error(
              0,
              c,
              "column \"Comment\" appears twice (also in column "
                  + CellReference.convertNumToColString(comment)
                  + ")");
        }
        comment = c;
        continue;
      }
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
      } else if (column == null && title.endsWith(MarkColumn.MANUAL)) {
        throw error(
            0, c, "column \"" + title + "\" is not the manual part of an item of the rubric");
      }
    }
    return new Columns(manual, comment);
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
    return new InputException(file + ": " + address(r, c) + ": " + message);
  }

  private static String address(int r, int c) {
    return MarksSheet.NAME + "!" + new CellReference(r, c).formatAsString(false);
  }
}
