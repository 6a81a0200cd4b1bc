package neurograde.export;

import java.util.List;
import neurograde.score.CheckResult;
import neurograde.score.SubmissionResult;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** Sheet "Checks": one row per student and check, filterable, for finding who failed what. */
final class ChecksSheet {

  static final String NAME = "Checks";
  static final List<String> HEADERS =
      List.of("Student", "Item", "Check", "Title", "Score", "Max", "Status", "Mistake", "Message");
  private static final List<Integer> WIDTHS = List.of(14, 8, 24, 36, 7, 7, 10, 26, 70);

  private ChecksSheet() {}

  /** Adds the sheet to a workbook, students in the order given and checks in rubric order. */
  static void write(Workbook workbook, Styles styles, List<SubmissionResult> results) {
    Sheet sheet = workbook.createSheet(NAME);
    Cells.header(sheet, styles.header(), HEADERS, WIDTHS);
    PlainRows rows = PlainRows.of(sheet);
    int r = 1;
    for (SubmissionResult result : results) {
      for (CheckResult check : result.checks()) {
        rows.add(
            r++,
            result.student(),
            check.item(),
            check.id(),
            check.title(),
            check.score(),
            check.max(),
            check.status(),
            check.mistake(),
            check.message());
      }
    }
    sheet.createFreezePane(0, 1);
    PrintLayout.landscapeFitToWidth(sheet, 1, 0);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.size() - 1));
  }
}
