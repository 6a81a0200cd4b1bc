package neurograde.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import neurograde.score.SubmissionResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Sheet "Exported", hidden from the TA: the manual marks and comments as the gradebook was written,
 * so that an import can tell a cell the TA changed (or cleared) from one left as it was.
 *
 * <p>One row per student: the id, then each manual column's mark (empty if pending), then the
 * comment; the first row names the columns by item id.
 */
final class ExportedSheet {

  static final String NAME = "Exported";
  static final String STUDENT = "Student";
  static final String COMMENT = "Comment";

  /**
   * What a gradebook held when it was written.
   *
   * @param marks each student's manual marks by item id (a pending mark is absent)
   * @param comments each student's comment (absent if none)
   */
  record Snapshot(Map<String, Map<String, Double>> marks, Map<String, String> comments) {

    /** Returns the mark a student had for an item when the gradebook was written, or null. */
    Double mark(String student, String item) {
      return marks.getOrDefault(student, Map.of()).get(item);
    }

    /** Returns a student's comment when the gradebook was written, or an empty text. */
    String comment(String student) {
      return comments.getOrDefault(student, "");
    }
  }

  private ExportedSheet() {}

  /** Adds the hidden sheet: the manual marks and comments of each result, as written. */
  static void write(Workbook workbook, List<MarkColumn> columns, List<SubmissionResult> results) {
    Sheet sheet = workbook.createSheet(NAME);
    List<MarkColumn> manual = columns.stream().filter(MarkColumn::manual).toList();
    Row header = sheet.createRow(0);
    Cells.text(header, 0, STUDENT);
    for (int i = 0; i < manual.size(); i++) {
      Cells.text(header, i + 1, manual.get(i).itemId());
    }
    Cells.text(header, manual.size() + 1, COMMENT);
    int r = 1;
    for (SubmissionResult result : results) {
      Row row = sheet.createRow(r++);
      Cells.text(row, 0, result.student());
      for (int i = 0; i < manual.size(); i++) {
        Double mark = manual.get(i).valueIn(result);
        if (mark != null) {
          Cells.number(row, i + 1, mark);
        }
      }
      Cells.text(row, manual.size() + 1, result.comment());
    }
    workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
  }

  /** Reads the sheet from a gradebook; empty if it has none (written by an older grader). */
  static Optional<Snapshot> read(Workbook workbook) {
    Sheet sheet = workbook.getSheet(NAME);
    if (sheet == null || sheet.getRow(0) == null) {
      return Optional.empty();
    }
    Row header = sheet.getRow(0);
    List<String> ids = new ArrayList<>();
    for (int c = 0; c < header.getLastCellNum(); c++) {
      ids.add(text(header.getCell(c)));
    }
    Map<String, Map<String, Double>> marks = new HashMap<>();
    Map<String, String> comments = new HashMap<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      String student = row == null ? "" : text(row.getCell(0));
      if (student.isEmpty()) {
        continue;
      }
      Map<String, Double> own = new HashMap<>();
      for (int c = 1; c < ids.size(); c++) {
        Cell cell = row.getCell(c);
        if (c == ids.size() - 1 && ids.get(c).equals(COMMENT)) {
          String comment = text(cell);
          if (!comment.isEmpty()) {
            comments.put(student, comment);
          }
        } else if (cell != null && cell.getCellType() == CellType.NUMERIC) {
          own.put(ids.get(c), cell.getNumericCellValue());
        }
      }
      marks.put(student, own);
    }
    return Optional.of(
        new Snapshot(Collections.unmodifiableMap(marks), Collections.unmodifiableMap(comments)));
  }

  private static String text(Cell cell) {
    return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
  }
}
