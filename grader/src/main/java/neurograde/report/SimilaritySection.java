package neurograde.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import neurograde.similarity.SimilarPair;
import neurograde.similarity.SimilarityReport;
import org.jsoup.nodes.Element;

/**
 * The "Similarity" section of the class overview: the most similar pairs of students and the
 * students most similar to a known source, from the report {@code similarity} saved.
 */
final class SimilaritySection implements OverviewSection {

  @Override
  public void append(Element body, ClassResults students) {
    append(body, students.out(), students.results().stream().map(r -> r.student()).toList());
  }

  /**
   * Adds the section to the overview's body.
   *
   * @param graded the students with a result now (to say whom the report predates)
   */
  static void append(Element body, Path out, List<String> graded) {
    body.appendElement("h2").attr("id", "similarity").text("Similarity");
    Optional<SimilarityReport> saved;
    try {
      saved = SimilarityReport.load(out);
    } catch (IOException | RuntimeException e) {
      body.appendElement("p")
          .text(
              "The similarity report could not be read ("
                  + e.getMessage()
                  + "); run the similarity command again.");
      return;
    }
    if (saved.isEmpty()) {
      body.appendElement("p")
          .text(
              "Not computed. Run `grader similarity --out DIR` (or grade with --similarity) to"
                  + " compare the students' code.");
      return;
    }
    SimilarityReport report = saved.get();
    body.appendElement("p")
        .text(
            report.engine()
                + " compared the code the students wrote (LIFNeuron, SpikingNetwork, Experiments,"
                + " Activations and their own classes; never the provided classes), leaving out the"
                + " template every student received"
                + (report.knownSources().isEmpty()
                    ? ""
                    : " and code also found in a known source ("
                        + String.join(", ", report.knownSources())
                        + ")")
                + ". Names, comments, layout and numbers make no difference to it. A pair's score is"
                + " how much of their most similar class (with at least "
                + report.minTokens()
                + " tokens in common) is the same. A high score is a reason to read both pages"
                + " side by side, not a finding: the assignment dictates much of step and"
                + " simulate, and short code can look alike by chance.");
    List<String> changed = report.changedSince(out, graded);
    if (!changed.isEmpty()) {
      body.appendElement("p")
          .addClass("stale")
          .text(
              changed.size()
                  + " student(s) were graded or regraded after this comparison ("
                  + String.join(", ", changed.subList(0, Math.min(10, changed.size())))
                  + (changed.size() > 10 ? ", ..." : "")
                  + "): run the similarity command again to include them.");
    }
    body.appendElement("p")
        .text(
            report.submissions()
                + " submissions compared, "
                + report.pairsCompared()
                + " pairs; "
                + report.marked()
                + " pair(s) at or above "
                + percent(report.threshold())
                + (report.marked() > report.pairs().size()
                    ? "; only the "
                        + report.pairs().size()
                        + " most similar are listed (similarity --pairs N lists more)."
                    : ", marked below."));
    distribution(body, report);
    pairs(body, report);
    known(body, report);
    notes(body, report);
  }

  private static void distribution(Element body, SimilarityReport report) {
    Element table = body.appendElement("table").addClass("similarity-distribution");
    Element head = table.appendElement("tr");
    Element counts = table.appendElement("tr");
    head.appendElement("th").text("Score");
    counts.appendElement("th").text("Pairs");
    for (int b = 0; b < report.distribution().size(); b++) {
      head.appendElement("th").addClass("num").text((b * 10) + "-" + (b * 10 + 10) + "%");
      counts.appendElement("td").addClass("num").text(report.distribution().get(b).toString());
    }
  }

  private static void pairs(Element body, SimilarityReport report) {
    body.appendElement("h3").text("Most similar pairs");
    if (report.pairs().isEmpty()) {
      body.appendElement("p")
          .text("No two students share code beyond the template and the known sources.");
      return;
    }
    Element table = body.appendElement("table").attr("id", "similar-pairs");
    Element head = table.appendElement("thead").appendElement("tr");
    for (String title :
        List.of("#", "Score", "Students", "Class", "Overall", "Shared tokens", "Methods", "")) {
      head.appendElement("th").text(title);
    }
    Element rows = table.appendElement("tbody");
    int rank = 1;
    for (SimilarPair pair : report.pairs()) {
      Element row = rows.appendElement("tr");
      if (pair.marked()) {
        row.addClass("marked");
      }
      row.appendElement("td").addClass("num").text(Integer.toString(rank++));
      row.appendElement("td")
          .addClass("num")
          .text(percent(pair.score()) + (pair.marked() ? " (marked)" : ""));
      Element who = row.appendElement("td");
      student(who, pair.first());
      who.appendText(" and ");
      student(who, pair.second());
      row.appendElement("td").text(pair.scoreClass() == null ? "" : pair.scoreClass());
      row.appendElement("td").addClass("num").text(percent(pair.overall()));
      row.appendElement("td").addClass("num").text(Integer.toString(pair.sharedTokens()));
      row.appendElement("td").text(methods(pair));
      page(row.appendElement("td"), pair);
    }
  }

  private static void known(Element body, SimilarityReport report) {
    if (report.knownSources().isEmpty()) {
      return;
    }
    body.appendElement("h3").text("Most similar to a known source");
    body.appendElement("p")
        .text(
            "The share of a student's code (outside the template) that is also in a known source; "
                + percent(report.knownThreshold())
                + " or more is marked ("
                + report.knownMarked()
                + " student(s)). Solutions that follow the algorithm the assignment spells out"
                + " share part of the reference's code; only code taken from it shares nearly"
                + " all.");
    if (report.known().isEmpty()) {
      body.appendElement("p").text("No student's code shares any with a known source.");
      return;
    }
    Element table = body.appendElement("table").attr("id", "similar-known");
    Element head = table.appendElement("thead").appendElement("tr");
    for (String title :
        List.of("Student", "Known source", "Share", "Shared tokens", "Methods", "")) {
      head.appendElement("th").text(title);
    }
    Element rows = table.appendElement("tbody");
    for (SimilarPair pair : report.known()) {
      Element row = rows.appendElement("tr");
      if (pair.marked()) {
        row.addClass("marked");
      }
      student(row.appendElement("td"), pair.first());
      row.appendElement("td").text(pair.second());
      row.appendElement("td")
          .addClass("num")
          .text(percent(pair.score()) + (pair.marked() ? " (marked)" : ""));
      row.appendElement("td").addClass("num").text(Integer.toString(pair.sharedTokens()));
      row.appendElement("td").text(methods(pair));
      page(row.appendElement("td"), pair);
    }
  }

  private static void notes(Element body, SimilarityReport report) {
    notes(body, "Not compared", report.notCompared());
    notes(body, "Files left out of the comparison", report.skippedFiles());
  }

  /** A heading and a list of notes, one per student; nothing if there are none. */
  private static void notes(Element body, String heading, List<SimilarityReport.Note> notes) {
    if (!notes.isEmpty()) {
      body.appendElement("h3").text(heading);
      Element list = body.appendElement("ul");
      for (SimilarityReport.Note note : notes) {
        Element item = list.appendElement("li");
        student(item, note.student());
        item.appendText(": " + note.why());
      }
    }
  }

  private static void student(Element parent, String student) {
    parent.appendElement("a").attr("href", "reports/" + student + ".html").text(student);
  }

  private static void page(Element cell, SimilarPair pair) {
    if (pair.page() != null) {
      cell.appendElement("a").attr("href", pair.page()).text("side by side");
    }
  }

  /** Names the methods with the most shared code: {@code LIFNeuron.step ~ LIFNeuron.step (16)}. */
  static String methods(SimilarPair pair) {
    return pair.methods().stream()
        .limit(3)
        .map(
            m ->
                (m.first().equals(m.second()) ? m.first() : m.first() + " ~ " + m.second())
                    + " ("
                    + m.tokens()
                    + ")")
        .collect(Collectors.joining(", "));
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }
}
