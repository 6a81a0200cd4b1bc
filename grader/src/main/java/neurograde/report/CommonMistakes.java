package neurograde.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import neurograde.score.SubmissionResult;
import org.jsoup.nodes.Element;

/** The overview's named mistakes, most common first, with who made each. */
final class CommonMistakes implements OverviewSection {

  @Override
  public void append(Element body, ClassResults students) {
    Map<String, List<String>> byMistake = new TreeMap<>();
    for (SubmissionResult r : students.results()) {
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
    head.appendElement("th").attr("scope", "col").text("Mistake");
    head.appendElement("th").attr("scope", "col").addClass("num").text("Students");
    head.appendElement("th").attr("scope", "col").text("Who");
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
                who.appendElement("a").attr("href", StudentTable.link(student)).text(student);
                who.appendText(" ");
              }
            });
  }
}
