package neurograde.export;

import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes rows of plain cells, each a text, a number or empty, in the default style: as POI cells,
 * or on a {@link GradebookSheet} straight as the XML POI would save for them.
 */
abstract sealed class PlainRows {

  private PlainRows() {}

  /** Returns the writer of plain rows for a sheet. */
  static PlainRows of(Sheet sheet) {
    if (sheet instanceof GradebookSheet own) {
      GradebookStrings strings = GradebookStrings.of((XSSFWorkbook) sheet.getWorkbook());
      if (strings != null) {
        return new Xml(own, strings);
      }
    }
    return new Cells(sheet);
  }

  /**
   * Adds a row after the sheet's last, a cell per value from the first column.
   *
   * @param row the row's index
   * @param values each a String (text, capped as {@link neurograde.export.Cells#text} caps it), a
   *     Number, or null for an empty cell
   */
  abstract void add(int row, Object... values);

  private static void check(Object value) {
    if (value != null && !(value instanceof String) && !(value instanceof Number)) {
      throw new IllegalArgumentException("not a text or a number: " + value.getClass());
    }
  }

  /** POI's cells. */
  private static final class Cells extends PlainRows {
    private final Sheet sheet;

    Cells(Sheet sheet) {
      this.sheet = sheet;
    }

    @Override
    void add(int index, Object... values) {
      Row row = sheet.createRow(index);
      for (int c = 0; c < values.length; c++) {
        check(values[c]);
        if (values[c] instanceof Number number) {
          neurograde.export.Cells.number(row, c, number.doubleValue());
        } else {
          neurograde.export.Cells.text(row, c, (String) values[c]);
        }
      }
    }
  }

  /** The XML POI saves for the cells, with the same shared strings. */
  private static final class Xml extends PlainRows {
    private final GradebookSheet sheet;
    private final GradebookStrings strings;
    private final StringBuilder xml = new StringBuilder();

    Xml(GradebookSheet sheet, GradebookStrings strings) {
      this.sheet = sheet;
      this.strings = strings;
    }

    @Override
    void add(int index, Object... values) {
      xml.setLength(0);
      String number = Integer.toString(index + 1);
      xml.append("<row r=\"").append(number).append("\">");
      for (int c = 0; c < values.length; c++) {
        Object value = values[c];
        check(value);
        xml.append("<c r=\"").append(CellReference.convertNumToColString(c)).append(number);
        if (value == null) {
          xml.append("\" s=\"0\"/>");
          continue;
        }
        if (value instanceof String text) {
          xml.append("\" t=\"s\" s=\"0\"><v>")
              .append(strings.indexOf(neurograde.export.Cells.capped(text)));
        } else {
          double d = ((Number) value).doubleValue();
          if (Double.isInfinite(d) || Double.isNaN(d)) {
            // What POI writes for them: Excel has neither.
            FormulaError error = Double.isNaN(d) ? FormulaError.NUM : FormulaError.DIV0;
            xml.append("\" t=\"e\" s=\"0\"><v>").append(error.getString());
          } else {
            xml.append("\" t=\"n\" s=\"0\"><v>").append(d);
          }
        }
        xml.append("</v></c>");
      }
      xml.append("</row>");
      sheet.add(index, xml, values.length);
    }
  }
}
