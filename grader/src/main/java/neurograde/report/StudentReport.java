package neurograde.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricItem;
import neurograde.score.CheckResult;
import neurograde.score.ItemResult;
import neurograde.score.NoSubmission;
import neurograde.score.SubmissionResult;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One student's feedback page, a single file with its figures embedded, so it can be sent to the
 * student as it is: marks, what each check found, the problems in the submission, the comparison
 * plots and the written answers. Student text (answers, output, messages quoting it) is only ever
 * inserted as text, so it cannot become markup or script.
 */
final class StudentReport {

  private final Rubric rubric;
  private final SubmissionResult result;
  private final JsonNode observations;
  private final WrittenAnswers answers;
  private final ReferenceFigures reference;
  private final Path folder;
  private final boolean redraw;
  private final PlotCache cache;
  private final boolean submitted;

  /** Placeholders of the page's images, in page order, and the images they stand for. */
  private final Map<String, String> images = new java.util.LinkedHashMap<>();

  private final String placeholder = "figure-" + java.util.UUID.randomUUID() + "-";

  StudentReport(
      Rubric rubric,
      SubmissionResult result,
      JsonNode observations,
      String answers,
      ReferenceFigures reference,
      Path reportsDir,
      boolean redraw,
      PlotCache cache) {
    this.rubric = rubric;
    this.result = result;
    this.observations = observations;
    this.answers = new WrittenAnswers(Answers.parse(answers), rubric);
    this.reference = reference;
    this.folder = reportsDir;
    this.redraw = redraw;
    this.cache = cache;
    this.submitted = !NoSubmission.is(result);
  }

  /** Writes the page; returns its file. */
  Path write() throws IOException {
    Path file = folder.resolve(result.student() + ".html");
    Document page = Html.page(result.student() + ": " + rubric.title());
    Element body = page.body();
    header(body);
    summary(body);
    if (submitted) {
      Observations observed = new Observations(observations);
      StudentFigures drawing =
          new StudentFigures(
              result.student(),
              observed,
              reference,
              cache,
              redraw ? Map.of() : PreviousFigures.of(file));
      Map<String, List<Figure>> figures = drawing.draw();
      OwnPlots own =
          new OwnPlots(
              result.student(),
              observed.plots(),
              observed.plotsProblem(),
              reference,
              rubric.items().stream().map(RubricItem::id).collect(Collectors.toSet()),
              drawing::draw);
      ProblemList.append(body, result, answers.problem());
      for (RubricItem item : rubric.items()) {
        item(body, item, figures.getOrDefault(item.id(), List.of()), own);
      }
      own.appendOthers(body, this::image);
      answers.whole(body);
    }
    Files.createDirectories(folder);
    Html.write(page, file, images);
    OldPlotFolders.remove(folder.resolve(result.student() + "-plots"));
    return file;
  }

  private void header(Element body) {
    Element header = body.appendElement("header");
    header.appendElement("p").addClass("course").text(rubric.title());
    header
        .appendElement("h1")
        .text(
            result.name() == null
                ? result.student()
                : result.name() + " (" + result.student() + ")");
    String total = Html.marks(result.score()) + " of " + Html.marks(result.maxScore()) + " marks";
    double pending = submitted ? pendingMarks(result) : 0;
    header
        .appendElement("p")
        .addClass("total")
        .text(
            pending > 0
                ? total
                    + " so far; "
                    + Html.marks(pending)
                    + " more "
                    + (pending == 1 ? "mark is" : "marks are")
                    + " for a TA to mark (plots and written answers)."
                : total + ".");
    if (!submitted) {
      header
          .appendElement("p")
          .addClass("no-submission")
          .text(result.score() > 0 ? NoSubmission.LINE_WITH_MARKS : NoSubmission.LINE);
    }
    if (!result.mistakes().isEmpty()) {
      header
          .appendElement("p")
          .text("Mistakes recognised: " + String.join(", ", result.mistakes()) + ".");
    }
    if (result.comment() != null) {
      Element comment = header.appendElement("div").addClass("ta-comment");
      comment.appendElement("h2").text("Your TA's comment");
      // As text, never markup; in a pre, so the pretty printer keeps its line breaks
      comment.appendElement("pre").addClass("comment").text(StudentText.visible(result.comment()));
    }
  }

  private void summary(Element body) {
    Element section = body.appendElement("section").attr("id", "summary");
    section.appendElement("h2").text("Marks by question");
    Element table = section.appendElement("table").addClass("summary");
    Element head = table.appendElement("thead").appendElement("tr");
    for (String title : List.of("Question", "", "Automatic", "By a TA", "Total")) {
      head.appendElement("th").attr("scope", "col").text(title);
    }
    Element rows = table.appendElement("tbody");
    for (ItemResult item : result.items()) {
      Element row = rows.appendElement("tr");
      Element id = row.appendElement("td");
      if (submitted) {
        id.appendElement("a").attr("href", "#item-" + item.id()).text(item.id());
      } else {
        id.text(item.id());
      }
      row.appendElement("td").text(item.title());
      row.appendElement("td")
          .addClass("num")
          .text(
              item.autoMax() == null
                  ? ""
                  : Html.marks(item.autoScore()) + " / " + Html.marks(item.autoMax()));
      row.appendElement("td").addClass("num").text(manual(item));
      row.appendElement("td")
          .addClass("num")
          .text(
              item.score() == null && submitted
                  ? "pending"
                  : Html.marks(item.score() == null ? 0.0 : item.score())
                      + " / "
                      + Html.marks(item.max()));
      if (submitted && item.autoMax() != null && item.autoScore() < item.autoMax()) {
        row.addClass("lost");
      }
    }
  }

  private String manual(ItemResult item) {
    if (item.manualMax() == null) {
      return "";
    }
    String mark =
        item.manualScore() != null ? Html.marks(item.manualScore()) : submitted ? "to mark" : "0";
    return mark + " / " + Html.marks(item.manualMax());
  }

  private void item(Element body, RubricItem rubricItem, List<Figure> figures, OwnPlots own)
      throws IOException {
    ItemResult item = result.item(rubricItem.id());
    Element section =
        body.appendElement("section").addClass("item").attr("id", "item-" + item.id());
    Element title = section.appendElement("h2");
    title.appendText(item.id() + " " + item.title() + " ");
    title
        .appendElement("span")
        .addClass("score")
        .text(
            item.score() == null
                ? (item.autoMax() == null
                    ? "for a TA to mark"
                    : Html.marks(item.autoScore()) + " automatic, the rest for a TA")
                : Html.marks(item.score()) + " / " + Html.marks(item.max()));
    List<CheckResult> checks =
        result.checks().stream().filter(c -> c.item().equals(item.id())).toList();
    CheckList.append(section, checks);
    rubricItem
        .manual()
        .ifPresent(
            manual -> {
              Element box = section.appendElement("div").addClass("manual");
              box.appendElement("p")
                  .addClass("rubric")
                  .text(
                      "For a TA ("
                          + Html.marks(manual.marks())
                          + (manual.marks() == 1 ? " mark): " : " marks): ")
                          + manual.description());
              manual.answer().ifPresent(heading -> answers.answer(box, heading));
            });
    own.appendTo(section, item.id(), this::image);
    if (!figures.isEmpty()) {
      if (PlotQuestions.ITEMS.containsValue(item.id())) {
        section
            .appendElement("h3")
            .text("Your results, drawn by the grader beside the reference's");
      }
      Element figure = section.appendElement("figure").addClass("plots");
      for (Figure image : figures) {
        image(figure, image);
      }
      String caption = StudentFigures.CAPTIONS.get(item.id());
      if (caption != null) {
        figure.appendElement("figcaption").addClass("caption").text(caption);
      }
    }
  }

  /** Puts an image on the page: a placeholder now, its data when the page is written. */
  private void image(Element parent, Figure image) {
    String source = placeholder + images.size();
    images.put(source, image.source());
    parent
        .appendElement("img")
        .attr("src", source)
        .attr("alt", image.alt())
        .attr("width", Integer.toString(image.width()))
        .attr("height", Integer.toString(image.height()))
        .attr("data-key", image.key());
  }

  /** The marks of the manual parts not marked yet. */
  private static double pendingMarks(SubmissionResult result) {
    return result.items().stream()
        .filter(ItemResult::pending)
        .mapToDouble(ItemResult::manualMax)
        .sum();
  }
}
