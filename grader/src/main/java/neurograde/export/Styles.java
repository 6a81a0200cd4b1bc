package neurograde.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a gradebook.
 *
 * @param header bold, for header rows
 * @param max italic, for the row of maxima
 * @param toFill light yellow, for a manual mark a TA has yet to enter
 * @param wrapped wrapping text, for long messages
 */
record Styles(CellStyle header, CellStyle max, CellStyle toFill, CellStyle wrapped) {

  /** Creates the styles in a workbook. */
  static Styles of(Workbook workbook) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle header = workbook.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

    Font italic = workbook.createFont();
    italic.setItalic(true);
    CellStyle max = workbook.createCellStyle();
    max.setFont(italic);

    CellStyle toFill = workbook.createCellStyle();
    toFill.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
    toFill.setFillPattern(FillPatternType.SOLID_FOREGROUND);

    CellStyle wrapped = workbook.createCellStyle();
    wrapped.setWrapText(true);
    return new Styles(header, max, toFill, wrapped);
  }
}
