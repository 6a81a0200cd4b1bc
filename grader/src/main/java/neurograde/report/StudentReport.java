package neurograde.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricItem;
import neurograde.score.CheckResult;
import neurograde.score.Diagnostic;
import neurograde.score.ItemResult;
import neurograde.score.SubmissionResult;
import org.jfree.chart.JFreeChart;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One student's feedback page: marks, what each check found, the problems in the submission, the
 * comparison plots and the written answers. Student text (answers, output, messages quoting it) is
 * only ever inserted as text, so it cannot become markup or script.
 */
final class StudentReport {

  private static final int WIDTH = 560;
  private static final int HEIGHT = 320;

  private final Rubric rubric;
  private final SubmissionResult result;
  private final Observations observations;
  private final Answers answers;
  private final ReferenceFigures reference;
  private final Path folder;
  private final String imageFolder;
  private final boolean redraw;
  private final PlotCache cache;

  StudentReport(
      Rubric rubric,
      SubmissionResult result,
      JsonNode observations,
      String answers,
      ReferenceFigures reference,
      Path reportsDir,
      boolean redraw,
      PlotCache cache) {
    this.redraw = redraw;
    this.cache = cache;
    this.rubric = rubric;
    this.result = result;
    this.observations = new Observations(observations);
    this.answers = Answers.parse(answers);
    this.reference = reference;
    this.folder = reportsDir;
    this.imageFolder = result.student() + "-plots";
  }

  /** Writes the page and its plots; returns the page's file. */
  Path write() throws IOException {
    Map<String, String> plots = writePlots();
    Document page = Html.page(result.student() + ": " + rubric.title());
    Element body = page.body();
    header(body);
    summary(body);
    problems(body);
    for (RubricItem item : rubric.items()) {
      item(body, item, plots);
    }
    if (!answers.isEmpty()) {
      Element all = body.appendElement("section").attr("id", "answers");
      all.appendElement("h2").text("Your written answers (ANSWERS.md)");
      for (Answers.Block block : answers.blocks()) {
        if (block.level() > 0) {
          all.appendElement(block.level() <= 2 ? "h3" : "h4").text(block.title());
        }
        if (!block.text().isEmpty()) {
          all.appendElement("div").addClass("answer").text(block.text());
        }
      }
    }
    Path file = folder.resolve(result.student() + ".html");
    Files.createDirectories(folder);
    Html.write(page, file);
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
    double pending =
        result.items().stream().filter(ItemResult::pending).mapToDouble(i -> i.manualMax()).sum();
    String total = Html.marks(result.score()) + " of " + Html.marks(result.maxScore()) + " marks";
    header
        .appendElement("p")
        .addClass("total")
        .text(
            pending > 0
                ? total
                    + " so far; "
                    + Html.marks(pending)
                    + " more marks are for a TA to mark (plots and written answers)."
                : total + ".");
    if (!result.mistakes().isEmpty()) {
      header
          .appendElement("p")
          .text("Mistakes recognised: " + String.join(", ", result.mistakes()) + ".");
    }
    if (result.comment() != null) {
      Element comment = header.appendElement("div").addClass("ta-comment");
      comment.appendElement("h2").text("Your TA's comment");
      // As text, never markup; line breaks kept by the style.
      comment.appendElement("p").attr("style", "white-space: pre-wrap").text(result.comment());
    }
  }

  private void summary(Element body) {
    Element section = body.appendElement("section").attr("id", "summary");
    section.appendElement("h2").text("Marks by question");
    Element table = section.appendElement("table").addClass("summary");
    Element head = table.appendElement("thead").appendElement("tr");
    for (String title : List.of("Question", "", "Automatic", "By a TA", "Total")) {
      head.appendElement("th").text(title);
    }
    Element rows = table.appendElement("tbody");
    for (ItemResult item : result.items()) {
      Element row = rows.appendElement("tr");
      row.appendElement("td").appendElement("a").attr("href", "#item-" + item.id()).text(item.id());
      row.appendElement("td").text(item.title());
      row.appendElement("td")
          .addClass("num")
          .text(
              item.autoMax() == null
                  ? ""
                  : Html.marks(item.autoScore()) + " / " + Html.marks(item.autoMax()));
      row.appendElement("td")
          .addClass("num")
          .text(
              item.manualMax() == null
                  ? ""
                  : (item.manualScore() == null ? "to mark" : Html.marks(item.manualScore()))
                      + " / "
                      + Html.marks(item.manualMax()));
      row.appendElement("td")
          .addClass("num")
          .text(
              item.score() == null
                  ? "pending"
                  : Html.marks(item.score()) + " / " + Html.marks(item.max()));
      if (item.autoMax() != null && item.autoScore() < item.autoMax()) {
        row.addClass("lost");
      }
    }
  }

  private void problems(Element body) {
    if (result.diagnostics().isEmpty()) {
      return;
    }
    Element section = body.appendElement("section").attr("id", "problems");
    section.appendElement("h2").text("Problems found in the submission");
    Element list = section.appendElement("ul").addClass("diagnostics");
    for (Diagnostic d : result.diagnostics()) {
      Element li = list.appendElement("li");
      li.appendElement("span").addClass("kind").addClass(d.kind()).text(d.kind());
      if (d.file() != null) {
        li.appendText(" ");
        li.appendElement("code").text(d.file() + (d.line() == null ? "" : ":" + d.line()));
      }
      li.appendText(" " + d.message());
    }
  }

  private void item(Element body, RubricItem rubricItem, Map<String, String> plots) {
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
    if (!checks.isEmpty()) {
      Element list = section.appendElement("ul").addClass("checks");
      for (CheckResult check : checks) {
        Element li = list.appendElement("li").addClass(check.passed() ? "pass" : "fail");
        li.appendElement("span").addClass("mark").text(check.passed() ? "\u2713" : "\u2717");
        li.appendElement("span").addClass("check-title").text(check.title());
        li.appendElement("span")
            .addClass("check-score")
            .text(Html.marks(check.score()) + " / " + Html.marks(check.max()));
        if (!check.message().isBlank()) {
          li.appendElement("p").addClass("message").text(check.message());
        }
        if (check.mistake() != null) {
          li.appendElement("p")
              .addClass("mistake")
              .text(
                  "Mistake: "
                      + check.mistake()
                      + neurograde.hidden.Mistake.byId(check.mistake())
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
              manual
                  .answer()
                  .ifPresent(
                      heading -> {
                        String text = answers.answer(heading);
                        box.appendElement("p")
                            .addClass("label")
                            .text("Your answer (" + heading + "):");
                        box.appendElement("div")
                            .addClass("answer")
                            .text(
                                text == null || text.isBlank()
                                    ? "(no answer under a \"## "
                                        + heading
                                        + "\" heading in ANSWERS.md)"
                                    : text);
                      });
            });
    String plot = plots.get(item.id());
    if (plot != null) {
      Element figure = section.appendElement("div").addClass("plots");
      for (String image : plot.split(";")) {
        figure
            .appendElement("img")
            .attr("src", image)
            .attr("alt", image.substring(image.lastIndexOf('/') + 1))
            .attr("loading", "lazy");
      }
      String caption = CAPTIONS.get(item.id());
      if (caption != null) {
        figure.appendElement("p").addClass("caption").text(caption);
      }
    }
  }

  /** What a plot shows, where a reader could take a difference for a mistake. */
  private static final Map<String, String> CAPTIONS =
      Map.of(
          "1b",
          "Your neuron's v(t) and s(t) over the reference's on the same input; the first point"
              + " where they differ is marked. Accepted variants (v reset to 0 rather than 1, the"
              + " refractory period counted from the step rather than the spike) differ from the"
              + " reference without losing marks: the checks above decide the marks.",
          "3a-iii",
          "Your LIF neuron's firing rate for each input rate, over the reference's.",
          "4b",
          "Your functions and derivatives over the reference's on [-6, 6].");

  /** Draws the student's plots; returns the images to show under each item. */
  private Map<String, String> writePlots() throws IOException {
    Path images = folder.resolve(imageFolder);
    Map<String, String> plots = new java.util.LinkedHashMap<>();
    plots.put("1b", png(lifTrace(), "lif-trace.png", images));
    plots.put("3a-iii", png(firingRate(), "firing-rate.png", images));
    for (Map.Entry<String, String> raster : ReferenceFigures.RASTERS.entrySet()) {
      String question = raster.getValue();
      String mine =
          png(studentRaster(raster.getKey(), question), "raster-" + question + ".png", images);
      String item =
          switch (question) {
            case "3b" -> "3b-ii";
            case "3c" -> "3c-iii";
            default -> "3d-iv";
          };
      plots.put(item, mine + ";reference/raster-" + question + ".png");
    }
    List<String> activations = new ArrayList<>();
    for (String name : List.of("SIGMOID", "TANH", "RELU")) {
      activations.add(png(activation(name), name.toLowerCase(Locale.ROOT) + ".png", images));
    }
    plots.put("4b", String.join(";", activations));
    return plots;
  }

  /** A chart still to draw, and the digest of what it shows. */
  private record Plot(PlotCache.Key key, Supplier<JFreeChart> chart) {}

  private String png(Plot plot, String name, Path images) throws IOException {
    Path file = images.resolve(name);
    if (redraw || !Files.exists(file)) {
      byte[] png = cache.get(plot.key());
      if (png == null) {
        png = Png.render(plot.chart().get(), WIDTH, HEIGHT);
        cache.put(plot.key(), png);
      }
      Png.write(png, file);
    }
    return imageFolder + "/" + name;
  }

  private static PlotCache.Key key(String plot) {
    return PlotCache.key(plot, WIDTH, HEIGHT);
  }

  private Plot unavailable(String title, String why) {
    return new Plot(key("unavailable").add(title).add(why), () -> Charts.unavailable(title, why));
  }

  private Plot lifTrace() {
    Observations.Trace trace = observations.lifTrace();
    if (trace == null) {
      return unavailable(
          "1b: your LIF neuron against the reference", observations.why("lif.trace", "1b"));
    }
    return new Plot(
        key("lif-trace")
            .addRows(trace.student())
            .addRows(trace.reference())
            .add(trace.firstDifference()),
        () -> Charts.lifTrace(trace.student(), trace.reference(), trace.firstDifference()));
  }

  private Plot firingRate() {
    int[] counts = observations.firingRateCounts();
    if (counts == null) {
      return unavailable(
          "3a: firing rate against input rate", observations.why("experiments", "3a"));
    }
    return new Plot(
        key("firing-rate").add(counts).add(reference.firingRateCounts),
        () -> Charts.firingRate(counts, reference.firingRateCounts));
  }

  private Plot studentRaster(String experiment, String question) {
    Observations.Raster raster = observations.raster(experiment);
    String title = question + ": your network";
    if (raster == null) {
      return unavailable(title, observations.rasterProblem(experiment, question));
    }
    return new Plot(
        key("raster")
            .add(title)
            .addRows(raster.spikes())
            .addTexts(raster.labels())
            .add(raster.duration()),
        () ->
            Charts.raster(
                title, raster.spikes(), raster.labels(), raster.duration(), Charts.STUDENT));
  }

  private Plot activation(String name) {
    double[] f = observations.activation(name);
    double[] derivative = observations.activation(name + "_DERIVATIVE");
    String label = name.equals("RELU") ? "ReLU" : name.toLowerCase(Locale.ROOT);
    if (f == null && derivative == null) {
      return unavailable("4b: " + label, observations.why("activations", "4b"));
    }
    double[] referenceF = reference.activations.get(name);
    double[] referenceDerivative = reference.activations.get(name + "_DERIVATIVE");
    return new Plot(
        key("activation")
            .add(label)
            .add(reference.z)
            .add(f)
            .add(derivative)
            .add(referenceF)
            .add(referenceDerivative),
        () ->
            Charts.activation(label, reference.z, f, derivative, referenceF, referenceDerivative));
  }
}
