package neurograde.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;

/**
 * Draws a student's figures, by rubric item: their model over, or beside, the reference's. Each
 * item holds a list, so an item can show more figures (the student's own plot, say) later.
 */
final class StudentFigures {

  static final int WIDTH = 560;
  static final int HEIGHT = 320;

  /** What a figure shows, where a reader could take a difference for a mistake. */
  static final Map<String, String> CAPTIONS =
      Map.of(
          "1b",
          "Your neuron's v(t) and s(t) (red) over the reference's (dark) on the same input, with"
              + " the spike times as ticks on v(t); the first place where they differ is marked on"
              + " the panel of what differs. Accepted variants (v reset to 0 rather than 1, the"
              + " refractory period counted from the step rather than the spike) differ from the"
              + " reference without losing marks: the checks above decide the marks.",
          "3a-iii",
          "Your LIF neuron's firing rate for each input rate (red), over the reference's"
              + " (circles).",
          "3b-ii",
          "Your network's spikes (left) beside the reference's (right).",
          "3c-iii",
          "Your network's spikes (left) beside the reference's (right).",
          "3d-iv",
          "Your ring's spikes (left) beside the reference's (right).",
          "4b",
          "Your functions and derivatives (red) over the reference's (dark) on [-6, 6].");

  private final String who;
  private final Observations observations;
  private final ReferenceFigures reference;
  private final PlotCache cache;
  private final Map<String, String> previous;

  /**
   * @param who whose figures they are, for their descriptions (the student's id)
   * @param previous images of the page written before, by key, to reuse instead of drawing again
   */
  StudentFigures(
      String who,
      Observations observations,
      ReferenceFigures reference,
      PlotCache cache,
      Map<String, String> previous) {
    this.who = who;
    this.observations = observations;
    this.reference = reference;
    this.cache = cache;
    this.previous = previous;
  }

  /** Draws every figure; returns them by rubric item, in the order they are shown. */
  Map<String, List<Figure>> draw() throws IOException {
    Map<String, List<Figure>> figures = new LinkedHashMap<>();
    figures.put("1b", List.of(figure(lifTrace())));
    figures.put("3a-iii", List.of(figure(firingRate())));
    for (String experiment : List.of("TWO_NEURONS", "INHIBITION", "RING")) {
      String question = ReferenceFigures.RASTERS.get(experiment);
      String item =
          switch (question) {
            case "3b" -> "3b-ii";
            case "3c" -> "3c-iii";
            default -> "3d-iv";
          };
      figures.put(
          item, List.of(figure(studentRaster(experiment, question)), reference.raster(experiment)));
    }
    List<Figure> activations = new ArrayList<>();
    for (String name : List.of("SIGMOID", "TANH", "RELU")) {
      activations.add(figure(activation(name)));
    }
    figures.put("4b", activations);
    return figures;
  }

  /** A chart still to draw, the digest of what it shows, and its description. */
  private record Plot(PlotCache.Key key, String alt, Supplier<JFreeChart> chart) {}

  private Figure figure(Plot plot) throws IOException {
    return draw(plot.key(), plot.alt(), plot.chart(), WIDTH, HEIGHT);
  }

  /** Draws a chart, or takes its image from the page written before or from the cache. */
  Figure draw(PlotCache.Key plotKey, String alt, Supplier<JFreeChart> chart, int width, int height)
      throws IOException {
    String key = plotKey.digest();
    String image = previous.get(key);
    if (image == null) {
      image = cache.get(plotKey);
    }
    if (image == null) {
      image = Figure.source(Png.render(chart.get(), width, height));
      cache.put(plotKey, image);
    }
    return new Figure(key, alt, image, width, height);
  }

  private static PlotCache.Key key(String plot) {
    return PlotCache.key(plot, WIDTH, HEIGHT);
  }

  private Plot unavailable(String title, String whose, String why) {
    return new Plot(
        key("unavailable").add(title).add(why),
        whose + ": not available: " + why,
        () -> Charts.unavailable(title, why));
  }

  private Plot lifTrace() {
    Observations.Trace trace = observations.lifTrace();
    String whose = "1b, " + who + "'s LIF neuron";
    if (trace == null) {
      return unavailable(
          "1b: your LIF neuron against the reference", whose, observations.why("lif.trace", "1b"));
    }
    FirstDifference first = trace.firstDifference();
    String alt =
        String.format(
            Locale.ROOT,
            "%s: v(t) and s(t) over the reference's for %d steps from t = 0.3 s, v = 0.98,"
                + " s = 1.3, with input spikes; %d spike%s against the reference's %d; %s.",
            whose,
            trace.reference().size(),
            trace.studentSpikes().length,
            trace.studentSpikes().length == 1 ? "" : "s",
            trace.referenceSpikes().length,
            first.describe());
    return new Plot(
        key("lif-trace")
            .addRows(trace.student())
            .addRows(trace.reference())
            .add(trace.studentSpikes())
            .add(trace.referenceSpikes())
            .add(first.time())
            .add(first.quantity()),
        alt,
        () -> Charts.lifTrace(trace));
  }

  private Plot firingRate() {
    int[] counts = observations.firingRateCounts();
    String whose = "3a-iii, " + who + "'s firing-rate curve";
    if (counts == null) {
      return unavailable(
          "3a: firing rate against input rate", whose, observations.why("experiments", "3a"));
    }
    int[] expected = reference.firingRateCounts;
    int same = 0;
    StringBuilder rates = new StringBuilder();
    for (int i = 0; i < counts.length; i++) {
      same += i < expected.length && counts[i] == expected[i] ? 1 : 0;
      rates.append(i == 0 ? "" : ", ").append(Describe.number(counts[i] / 2.0));
    }
    String alt =
        whose
            + ": the LIF neuron's firing rate at each of the 20 input rates from 5 to 100 Hz, over"
            + " the reference's; "
            + who
            + "'s rates (Hz): "
            + rates
            + "; "
            + (same == expected.length
                ? "the same as the reference's at every input rate."
                : same + " of " + expected.length + " the same as the reference's.");
    return new Plot(
        key("firing-rate").add(counts).add(expected),
        alt,
        () -> Charts.firingRate(counts, expected));
  }

  private Plot studentRaster(String experiment, String question) {
    Observations.Raster raster = observations.raster(experiment);
    String title = question + ": your network";
    String whose = question + ", " + who + "'s network";
    if (raster == null) {
      return unavailable(title, whose, observations.rasterProblem(experiment, question));
    }
    return new Plot(
        key("raster")
            .add(title)
            .addRows(raster.spikes())
            .addTexts(raster.labels())
            .add(raster.duration()),
        whose + ": " + Describe.raster(raster.spikes(), raster.labels(), raster.duration()),
        () ->
            Charts.raster(
                title, raster.spikes(), raster.labels(), raster.duration(), Charts.STUDENT));
  }

  private Plot activation(String name) {
    double[] f = observations.activation(name);
    double[] derivative = observations.activation(name + "_DERIVATIVE");
    String label = name.equals("RELU") ? "ReLU" : name.toLowerCase(Locale.ROOT);
    String whose = "4b, " + who + "'s " + label + " and its derivative";
    if (f == null && derivative == null) {
      return unavailable("4b: " + label, whose, observations.why("activations", "4b"));
    }
    double[] referenceF = reference.activations.get(name);
    double[] referenceDerivative = reference.activations.get(name + "_DERIVATIVE");
    String alt =
        whose
            + " on z from -6 to 6, over the reference's; for the function "
            + Describe.agreement(f, referenceF)
            + ", for the derivative "
            + Describe.agreement(derivative, referenceDerivative)
            + ".";
    return new Plot(
        key("activation")
            .add(label)
            .add(reference.z)
            .add(f)
            .add(derivative)
            .add(referenceF)
            .add(referenceDerivative),
        alt,
        () ->
            Charts.activation(label, reference.z, f, derivative, referenceF, referenceDerivative));
  }
}
