package neurograde.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricItem;
import org.jsoup.nodes.Element;

/**
 * The student's written answers in the report: each beside the item it answers, then the whole
 * file. Always as text in a {@code pre}, so the student's lines are kept and nothing they wrote
 * becomes markup.
 */
final class WrittenAnswers {

  /** Most labels listed above the whole file. */
  private static final int MAX_LABELS = 30;

  private final Answers answers;
  private final List<String> items;

  WrittenAnswers(Answers answers, Rubric rubric) {
    this.answers = answers;
    this.items =
        rubric.items().stream()
            .map(RubricItem::manual)
            .flatMap(Optional::stream)
            .map(m -> m.answer().orElse(null))
            .filter(java.util.Objects::nonNull)
            .toList();
  }

  /** What is wrong with the file as a whole, for the problems section; or null. */
  String problem() {
    if (items.isEmpty()) {
      return null;
    }
    String which = " (" + String.join(", ", items) + ")";
    if (!answers.present()) {
      return "No ANSWERS.md in the submission: the written answers"
          + which
          + " have nothing to mark.";
    }
    if (answers.blank()) {
      return "ANSWERS.md is empty: the written answers" + which + " have nothing to mark.";
    }
    if (answers.labels().isEmpty()) {
      return "ANSWERS.md has no labelled answers (such as a heading \"## 4a\"): a TA finds them in"
          + " the whole file at the end of this report.";
    }
    return null;
  }

  /** Appends the answer to one item, labelled {@code heading} in ANSWERS.md. */
  void answer(Element box, String heading) {
    Answers.Answer answer = answers.answer(heading);
    Element label = box.appendElement("p").addClass("label");
    switch (answer.status()) {
      case FOUND -> {
        label.text("Your answer to " + heading + ", under " + quoted(answer.labelledAs()) + ":");
        box.appendElement("pre").addClass("answer").text(answer.text());
      }
      case EMPTY ->
          label
              .addClass("missing")
              .text(
                  "No answer to "
                      + heading
                      + ": ANSWERS.md has "
                      + quoted(answer.labelledAs())
                      + " with nothing under it.");
      case NOT_FOUND ->
          label
              .addClass("missing")
              .text(
                  "No answer to "
                      + heading
                      + " found: ANSWERS.md has no heading or bold label for it (such as \"## "
                      + heading
                      + "\", \"## Question "
                      + heading
                      + "\" or \"**"
                      + heading
                      + "**\"). The whole file is at the end of this report.");
      case NO_FILE ->
          label
              .addClass("missing")
              .text("No answer to " + heading + ": the submission has no ANSWERS.md.");
      case EMPTY_FILE ->
          label.addClass("missing").text("No answer to " + heading + ": ANSWERS.md is empty.");
    }
  }

  /** Appends the whole file, if there is one. */
  void whole(Element body) {
    if (answers.blank()) {
      return;
    }
    Element section = body.appendElement("section").attr("id", "answers");
    section.appendElement("h2").text("Your written answers (ANSWERS.md, as written)");
    List<String> labels = answers.labels();
    section
        .appendElement("p")
        .text(
            labels.isEmpty()
                ? "No labelled answers found."
                : "Labels found: "
                    + String.join(", ", labels.subList(0, Math.min(labels.size(), MAX_LABELS)))
                    + (labels.size() > MAX_LABELS
                        ? " and " + (labels.size() - MAX_LABELS) + " more."
                        : "."));
    section.appendElement("pre").addClass("answer").addClass("whole").text(answers.text());
    if (answers.unread() > 0) {
      section
          .appendElement("p")
          .addClass("missing")
          .text(
              String.format(
                  Locale.ROOT,
                  "The file goes on for %,d more characters, which were not read.",
                  answers.unread()));
    }
  }

  private static String quoted(String text) {
    return "\u201c" + text + "\u201d";
  }
}
