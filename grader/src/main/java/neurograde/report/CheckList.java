package neurograde.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import neurograde.hidden.Mistake;
import neurograde.score.CheckResult;
import org.jsoup.nodes.Element;

/**
 * An item's checks: what each checks, its marks, and what it found. A reason shared by several
 * checks (a method that did not compile, say) is written out once; the checks after the first refer
 * to it.
 */
final class CheckList {

  private CheckList() {}

  static void append(Element section, List<CheckResult> checks) {
    if (checks.isEmpty()) {
      return;
    }
    Element list = section.appendElement("ul").addClass("checks");
    Map<String, CheckResult> firstWithMessage = new HashMap<>();
    for (CheckResult check : checks) {
      Element li =
          list.appendElement("li")
              .addClass(check.passed() ? "pass" : "fail")
              .attr("id", anchor(check));
      li.appendElement("span")
          .addClass("mark")
          .attr("aria-label", check.passed() ? "passed" : "not passed")
          .text(check.passed() ? "\u2713" : "\u2717");
      li.appendElement("span").addClass("check-title").text(check.title());
      li.appendElement("span")
          .addClass("check-score")
          .text(Html.marks(check.score()) + " / " + Html.marks(check.max()));
      if (!check.message().isBlank()) {
        CheckResult first = firstWithMessage.putIfAbsent(check.message(), check);
        if (first == null) {
          li.appendElement("p").addClass("message").text(check.message());
        } else {
          Element same = li.appendElement("p").addClass("message").addClass("same");
          same.appendText("The same as ");
          same.appendElement("a").attr("href", "#" + anchor(first)).text(first.title());
          same.appendText(" above.");
        }
      }
      if (check.mistake() != null) {
        li.appendElement("p")
            .addClass("mistake")
            .text(
                "Mistake: "
                    + check.mistake()
                    + Mistake.byId(check.mistake())
                        .map(m -> " (" + m.description() + ")")
                        .orElse(""));
      }
      if (check.output() != null) {
        Element details = li.appendElement("details");
        details.appendElement("summary").text("What your code printed during this check");
        details.appendElement("pre").text(check.output());
      }
    }
  }

  /** The id of a check's entry in the page. */
  static String anchor(CheckResult check) {
    return "check-" + check.id();
  }
}
