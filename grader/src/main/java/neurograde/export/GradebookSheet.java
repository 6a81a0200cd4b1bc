package neurograde.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A sheet of a gradebook that can take plain rows (text, numbers, blanks, all in the default style)
 * as the XML POI would write for them, added after POI's own rows when the sheet is saved.
 *
 * <p>POI keeps every cell as an XML object and saves each through XMLBeans: for the 110,000 cells
 * of sheet "Checks" of a class of 300 that was most of the time of an export. The rows added here
 * are written as POI writes such cells (a test compares the two files part for part), so a reader
 * sees the same sheet; they are not cells of the workbook in memory, which is only written.
 */
final class GradebookSheet extends XSSFSheet {

  private static final String DIMENSION = "<dimension ref=\"";
  private static final String END = "</sheetData>";
  private static final String EMPTY = "<sheetData/>";

  private final StringBuilder rows = new StringBuilder();
  private int firstRow = -1;
  private int lastRow = -1;
  private int lastColumn = -1;

  /**
   * Adds a row's XML, to follow POI's rows and those added before.
   *
   * @param row the row's index, after POI's last row and the last row added
   * @param xml the row's XML, as POI writes it, its cells from the first column
   * @param cells how many cells the row has
   */
  void add(int row, CharSequence xml, int cells) {
    if (row <= lastRow || getPhysicalNumberOfRows() > 0 && row <= getLastRowNum()) {
      throw new IllegalArgumentException("row " + row + " is not after the sheet's last row");
    }
    if (firstRow < 0) {
      firstRow = row;
    }
    lastRow = row;
    lastColumn = Math.max(lastColumn, cells - 1);
    rows.append(xml);
  }

  @Override
  protected void write(OutputStream out) throws IOException {
    if (lastRow < 0) {
      super.write(out);
      return;
    }
    ByteArrayOutputStream own = new ByteArrayOutputStream();
    super.write(own);
    StringBuilder xml = new StringBuilder(own.toString(StandardCharsets.UTF_8));
    int end = xml.indexOf(END);
    if (end >= 0) {
      xml.insert(end, rows);
    } else {
      int empty = xml.indexOf(EMPTY);
      xml.replace(empty, empty + EMPTY.length(), "<sheetData>" + rows + END);
    }
    int ref = xml.indexOf(DIMENSION) + DIMENSION.length();
    xml.replace(ref, xml.indexOf("\"", ref), dimension().formatAsString());
    out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The range POI writes as the sheet's dimension: from the first cell to the last, all rows. */
  private CellRangeAddress dimension() {
    int first = firstRow;
    int minColumn = 0;
    int maxColumn = lastColumn;
    for (Row row : this) {
      first = Math.min(first, row.getRowNum());
      if (row.getFirstCellNum() != -1) {
        minColumn = Math.min(minColumn, row.getFirstCellNum());
      }
      if (row.getLastCellNum() != -1) {
        maxColumn = Math.max(maxColumn, row.getLastCellNum() - 1);
      }
    }
    return new CellRangeAddress(first, lastRow, minColumn, maxColumn);
  }
}
