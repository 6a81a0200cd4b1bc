package neurograde.export;

import java.util.ArrayList;
import java.util.List;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricItem;
import neurograde.score.ItemResult;
import neurograde.score.SubmissionResult;

/**
 * A column of marks in sheet "Marks": the automatic or the manual part of a rubric item.
 *
 * <p>An auto item has one column headed {@code "<id> <title>"}; a mixed item two, {@code "<id>
 * auto"} and {@code "<id> manual"}; a manual item one, {@code "<id> manual"}. A manual column's
 * header goes on, on further lines, with what the TA judges. The import finds manual columns by the
 * first line of their header.
 *
 * @param itemId the rubric item's id
 * @param manual whether the column holds the manual part, which a TA fills in
 * @param header the first line of the column's header, by which the import finds it
 * @param max the column's maximum (marks)
 * @param description what the TA looks for, for a manual column; empty otherwise
 */
record MarkColumn(String itemId, boolean manual, String header, double max, String description) {

  /** Suffix of a manual column's header. */
  static final String MANUAL = " manual";

  /** Returns the mark columns of a rubric, in rubric order. */
  static List<MarkColumn> of(Rubric rubric) {
    List<MarkColumn> columns = new ArrayList<>();
    for (RubricItem item : rubric.items()) {
      String description = item.manual().map(m -> item.title() + ": " + m.description()).orElse("");
      switch (item.kind()) {
        case AUTO ->
            columns.add(
                new MarkColumn(item.id(), false, item.id() + " " + item.title(), item.marks(), ""));
        case MIXED -> {
          columns.add(new MarkColumn(item.id(), false, item.id() + " auto", item.autoMarks(), ""));
          columns.add(
              new MarkColumn(item.id(), true, item.id() + MANUAL, item.manualMarks(), description));
        }
        case MANUAL ->
            columns.add(
                new MarkColumn(
                    item.id(), true, item.id() + MANUAL, item.manualMarks(), description));
      }
    }
    return columns;
  }

  /**
   * Returns the header as shown: for a manual column its first line, then what to judge; for an
   * automatic column the item's id, then its title, so that the narrow column of numbers wraps it.
   */
  String label() {
    if (manual) {
      return header + "\n" + description;
    }
    int space = header.indexOf(' ');
    return space < 0 ? header : header.substring(0, space) + "\n" + header.substring(space + 1);
  }

  /** Returns this column's marks in a result, or null while a manual part is pending. */
  Double valueIn(SubmissionResult result) {
    ItemResult item = result.item(itemId);
    return manual ? item.manualScore() : item.autoScore();
  }

  /** Returns the first line of a header cell's text, by which columns are matched. */
  static String firstLine(String text) {
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).strip();
  }
}
