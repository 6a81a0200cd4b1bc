package neurograde.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricItem;
import neurograde.score.Diagnostic;
import neurograde.score.ItemResult;
import neurograde.score.SubmissionResult;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The class overview: every student's marks (sortable), the distribution, item averages and common
 * mistakes.
 */
final class ClassOverview {

  private static final String SORT_SCRIPT =
      """
      document.querySelectorAll('table.sortable').forEach(function (table) {
        table.querySelectorAll('th').forEach(function (th, column) {
          th.classList.add('sortable');
          th.addEventListener('click', function () {
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            var ascending = th.dataset.order !== 'asc';
            th.dataset.order = ascending ? 'asc' : 'desc';
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
    double pending =
        results.stream().flatMap(r -> r.items().stream()).filter(ItemResult::pending).count();
    body.appendElement("p")
        .text(
            results.size()
                + " students. Marks below count automatic marks and any manual marks entered so far"
                + (pending > 0
                    ? "; "
                        + (long) pending
                        + " manual parts are still to be marked (export the gradebook, fill it in, import-marks)."
                    : "."));

    distribution(body, results, rubric.maxScore());
    items(body, rubric, results);
    mistakes(body, results);
    students(body, rubric, results);
    SimilaritySection.append(body, out, results.stream().map(SubmissionResult::student).toList());
    body.appendElement("script").appendChild(new DataNode(SORT_SCRIPT));
    Path file = out.resolve("index.html");
    Html.write(page, file);
    return file;
  }

  private static void distribution(Element body, List<SubmissionResult> results, double max) {
    body.appendElement("h2").text("Distribution of marks");
    int bins = 10;
    int[] counts = new int[bins];
    for (SubmissionResult r : results) {
      counts[Math.min(bins - 1, (int) Math.floor(r.score() / max * bins))]++;
    }
    int most = java.util.Arrays.stream(counts).max().orElse(1);
    Element table = body.appendElement("table").addClass("histogram");
    for (int b = bins - 1; b >= 0; b--) {
      Element row = table.appendElement("tr");
      row.appendElement("td")
          .addClass("num")
          .text(Html.marks(max * b / bins) + " to " + Html.marks(max * (b + 1) / bins));
      Element bar = row.appendElement("td").attr("style", "width: 24em");
      bar.appendElement("span")
          .addClass("bar")
          .attr("style", "width: " + (most == 0 ? 0 : 100.0 * counts[b] / most) + "%");
      row.appendElement("td").addClass("num").text(Integer.toString(counts[b]));
    }
  }

  private static void items(Element body, Rubric rubric, List<SubmissionResult> results) {
    body.appendElement("h2").text("Automatic marks by question");
    Element table = body.appendElement("table").addClass("sortable");
    Element head = table.appendElement("thead").appendElement("tr");
    for (String title : List.of("Question", "Title", "Average", "Maximum", "Full marks")) {
      head.appendElement("th").text(title);
    }
    Element rows = table.appendElement("tbody");
    for (RubricItem item : rubric.items()) {
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

  private static void mistakes(Element body, List<SubmissionResult> results) {
    Map<String, List<String>> byMistake = new TreeMap<>();
    for (SubmissionResult r : results) {
      for (String mistake : r.mistakes()) {
        byMistake.computeIfAbsent(mistake, k -> new ArrayList<>()).add(r.student());
      }
    }
    body.appendElement("h2").text("Most common named mistakes");
    if (byMistake.isEmpty()) {
      body.appendElement("p").text("None recognised.");
      return;
    }
    Element table = body.appendElement("table");
    Element head = table.appendElement("thead").appendElement("tr");
    head.appendElement("th").text("Mistake");
    head.appendElement("th").addClass("num").text("Students");
    head.appendElement("th").text("Who");
    Element rows = table.appendElement("tbody");
    byMistake.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, List<String>> e) -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey))
        .forEach(
            e -> {
              Element row = rows.appendElement("tr");
              row.appendElement("td").text(e.getKey());
              row.appendElement("td").addClass("num").text(Integer.toString(e.getValue().size()));
              Element who = row.appendElement("td");
              for (String student : e.getValue()) {
                who.appendElement("a").attr("href", "reports/" + student + ".html").text(student);
                who.appendText(" ");
              }
            });
  }

  private static void students(Element body, Rubric rubric, List<SubmissionResult> results) {
    body.appendElement("h2").text("Students");
    body.appendElement("p").text("Click a column's title to sort by it.");
    Element table = body.appendElement("table").addClass("sortable").attr("id", "students");
    Element head = table.appendElement("thead").appendElement("tr");
    head.appendElement("th").text("Student");
    head.appendElement("th").text("Name");
    head.appendElement("th").addClass("num").text("Marks");
    head.appendElement("th").addClass("num").text("To mark");
    for (RubricItem item : rubric.items()) {
      head.appendElement("th").addClass("num").attr("title", item.title()).text(item.id());
    }
    head.appendElement("th").text("Problems");
    Element rows = table.appendElement("tbody");
    for (SubmissionResult r : results) {
      Element row = rows.appendElement("tr");
      row.appendElement("td")
          .appendElement("a")
          .attr("href", "reports/" + r.student() + ".html")
          .text(r.student());
      row.appendElement("td").text(r.name() == null ? "" : r.name());
      row.appendElement("td")
          .addClass("num")
          .attr("data-sort", Double.toString(r.score()))
          .text(Html.marks(r.score()));
      long toMark = r.items().stream().filter(ItemResult::pending).count();
      row.appendElement("td").addClass("num").text(toMark == 0 ? "" : Long.toString(toMark));
      for (RubricItem item : rubric.items()) {
        ItemResult ir = r.item(item.id());
        double known = ir.knownScore();
        Element cell =
            row.appendElement("td").addClass("num").attr("data-sort", Double.toString(known));
        cell.text(ir.autoMax() == null && ir.manualScore() == null ? "" : Html.marks(known));
        if (ir.autoMax() != null && ir.autoScore() < ir.autoMax()) {
          cell.attr("style", "color: #c0392b");
        }
      }
      row.appendElement("td")
          .text(
              String.join(
                  ", ",
                  r.diagnostics().stream().map(Diagnostic::kind).distinct().sorted().toList()));
    }
  }
}
