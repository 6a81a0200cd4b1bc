package neurograde.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import neurograde.score.SubmissionResult;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Sheet "Mistakes": one row per named mistake with how many students made it and who, most common
 * first.
 */
final class MistakesSheet {

  static final String NAME = "Mistakes";
  static final List<String> HEADERS = List.of("Mistake", "Students", "Who");
  private static final List<Integer> WIDTHS = List.of(32, 10, 80);

  private MistakesSheet() {}

  /** Adds the sheet to a workbook. */
  static void write(Workbook workbook, Styles styles, List<SubmissionResult> results) {
    Sheet sheet = workbook.createSheet(NAME);
    Cells.header(sheet, styles.header(), HEADERS, WIDTHS);
    int r = 1;
    for (Map.Entry<String, SortedSet<String>> mistake : byMistake(results)) {
      Row row = sheet.createRow(r++);
      Cells.text(row, 0, mistake.getKey());
      Cells.number(row, 1, mistake.getValue().size());
      Cells.text(row, 2, String.join(", ", mistake.getValue()));
    }
    sheet.createFreezePane(0, 1);
    PrintLayout.landscapeFitToWidth(sheet, 1, 0);
  }

  /** Returns each mistake with the students who made it, the most common first, then by id. */
  static List<Map.Entry<String, SortedSet<String>>> byMistake(List<SubmissionResult> results) {
    Map<String, SortedSet<String>> students = new TreeMap<>();
    for (SubmissionResult result : results) {
      for (String mistake : result.mistakes()) {
        students.computeIfAbsent(mistake, m -> new TreeSet<>()).add(result.student());
      }
    }
    List<Map.Entry<String, SortedSet<String>>> entries = new ArrayList<>(students.entrySet());
    entries.sort(
        Comparator.comparing((Map.Entry<String, SortedSet<String>> e) -> -e.getValue().size())
            .thenComparing(Map.Entry::getKey));
    return entries;
  }
}
