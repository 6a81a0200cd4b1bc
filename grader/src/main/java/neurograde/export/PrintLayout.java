package neurograde.export;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a gradebook sheet prints: landscape, every column on one page wide (as many pages down as it
 * takes), the header rows and the student's id on every page, with gridlines and page numbers.
 */
final class PrintLayout {

  private static final double MARGIN = 0.4;
  private static final double HEADER_MARGIN = 0.2;

  private PrintLayout() {}

  /**
   * Sets a sheet's print layout.
   *
   * @param headerRows how many rows at the top repeat on every page
   * @param keyColumns how many columns at the left repeat on every page (0 for none)
   */
  static void landscapeFitToWidth(Sheet sheet, int headerRows, int keyColumns) {
    PrintSetup setup = sheet.getPrintSetup();
    setup.setLandscape(true);
    setup.setFitWidth((short) 1);
    setup.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setPrintGridlines(true);
    sheet.setHorizontallyCenter(false);
    for (short side : new short[] {Sheet.LeftMargin, Sheet.RightMargin}) {
      sheet.setMargin(side, MARGIN);
    }
    sheet.setMargin(Sheet.TopMargin, MARGIN + HEADER_MARGIN);
    sheet.setMargin(Sheet.BottomMargin, MARGIN + HEADER_MARGIN);
    sheet.setMargin(Sheet.HeaderMargin, HEADER_MARGIN);
    sheet.setMargin(Sheet.FooterMargin, HEADER_MARGIN);
    if (headerRows > 0) {
      sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
    }
    if (keyColumns > 0) {
      sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, keyColumns - 1));
    }
    sheet.getHeader().setLeft(sheet.getSheetName());
    sheet.getFooter().setCenter("Page &P of &N");
  }
}
