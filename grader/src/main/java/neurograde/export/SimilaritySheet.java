package neurograde.export;

import java.util.List;
import java.util.stream.Collectors;
import neurograde.similarity.SimilarPair;
import neurograde.similarity.SimilarityReport;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Sheet "Similarity": the pairs of students the similarity report lists, then the students most
 * similar to a known source, with scores in percent and a link to each side-by-side page.
 */
final class SimilaritySheet {

  static final String NAME = "Similarity";
  static final List<String> HEADERS =
      List.of(
          "Kind",
          "Student",
          "Similar to",
          "Score (%)",
          "Marked",
          "Class",
          "Overall (%)",
          "Shared tokens",
          "Methods",
          "Page");
  private static final List<Integer> WIDTHS = List.of(14, 16, 22, 10, 8, 16, 11, 13, 70, 30);

  private SimilaritySheet() {}

  /** Adds the sheet to a workbook. */
  static void write(Workbook workbook, Styles styles, SimilarityReport report) {
    Sheet sheet = workbook.createSheet(NAME);
    Cells.header(sheet, styles.header(), HEADERS, WIDTHS);
    int r = 1;
    for (SimilarPair pair : report.pairs()) {
      row(workbook, sheet.createRow(r++), "students", pair);
    }
    for (SimilarPair pair : report.known()) {
      row(workbook, sheet.createRow(r++), "known source", pair);
    }
    Row note = sheet.createRow(r + 1);
    Cells.text(
        note,
        0,
        report.engine()
            + ", threshold "
            + Numbers.plain(Math.round(report.threshold() * 1000) / 10.0)
            + "%: similar code is a reason to read both pages, not a finding.");
    sheet.createFreezePane(0, 1);
  }

  private static void row(Workbook workbook, Row row, String kind, SimilarPair pair) {
    Cells.text(row, 0, kind);
    Cells.text(row, 1, pair.first());
    Cells.text(row, 2, pair.second());
    Cells.number(row, 3, Math.round(pair.score() * 1000) / 10.0);
    Cells.text(row, 4, pair.marked() ? "yes" : "");
    Cells.text(row, 5, pair.scoreClass());
    Cells.number(row, 6, Math.round(pair.overall() * 1000) / 10.0);
    Cells.number(row, 7, pair.sharedTokens());
    Cells.text(
        row,
        8,
        pair.methods().stream()
            .map(m -> m.first() + " ~ " + m.second() + " (" + m.tokens() + ")")
            .collect(Collectors.joining(", ")));
    if (pair.page() != null) {
      Cell cell = Cells.text(row, 9, pair.page());
      Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.FILE);
      link.setAddress(pair.page());
      cell.setHyperlink(link);
    }
  }
}
