package neurograde.report;

import java.nio.charset.StandardCharsets;
import neurograde.rubric.RubricItem;
import neurograde.score.Diagnostic;
import neurograde.score.ItemResult;
import neurograde.score.NoSubmission;
import neurograde.score.SubmissionResult;
import org.jsoup.nodes.Element;

/**
 * The overview's table of every student: marks, what is left to mark, each item, and problems. The
 * name sits under the id to keep the table narrow; on a narrower screen the table scrolls sideways
 * inside its box, with the student kept in view.
 */
final class StudentTable implements OverviewSection {

  @Override
  public void append(Element body, ClassResults students) {
    body.appendElement("h2").text("Students");
    body.appendElement("p")
        .text(
            "Press a column's title to sort by it; press again to reverse. Yellow: a part still"
                + " to mark; red: automatic marks lost.");
    Element table =
        body.appendElement("div")
            .addClass("scroll")
            .attr("tabindex", "0")
            .attr("role", "region")
            .attr("aria-label", "Students' marks")
            .appendElement("table")
            .addClass("sortable")
            .addClass("compact")
            .attr("id", "students");
    Element head = table.appendElement("thead").appendElement("tr");
    sortableHeader(head, "Student", false);
    sortableHeader(head, "Marks", true);
    sortableHeader(head, "To mark", true);
    for (RubricItem item : students.rubric().items()) {
      sortableHeader(head, item.id(), true).attr("title", item.title());
    }
    sortableHeader(head, "Problems", false);
    Element rows = table.appendElement("tbody");
    for (SubmissionResult r : students.results()) {
      row(rows.appendElement("tr"), r, students);
    }
  }

  private static void row(Element row, SubmissionResult r, ClassResults students) {
    boolean absent = NoSubmission.is(r);
    if (absent) {
      row.addClass("absent");
    }
    Element student = row.appendElement("th").attr("scope", "row").attr("data-sort", r.student());
    student.appendElement("a").attr("href", link(r.student())).text(r.student());
    if (r.name() != null) {
      student.appendText(" ").appendElement("span").addClass("name").text(r.name());
    }
    row.appendElement("td")
        .addClass("num")
        .attr("data-sort", Double.toString(r.score()))
        .text(Html.marks(r.score()));
    long toMark = absent ? 0 : r.items().stream().filter(ItemResult::pending).count();
    row.appendElement("td")
        .addClass("num")
        .attr("data-sort", Long.toString(toMark))
        .text(toMark == 0 ? "" : Long.toString(toMark));
    for (RubricItem item : students.rubric().items()) {
      ItemResult ir = r.item(item.id());
      double known = ir.knownScore();
      Element cell =
          row.appendElement("td").addClass("num").attr("data-sort", Double.toString(known));
      boolean marked = ir.autoMax() != null || ir.manualScore() != null;
      cell.text(absent || marked ? Html.marks(known) : "");
      if (!absent && ir.pending()) {
        cell.addClass("pending").attr("title", item.id() + ": still to mark");
      }
      if (!absent && ir.autoMax() != null && ir.autoScore() < ir.autoMax()) {
        cell.addClass("lost");
      }
    }
    row.appendElement("td")
        .addClass("problems")
        .text(
            absent
                ? "no submission"
                : String.join(
                    ", ",
                    r.diagnostics().stream().map(Diagnostic::kind).distinct().sorted().toList()));
  }

  /** A column header whose button sorts the table (numbers or text). */
  static Element sortableHeader(Element head, String title, boolean number) {
    Element th = head.appendElement("th").attr("scope", "col");
    if (number) {
      th.addClass("num");
    }
    th.appendElement("button").attr("type", "button").text(title);
    return th;
  }

  /** The link from the overview to a student's report, the id escaped for a URL. */
  static String link(String student) {
    StringBuilder path = new StringBuilder("reports/");
    for (byte b : (student + ".html").getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        path.append(c);
      } else {
        path.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return path.toString();
  }
}
