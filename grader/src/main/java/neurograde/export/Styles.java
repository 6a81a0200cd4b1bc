package neurograde.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a gradebook.
 *
 * @param header bold, for header rows; wraps, so a long header takes more lines, not more width
 * @param max italic, for the row of maxima
 * @param toFill light yellow, for a manual mark a TA has yet to enter
 * @param wrapped wrapping text, for long messages and comments
 * @param link blue and underlined, for a link to a report
 */
record Styles(
    CellStyle header, CellStyle max, CellStyle toFill, CellStyle wrapped, CellStyle link) {

  /** Creates the styles in a workbook. */
  static Styles of(Workbook workbook) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle header = workbook.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.TOP);

    Font italic = workbook.createFont();
    italic.setItalic(true);
    CellStyle max = workbook.createCellStyle();
    max.setFont(italic);

    CellStyle toFill = workbook.createCellStyle();
    toFill.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
    toFill.setFillPattern(FillPatternType.SOLID_FOREGROUND);

    CellStyle wrapped = workbook.createCellStyle();
    wrapped.setWrapText(true);
    wrapped.setVerticalAlignment(VerticalAlignment.TOP);

    Font blue = workbook.createFont();
    blue.setUnderline(Font.U_SINGLE);
    blue.setColor(IndexedColors.BLUE.getIndex());
    CellStyle link = workbook.createCellStyle();
    link.setFont(blue);
    return new Styles(header, max, toFill, wrapped, link);
  }
}
