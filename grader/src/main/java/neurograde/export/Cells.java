package neurograde.export;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Writing cells: text capped to what a spreadsheet holds, numbers as numeric cells, header rows.
 */
final class Cells {

  /** Longest text a cell holds (characters). */
  static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  private Cells() {}

  /** Writes a text cell; null leaves the cell empty. */
  static Cell text(Row row, int column, String value) {
    Cell cell = row.createCell(column);
    if (value != null) {
      String capped = capped(value);
      GradebookStrings strings = strings(cell);
      if (strings == null && (capped.length() <= MAX_TEXT || !(cell instanceof XSSFCell))) {
        cell.setCellValue(capped);
      } else if (strings == null) {
        // escaped past POI's check of the length, which counts the escapes: as POI stores it
        XSSFCell xssf = (XSSFCell) cell;
        sharedString(
            xssf,
            xssf.getSheet()
                .getWorkbook()
                .getSharedStringSource()
                .addSharedStringItem(new XSSFRichTextString(capped)));
      } else {
        sharedString((XSSFCell) cell, strings.indexOf(capped));
      }
    }
    return defaultStyle(cell);
  }

  /** What XSSFCell.setCellValue(String) writes: the cell holds the text's shared-string index. */
  private static void sharedString(XSSFCell cell, int index) {
    CTCell xml = cell.getCTCell();
    xml.setT(STCellType.S);
    xml.setV(Integer.toString(index));
  }

  /**
   * Text a spreadsheet reads as {@code _xHHHH_}, the escape of a character: a reader turns {@code
   * "bob_x0041_"} into {@code "bobA"} (and an id typed back would not match). Its underscore is
   * stored escaped, as {@code _x005F_}, so it reads back as written.
   */
  private static final Pattern ESCAPE_LIKE = Pattern.compile("_(?=x[0-9A-Fa-f]{4}_)");

  /**
   * Returns a text as a cell stores it: cut to {@link #MAX_TEXT} characters (never inside a pair of
   * surrogates), ending in "…", with what a reader would take for an escaped character escaped
   * itself. The escapes are the file's encoding, not text: a reader counts the text they decode to.
   */
  static String capped(String value) {
    String cut = value;
    if (value.length() > MAX_TEXT) {
      int end = MAX_TEXT - 1;
      if (Character.isHighSurrogate(value.charAt(end - 1))) {
        end--;
      }
      cut = value.substring(0, end) + "\u2026";
    }
    return ESCAPE_LIKE.matcher(cut).replaceAll("_x005F_");
  }

  /** Writes a numeric cell. */
  static Cell number(Row row, int column, double value) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    return defaultStyle(cell);
  }

  private static GradebookStrings strings(Cell cell) {
    return cell instanceof XSSFCell xssf
        ? GradebookStrings.of(xssf.getSheet().getWorkbook())
        : null;
  }

  /**
   * Gives a new cell of a gradebook the default style now, as POI would when saving (the style of
   * its column, and a gradebook's columns have none), which costs POI a search of the columns for
   * every cell.
   */
  private static Cell defaultStyle(Cell cell) {
    if (strings(cell) != null) {
      ((XSSFCell) cell).getCTCell().setS(0);
    }
    return cell;
  }

  /** Height of one line of text in points, for the default 11 pt font. */
  static final float LINE_HEIGHT = 15f;

  /**
   * Writes a header row in the first row of a sheet, sets each column's width (characters), and
   * makes the row tall enough for its wrapped titles (spreadsheet programs do not do so on
   * opening).
   */
  static void header(Sheet sheet, CellStyle style, List<String> titles, List<Integer> widths) {
    Row row = sheet.createRow(0);
    int lines = 1;
    for (int c = 0; c < titles.size(); c++) {
      text(row, c, titles.get(c)).setCellStyle(style);
      sheet.setColumnWidth(c, 256 * widths.get(c));
      lines = Math.max(lines, lines(titles.get(c), widths.get(c)));
    }
    row.setHeightInPoints(lines * LINE_HEIGHT);
  }

  /**
   * Estimates how many lines a text takes when wrapped in a column of a width (characters): words
   * kept whole, a bold header's characters taken as a little wider than the width's.
   */
  static int lines(String text, int width) {
    int usable = Math.max(1, width - 2);
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      int line = 0;
      lines++;
      for (String word : paragraph.split(" ")) {
        int length = word.length();
        if (line > 0 && line + 1 + length > usable) {
          lines++;
          line = 0;
        }
        line += (line > 0 ? 1 : 0) + length;
        while (line > usable) {
          lines++;
          line -= usable;
        }
      }
    }
    return lines;
  }

  /** Returns a column width fitting a text, between 8 and 40 characters. */
  static int widthOf(String text) {
    return Math.max(8, Math.min(40, text.length() + 2));
  }
}
