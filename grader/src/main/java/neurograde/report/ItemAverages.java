package neurograde.report;

import java.util.List;
import neurograde.rubric.RubricItem;
import neurograde.score.ItemResult;
import neurograde.score.SubmissionResult;
import org.jsoup.nodes.Element;

/** The overview's table of automatic marks by question, over the students who submitted. */
final class ItemAverages implements OverviewSection {

  @Override
  public void append(Element body, ClassResults students) {
    body.appendElement("h2").text("Automatic marks by question");
    List<SubmissionResult> results = students.submitted();
    Element table = body.appendElement("table").addClass("sortable");
    Element head = table.appendElement("thead").appendElement("tr");
    for (String title : List.of("Question", "Title", "Average", "Maximum", "Full marks")) {
      StudentTable.sortableHeader(head, title, !title.equals("Question") && !title.equals("Title"));
    }
    Element rows = table.appendElement("tbody");
    for (RubricItem item : students.rubric().items()) {
      if (item.checks().isEmpty()) {
        continue;
      }
      double sum = 0;
      int full = 0;
      for (SubmissionResult r : results) {
        ItemResult ir = r.item(item.id());
        sum += ir.autoScore() == null ? 0 : ir.autoScore();
        full += ir.autoScore() != null && Math.abs(ir.autoScore() - ir.autoMax()) < 1e-9 ? 1 : 0;
      }
      Element row = rows.appendElement("tr");
      row.appendElement("td").text(item.id());
      row.appendElement("td").text(item.title());
      row.appendElement("td")
          .addClass("num")
          .text(
              results.isEmpty() ? "" : Html.marks(Math.round(100 * sum / results.size()) / 100.0));
      row.appendElement("td").addClass("num").text(Html.marks(item.autoMarks()));
      row.appendElement("td")
          .addClass("num")
          .text(results.isEmpty() ? "" : Math.round(100.0 * full / results.size()) + "%");
    }
  }
}
