package neurograde.report;

import java.util.Arrays;
import neurograde.score.SubmissionResult;
import org.jsoup.nodes.Element;

/** The overview's histogram of total marks, of the students who submitted something. */
final class Distribution implements OverviewSection {

  private static final int BINS = 10;

  @Override
  public void append(Element body, ClassResults students) {
    body.appendElement("h2").text("Distribution of marks");
    double max = students.rubric().maxScore();
    int[] counts = new int[BINS];
    for (SubmissionResult r : students.submitted()) {
      counts[Math.max(0, Math.min(BINS - 1, (int) Math.floor(r.score() / max * BINS)))]++;
    }
    int most = Arrays.stream(counts).max().orElse(1);
    Element table = body.appendElement("table").addClass("histogram");
    Element head = table.appendElement("thead").appendElement("tr");
    head.appendElement("th").attr("scope", "col").addClass("num").text("Marks");
    head.appendElement("th").attr("scope", "col").text("");
    head.appendElement("th").attr("scope", "col").addClass("num").text("Students");
    Element rows = table.appendElement("tbody");
    for (int b = BINS - 1; b >= 0; b--) {
      Element row = rows.appendElement("tr");
      row.appendElement("td")
          .addClass("num")
          .text(Html.marks(max * b / BINS) + " to " + Html.marks(max * (b + 1) / BINS));
      Element bar = row.appendElement("td").addClass("bar-cell");
      bar.appendElement("span")
          .addClass("bar")
          .attr("style", "width: " + (most == 0 ? 0 : 100.0 * counts[b] / most) + "%");
      row.appendElement("td").addClass("num").text(Integer.toString(counts[b]));
    }
    int absent = students.results().size() - students.submitted().size();
    if (absent > 0) {
      body.appendElement("p")
          .text(
              "Not counted: "
                  + absent
                  + (absent == 1 ? " student" : " students")
                  + " who submitted nothing.");
    }
  }
}
