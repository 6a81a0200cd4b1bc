package neurograde.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A text cell reads back as written, in a gradebook's workbook and in POI's own: escape-like text
 * whole even where its escaping makes the stored text longer than a cell holds, and a text past the
 * cap cut whole characters only.
 */
class CellsTest {

  private static final String GRIN = "\uD83D\uDE00";

  /**
   * Exactly as long as a cell holds: "_x0041_" then emoji (the escape adds 6 stored characters).
   */
  private static final String FULL_OF_ESCAPES = "_x0041_" + GRIN.repeat((Cells.MAX_TEXT - 7) / 2);

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aTextThatFits_readsBackWhole_evenWhenItsEscapesDoNot(boolean gradebook) throws IOException {
    assertThat(FULL_OF_ESCAPES).hasSize(Cells.MAX_TEXT);

    assertThat(roundTrip(FULL_OF_ESCAPES, gradebook)).isEqualTo(FULL_OF_ESCAPES);
    assertThat(roundTrip("bob_x0041_x0042_", gradebook)).isEqualTo("bob_x0041_x0042_");
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aTextPastTheCap_isCutBetweenCharacters(boolean gradebook) throws IOException {
    // the cut (after MAX_TEXT - 1 characters) would fall inside the last emoji's pair
    String text = "a".repeat(Cells.MAX_TEXT - 3) + GRIN.repeat(5);

    assertThat(roundTrip(text, gradebook))
        .isEqualTo("a".repeat(Cells.MAX_TEXT - 3) + GRIN + "\u2026")
        .hasSize(Cells.MAX_TEXT);
  }

  /** Writes the text into a cell of a saved workbook and reads it back as POI reads it. */
  private static String roundTrip(String text, boolean gradebook) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XSSFWorkbook book = gradebook ? GradebookParts.newWorkbook() : new XSSFWorkbook()) {
      Cells.text(book.createSheet("S").createRow(0), 0, text);
      book.write(bytes);
    }
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
      return book.getSheet("S").getRow(0).getCell(0).getStringCellValue();
    }
  }
}
