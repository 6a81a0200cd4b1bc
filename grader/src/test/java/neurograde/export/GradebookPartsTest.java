package neurograde.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import neurograde.rubric.Rubric;
import neurograde.score.CheckResult;
import neurograde.score.Scorer;
import neurograde.score.Scorer.Outcome;
import neurograde.score.SubmissionResult;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A gradebook made of {@link GradebookParts} (shared strings found by text, default styles set at
 * once, the rows of "Checks" written as XML) is the file POI writes on its own, and every text
 * reads back as given.
 */
class GradebookPartsTest {

  /** Longer than a cell holds: capped, and the same capped text twice. */
  private static final String LONG = "x".repeat(Cells.MAX_TEXT + 10);

  /** Texts that POI writes with care: spaces kept, escapes, line ends, tabs, beyond the BMP. */
  private static final List<String> AWKWARD =
      List.of(
          "  leading spaces kept",
          "trailing spaces kept  ",
          "an escape-like _x0041_ in a message",
          "lines\r\nand\ttabs",
          "emoji \uD83E\uDDE0 and accents \u00e9\u00e8",
          "<tag> & \"quotes\"",
          LONG);

  /** A class of four: the sample batch and dave, whose messages are awkward and repeated. */
  private static List<SubmissionResult> results() {
    Rubric rubric = SampleBatch.rubric();
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    outcomes.put("slope.dvdt", new Outcome("failed", 0, AWKWARD.get(0), null, null));
    outcomes.put("slope.dsdt", new Outcome("failed", 0, AWKWARD.get(1), "a  mistake ", null));
    outcomes.put("act.sigmoid", new Outcome("failed", 0.5, AWKWARD.get(2), null, null));
    outcomes.put("act.tanh", new Outcome("failed", 0.5, LONG, null, null));
    SubmissionResult dave =
        Scorer.score(
            rubric,
            "dave",
            "Dave \u00c9tienne",
            outcomes,
            List.of(),
            new SubmissionResult.Timings(40, 5, 120));
    List<SubmissionResult> results = new ArrayList<>(SampleBatch.all());
    results.add(dave);
    results.add(
        Scorer.score(
            rubric,
            "erin",
            "  " + AWKWARD.get(3) + " " + AWKWARD.get(4) + AWKWARD.get(5),
            Map.of("act.tanh", new Outcome("failed", 0, LONG, null, null)),
            List.of(),
            new SubmissionResult.Timings(40, 5, 120)));
    return results;
  }

  private static byte[] write(XSSFWorkbook workbook) throws IOException {
    try (workbook) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /** Each part of an XLSX file by name, but the properties (which hold the time of writing). */
  static Map<String, String> parts(byte[] xlsx) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (!entry.getName().equals("docProps/core.xml")) {
          parts.put(entry.getName(), new String(zip.readAllBytes(), "UTF-8"));
        }
      }
    }
    return parts;
  }

  @Test
  void gradebook_isPartForPartWhatPoiWritesOnItsOwn() throws IOException {
    Rubric rubric = SampleBatch.rubric();
    Map<String, String> poi = parts(write(Gradebook.build(new XSSFWorkbook(), rubric, results())));
    Map<String, String> own = parts(write(Gradebook.build(rubric, results())));

    assertThat(own.keySet()).containsExactlyElementsOf(poi.keySet());
    assertThat(own.keySet()).contains("xl/sharedStrings.xml", "xl/worksheets/sheet2.xml");
    for (String part : poi.keySet()) {
      assertThat(own.get(part)).as(part).isEqualTo(poi.get(part));
    }
  }

  @Test
  void everyText_readsBackExactly_withOneSharedEntryPerDistinctText() throws IOException {
    List<SubmissionResult> results = results();
    byte[] xlsx = write(Gradebook.build(SampleBatch.rubric(), results));

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet checks = book.getSheet(ChecksSheet.NAME);
      int r = 1;
      List<String> messages = new ArrayList<>();
      for (SubmissionResult result :
          results.stream()
              .sorted((a, b) -> a.student().compareTo(b.student()))
              .toList()) { // rows are sorted by student id
        for (CheckResult check : result.checks()) {
          Row row = checks.getRow(r++);
          assertThat(row.getCell(0).getStringCellValue()).isEqualTo(result.student());
          assertThat(row.getCell(2).getStringCellValue()).isEqualTo(check.id());
          messages.add(row.getCell(8).getStringCellValue());
          // _xHHHH_ reads back as written: its underscore is stored escaped (Cells.capped)
          String expected =
              check.message().length() <= Cells.MAX_TEXT
                  ? check.message()
                  : check.message().substring(0, Cells.MAX_TEXT - 1) + "\u2026";
          assertThat(row.getCell(8).getStringCellValue()).isEqualTo(expected);
          assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
          assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(check.score());
          assertThat(((XSSFCell) row.getCell(8)).getCTCell().getS()).isZero();
        }
      }
      assertThat(r - 1).isEqualTo(checks.getLastRowNum());
      assertThat(messages)
          .contains(
              "  leading spaces kept",
              "trailing spaces kept  ",
              "an escape-like _x0041_ in a message",
              "x".repeat(Cells.MAX_TEXT - 1) + "\u2026");
      Row erin = book.getSheet(MarksSheet.NAME).getRow(MarksSheet.FIRST_STUDENT_ROW + 4);
      assertThat(erin.getCell(1).getStringCellValue())
          .isEqualTo(
              "  lines\r\nand\ttabs emoji \uD83E\uDDE0 and accents \u00e9\u00e8<tag> & \"quotes\"");

      SharedStringsTable strings = book.getSharedStringSource();
      List<String> texts = strings.getSharedStringItems().stream().map(Object::toString).toList();
      assertThat(texts).doesNotHaveDuplicates();
      assertThat(strings.getUniqueCount()).isEqualTo(texts.size());
      assertThat(strings.getCount()).isEqualTo(textCells(book));
    }
  }

  /** Counts the text cells of a workbook, each a use of a shared string. */
  private static int textCells(XSSFWorkbook book) {
    int cells = 0;
    for (Sheet sheet : book) {
      for (Row row : sheet) {
        for (var cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            cells++;
          }
        }
      }
    }
    return cells;
  }
}
