package neurograde.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import neurograde.plots.DrawnFigure;
import neurograde.plots.DrawnPlots;
import neurograde.plots.DrawnSeries;
import neurograde.plots.PlotRecorder;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jsoup.nodes.Element;

/**
 * The plots a student's own {@code Experiments.main} drew, each under the item a TA marks it in,
 * beside the reference's plot for the same question: what the TA judges, rather than the grader's
 * drawing of the student's data. Where main drew nothing for a question, or failed, the page says
 * so, and still shows the reference's plot. Plots that cannot be placed under a question are shown
 * at the end.
 */
final class OwnPlots {

  static final int WIDTH = 520;
  static final int HEIGHT = 300;

  /** Draws (or finds already drawn) one image. */
  interface Drawer {
    Figure draw(PlotCache.Key key, String alt, Supplier<JFreeChart> chart, int width, int height)
        throws IOException;
  }

  /** Puts one image on the page. */
  interface Images {
    void append(Element parent, Figure figure);
  }

  private final String who;
  private final DrawnPlots drawn;
  private final String problem;
  private final Drawer drawer;
  private final ReferenceFigures reference;
  private final Map<String, List<DrawnFigure>> byQuestion = new LinkedHashMap<>();
  private final Map<String, List<DrawnFigure>> referenceByQuestion = new LinkedHashMap<>();
  private final List<DrawnFigure> others = new ArrayList<>();

  /**
   * @param who the student's id
   * @param drawn what their main drew, or null if it was not run
   * @param problem why main did not finish or was not run, or null
   * @param reference what the reference's main draws, in {@link ReferenceFigures#plots}
   * @param items the rubric's item ids: a question whose item is absent is shown among the others
   */
  OwnPlots(
      String who,
      DrawnPlots drawn,
      String problem,
      ReferenceFigures reference,
      Set<String> items,
      Drawer drawer) {
    this.who = who;
    this.reference = reference;
    this.drawn = drawn;
    this.problem = problem;
    this.drawer = drawer;
    for (DrawnFigure figure : drawn == null ? List.<DrawnFigure>of() : drawn.figures()) {
      String question = PlotQuestions.of(figure);
      if (question != null && items.contains(PlotQuestions.ITEMS.get(question))) {
        byQuestion.computeIfAbsent(question, q -> new ArrayList<>()).add(figure);
      } else {
        others.add(figure);
      }
    }
    for (DrawnFigure figure : reference.plots.figures()) {
      String question = PlotQuestions.of(figure);
      if (question != null) {
        referenceByQuestion.computeIfAbsent(question, q -> new ArrayList<>()).add(figure);
      }
    }
  }

  /** Appends main's plots for an item beside the reference's; nothing for an item with no plot. */
  void appendTo(Element section, String item, Images images) throws IOException {
    String question = null;
    for (String q : PlotQuestions.ORDER) {
      if (PlotQuestions.ITEMS.get(q).equals(item)) {
        question = q;
      }
    }
    if (question == null) {
      return;
    }
    Element box =
        section.appendElement("div").addClass("own-plots").attr("data-question", question);
    box.appendElement("h3")
        .text("Your plot for " + question + ", as your Experiments.main draws it");
    List<DrawnFigure> mine = byQuestion.getOrDefault(question, List.of());
    if (mine.isEmpty()) {
      box.appendElement("p").addClass("plot-missing").text(missing(question));
    }
    Element figure = box.appendElement("figure").addClass("plots");
    List<String> notes = new ArrayList<>();
    for (DrawnFigure drawnFigure : mine) {
      images.append(figure, student(question, drawnFigure));
      String note = PlotText.reduced(drawnFigure);
      if (note != null) {
        notes.add(note);
      }
    }
    List<DrawnFigure> theirs = referenceByQuestion.getOrDefault(question, List.of());
    for (DrawnFigure drawnFigure : theirs) {
      images.append(figure, reference(question, drawnFigure));
    }
    String caption =
        (mine.isEmpty()
                ? ""
                : (mine.size() == 1 ? "Left: the plot" : "Left: the " + mine.size() + " plots")
                    + " your Experiments.main asked Plots to draw ("
                    + PlotText.files(mine)
                    + "), drawn by the grader as Plots would. ")
            + (theirs.isEmpty()
                ? ""
                : (mine.isEmpty() ? "The reference's plot" : "Right: the reference's")
                    + ", drawn the same way from the course's Experiments.main. ")
            + (mine.isEmpty() ? "" : "The TA marks your plot.");
    figure.appendElement("figcaption").addClass("caption").text(caption.strip());
    for (String note : notes) {
      box.appendElement("p").addClass("plot-note").text(note);
    }
  }

  /** Appends the plots main drew that belong to no item, and the calls past the limit. */
  void appendOthers(Element body, Images images) throws IOException {
    int leftOut = drawn == null ? 0 : drawn.callsLeftOut();
    if (others.isEmpty() && leftOut == 0) {
      return;
    }
    Element section = body.appendElement("section").addClass("item").attr("id", "other-plots");
    section.appendElement("h2").text("Other plots your Experiments.main drew");
    if (!others.isEmpty()) {
      section
          .appendElement("p")
          .text(
              "The grader could not tell which question "
                  + (others.size() == 1 ? "this plot is" : "these plots are")
                  + " for (a label such as 3b in the file name or title tells it), so "
                  + (others.size() == 1 ? "it is" : "they are")
                  + " shown here, in the order drawn.");
      Element figure = section.appendElement("figure").addClass("plots");
      for (DrawnFigure drawnFigure : others) {
        images.append(figure, student(null, drawnFigure));
      }
      figure
          .appendElement("figcaption")
          .addClass("caption")
          .text("Drawn by the grader as Plots would (" + PlotText.files(others) + ").");
    }
    if (leftOut > 0) {
      section
          .appendElement("p")
          .addClass("plot-note")
          .text(
              "Your Experiments.main asked Plots for "
                  + leftOut
                  + " more "
                  + (leftOut == 1 ? "plot" : "plots")
                  + "; the grader shows the first "
                  + PlotRecorder.MAX_FIGURES
                  + ".");
    }
  }

  private String missing(String question) {
    if (drawn == null) {
      return problem != null
          ? "Your plots are not available: " + problem + "."
          : "Your Experiments.main was not run (see the problems listed above), so there is no"
              + " plot of yours to show.";
    }
    String why =
        problem != null
            ? " (" + problem + ")"
            : others.isEmpty()
                ? ""
                : " (the plots the grader could not place under a question are at the end of this"
                    + " page)";
    return "Your Experiments.main drew no plot for " + question + why + ".";
  }

  private Figure student(String question, DrawnFigure figure) throws IOException {
    String alt =
        (question == null ? "" : question + ", ")
            + who
            + "'s own plot, drawn by their Experiments.main with Plots."
            + PlotText.visible(figure.call())
            + PlotText.file(figure)
            + ": "
            + PlotText.describe(figure);
    return draw(figure, alt, Charts.STUDENT);
  }

  private Figure reference(String question, DrawnFigure figure) throws IOException {
    String alt =
        question
            + ", the reference's plot, drawn by the course's Experiments.main with Plots."
            + figure.call()
            + ": "
            + PlotText.describe(figure);
    return draw(
        figure,
        alt,
        reference.plotKey(figure, () -> key(figure, Charts.REFERENCE)),
        Charts.REFERENCE);
  }

  private Figure draw(DrawnFigure figure, String alt, Color color) throws IOException {
    return draw(figure, alt, key(figure, color), color);
  }

  private Figure draw(DrawnFigure figure, String alt, PlotCache.Key key, Color color)
      throws IOException {
    return drawer.draw(key, alt, () -> chart(figure, color), WIDTH, HEIGHT);
  }

  /** Everything that changes the picture of a plot main drew. */
  private static PlotCache.Key key(DrawnFigure figure, Color color) {
    PlotCache.Key key =
        PlotCache.key("own-plot", WIDTH, HEIGHT)
            .add(color.getRGB())
            .add(figure.call())
            .add(figure.title())
            .add(figure.xLabel())
            .add(figure.yLabel())
            .add(figure.xEnd() == null ? Double.NaN : figure.xEnd())
            .add(figure.series().size());
    for (DrawnSeries series : figure.series()) {
      key.add(series.name()).add(OwnPlotCharts.doubles(series.x()));
      key.add(OwnPlotCharts.doubles(series.y()));
    }
    return key;
  }

  private static JFreeChart chart(DrawnFigure figure, Color color) {
    JFreeChart chart = OwnPlotCharts.draw(figure, color);
    if (chart.getPlot() instanceof XYPlot plot) {
      plot.setBackgroundPaint(new Color(0xFAFAFA));
    }
    return chart;
  }
}
