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
 * auto"} and {@code "<id> manual"}; a manual item one, {@code "<id> manual"}. The import finds
 * manual columns by these headers.
 *
 * @param itemId the rubric item's id
 * @param manual whether the column holds the manual part, which a TA fills in
 * @param header the column's header text
 * @param max the column's maximum (marks)
 * @param description what the TA looks for, for a manual column; empty otherwise
 */
record MarkColumn(String itemId, boolean manual, String header, double max, String description) {

  /** Returns the mark columns of a rubric, in rubric order. */
  static List<MarkColumn> of(Rubric rubric) {
    List<MarkColumn> columns = new ArrayList<>();
    for (RubricItem item : rubric.items()) {
      String description = item.manual().map(RubricItem.ManualPart::description).orElse("");
      switch (item.kind()) {
        case AUTO ->
            columns.add(
                new MarkColumn(item.id(), false, item.id() + " " + item.title(), item.marks(), ""));
        case MIXED -> {
          columns.add(new MarkColumn(item.id(), false, item.id() + " auto", item.autoMarks(), ""));
          columns.add(
              new MarkColumn(
                  item.id(), true, item.id() + " manual", item.manualMarks(), description));
        }
        case MANUAL ->
            columns.add(
                new MarkColumn(
                    item.id(), true, item.id() + " manual", item.manualMarks(), description));
      }
    }
    return columns;
  }

  /** Returns this column's marks in a result, or null while a manual part is pending. */
  Double valueIn(SubmissionResult result) {
    ItemResult item = result.item(itemId);
    return manual ? item.manualScore() : item.autoScore();
  }
}
