package neurograde.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import neurograde.score.CheckResult;
import neurograde.score.Diagnostic;
import neurograde.score.SubmissionResult;
import org.jsoup.nodes.Element;

/**
 * The problems found in a submission, each said once. A check that ran out of time (or memory, or
 * crashed) is also a diagnostic of the result; those are gathered into one line per kind that links
 * to the checks, which say the rest.
 */
final class ProblemList {

  /** Kinds of diagnostic that the scorer also writes for each check that ended so. */
  private static final Map<String, String> PER_CHECK =
      Map.of(
          "timeout", "ran out of time",
          "memory", "ran out of memory",
          "crash", "crashed",
          "grader", "failed because of a fault of the grader's, not your code");

  private ProblemList() {}

  /**
   * Appends the problems section, if there are problems.
   *
   * @param answersProblem what is wrong with ANSWERS.md, or null
   */
  static void append(Element body, SubmissionResult result, String answersProblem) {
    Map<String, List<CheckResult>> grouped = new LinkedHashMap<>();
    List<Diagnostic> own = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      CheckResult check = perCheck(d, result);
      if (check != null) {
        grouped.computeIfAbsent(d.kind(), k -> new ArrayList<>()).add(check);
      } else {
        own.add(d);
      }
    }
    if (own.isEmpty() && grouped.isEmpty() && answersProblem == null) {
      return;
    }
    Element section = body.appendElement("section").attr("id", "problems");
    section.appendElement("h2").text("Problems found in the submission");
    Element list = section.appendElement("ul").addClass("diagnostics");
    for (Diagnostic d : own) {
      Element li = item(list, d.kind());
      if (d.file() != null) {
        li.appendElement("code").text(d.file() + (d.line() == null ? "" : ":" + d.line()));
        li.appendText(" ");
      }
      li.appendText(d.message());
    }
    grouped.forEach(
        (kind, checks) -> {
          Element li = item(list, kind);
          li.appendText(
              checks.size()
                  + (checks.size() == 1 ? " check " : " checks ")
                  + PER_CHECK.get(kind)
                  + ": ");
          for (int i = 0; i < checks.size(); i++) {
            CheckResult check = checks.get(i);
            li.appendText(i == 0 ? "" : ", ");
            li.appendElement("a")
                .attr("href", "#" + CheckList.anchor(check))
                .text(check.item() + " " + check.title());
          }
          li.appendText(". Each says what your code was doing.");
        });
    if (answersProblem != null) {
      item(list, "missing").appendText(answersProblem);
    }
  }

  private static Element item(Element list, String kind) {
    Element li = list.appendElement("li");
    li.appendElement("span").addClass("kind").addClass(kind).text(kind);
    li.appendText(" ");
    return li;
  }

  /** The check a diagnostic repeats ("step.reset: your code did not finish ..."), or null. */
  private static CheckResult perCheck(Diagnostic d, SubmissionResult result) {
    if (!PER_CHECK.containsKey(d.kind()) || d.file() != null) {
      return null;
    }
    int colon = d.message().indexOf(": ");
    if (colon <= 0) {
      return null;
    }
    String id = d.message().substring(0, colon);
    return result.checks().stream()
        .filter(c -> c.id().equals(id) && d.message().endsWith(c.message()))
        .findFirst()
        .orElse(null);
  }
}
