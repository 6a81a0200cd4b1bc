package neurograde.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Plain rows written straight as XML save as POI's own cells do, and read back the same. */
class PlainRowsTest {

  /** Awkward values: numbers Java and Excel print differently, none, repeats, spaces, escapes. */
  private static final List<Object[]> ROWS =
      List.of(
          new Object[] {"alice", 1.0, 0.1 + 0.2, null, "  spaced  ", -0.0},
          new Object[] {"bob", 1e-7, 1e21, Double.NaN, "a _x0041_ & <b>", 12345678901234.0},
          new Object[] {"alice", Double.POSITIVE_INFINITY, 3, "x".repeat(Cells.MAX_TEXT + 1)},
          new Object[] {null, null, "alice", 0.5f, "\u00e9\uD83E\uDDE0\r\n\t"});

  private static byte[] written(XSSFWorkbook workbook) throws IOException {
    try (workbook) {
      workbook.createSheet("First").createRow(0).createCell(0).setCellValue("alice");
      Sheet sheet = workbook.createSheet("Rows");
      Cells.header(sheet, Styles.of(workbook).header(), List.of("A", "B"), List.of(10, 20));
      PlainRows rows = PlainRows.of(sheet);
      for (int r = 0; r < ROWS.size(); r++) {
        rows.add(2 * r + 1, ROWS.get(r));
      }
      Cells.text(workbook.createSheet("Last").createRow(0), 0, "bob");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void rowsAsXml_saveAsPoisOwnCellsDo() throws IOException {
    Map<String, String> poi = GradebookPartsTest.parts(written(new XSSFWorkbook()));
    Map<String, String> own = GradebookPartsTest.parts(written(GradebookParts.newWorkbook()));

    assertThat(own.keySet()).containsExactlyElementsOf(poi.keySet());
    for (String part : poi.keySet()) {
      assertThat(own.get(part)).as(part).isEqualTo(poi.get(part));
    }
    assertThat(own.get("xl/worksheets/sheet2.xml"))
        .contains("<dimension ref=\"A1:F8\"/>", "<row r=\"8\"><c r=\"A8\" s=\"0\"/>");
  }

  @Test
  void rowsAsXml_readBackAsWritten() throws IOException {
    byte[] xlsx = written(GradebookParts.newWorkbook());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheet("Rows");
      assertThat(sheet.getLastRowNum()).isEqualTo(7);
      assertThat(sheet.getRow(2)).isNull();
      Row first = sheet.getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("alice");
      assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(0.1 + 0.2);
      assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(first.getCell(4).getStringCellValue()).isEqualTo("  spaced  ");
      Row second = sheet.getRow(3);
      assertThat(second.getCell(1).getNumericCellValue()).isEqualTo(1e-7);
      assertThat(second.getCell(2).getNumericCellValue()).isEqualTo(1e21);
      assertThat(second.getCell(3).getErrorCellValue()).isEqualTo(FormulaError.NUM.getCode());
      assertThat(sheet.getRow(5).getCell(1).getErrorCellValue())
          .isEqualTo(FormulaError.DIV0.getCode());
      assertThat(sheet.getRow(5).getCell(3).getStringCellValue())
          .isEqualTo("x".repeat(Cells.MAX_TEXT - 1) + "\u2026");
      assertThat(sheet.getRow(7).getCell(4).getStringCellValue())
          .isEqualTo("\u00e9\uD83E\uDDE0\r\n\t");
      assertThat(sheet.getRow(7).getCell(0).getCellStyle().getIndex()).isZero();
      assertThat(book.getSharedStringSource().getCount()).isEqualTo(12);
    }
  }

  @Test
  void aRowNotAfterTheLast_isRefused() throws IOException {
    try (XSSFWorkbook workbook = GradebookParts.newWorkbook()) {
      Sheet sheet = workbook.createSheet("Rows");
      sheet.createRow(3);
      PlainRows rows = PlainRows.of(sheet);
      assertThatThrownBy(() -> rows.add(3, "a")).isInstanceOf(IllegalArgumentException.class);
      rows.add(4, "a");
      assertThatThrownBy(() -> rows.add(4, "b")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> rows.add(5, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
