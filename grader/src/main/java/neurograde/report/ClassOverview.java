package neurograde.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import neurograde.rubric.Rubric;
import neurograde.score.ItemResult;
import neurograde.score.NoSubmission;
import neurograde.score.SubmissionResult;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The class overview: every student's marks (sortable), the distribution, item averages and common
 * mistakes. Each part is an {@link OverviewSection}; add one to {@link #SECTIONS} to show more.
 */
final class ClassOverview {

  /** The sections, in the order they are shown. */
  static final List<OverviewSection> SECTIONS =
      List.of(
          new Distribution(),
          new ItemAverages(),
          new CommonMistakes(),
          new StudentTable(),
          new SimilaritySection());

  /**
   * Sorts a table by a column when its header's button is pressed (by mouse or keyboard), and says
   * so to screen readers through aria-sort.
   */
  private static final String SORT_SCRIPT =
      """
      document.querySelectorAll('table.sortable').forEach(function (table) {
        table.querySelectorAll('thead th').forEach(function (th, column) {
          var button = th.querySelector('button');
          if (!button) { return; }
          button.addEventListener('click', function () {
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            var ascending = th.getAttribute('aria-sort') !== 'ascending';
            table.querySelectorAll('thead th').forEach(function (other) { other.removeAttribute('aria-sort'); });
            th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
            rows.sort(function (a, b) {
              var x = a.cells[column].dataset.sort || a.cells[column].textContent;
              var y = b.cells[column].dataset.sort || b.cells[column].textContent;
              var nx = parseFloat(x), ny = parseFloat(y);
              var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
              return ascending ? c : -c;
            });
            rows.forEach(function (row) { body.appendChild(row); });
          });
        });
      });
      """;

  private ClassOverview() {}

  static Path write(Path out, Rubric rubric, List<SubmissionResult> results) throws IOException {
    Document page = Html.page(rubric.title() + ": class overview");
    Element body = page.body();
    body.appendElement("p").addClass("course").text(rubric.title());
    body.appendElement("h1").text("Class overview");
    List<SubmissionResult> submitted = results.stream().filter(r -> !NoSubmission.is(r)).toList();
    intro(body, results, submitted);
    OverviewSection.ClassResults students =
        new OverviewSection.ClassResults(out, rubric, results, submitted);
    for (OverviewSection section : SECTIONS) {
      section.append(body, students);
    }
    body.appendElement("script").appendChild(new DataNode(SORT_SCRIPT));
    Path file = out.resolve("index.html");
    Html.write(page, file);
    return file;
  }

  private static void intro(
      Element body, List<SubmissionResult> results, List<SubmissionResult> submitted) {
    long pending =
        submitted.stream().flatMap(r -> r.items().stream()).filter(ItemResult::pending).count();
    int absent = results.size() - submitted.size();
    body.appendElement("p")
        .text(
            results.size()
                + (results.size() == 1 ? " student" : " students")
                + (absent == 0
                    ? ""
                    : " ("
                        + absent
                        + " submitted nothing and "
                        + (absent == 1 ? "has" : "have")
                        + " 0 marks)")
                + ". Marks below count automatic marks and any manual marks entered so far"
                + (pending > 0
                    ? "; "
                        + pending
                        + " manual "
                        + (pending == 1 ? "part is" : "parts are")
                        + " still to be marked (in the gradebook, then import-marks)."
                    : "."));
  }
}
