package neurograde.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import neurograde.plots.DrawnPlots;

/** What a student's code did on the report's scenarios, as the worker recorded it. */
final class Observations {

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final JsonNode root;

  Observations(JsonNode root) {
    this.root = root;
  }

  /**
   * A neuron run: rows of (t, v, s) after each step, the spike times, and where the student's run
   * first departs from the reference's.
   */
  record Trace(
      List<double[]> student,
      List<double[]> reference,
      double[] studentSpikes,
      double[] referenceSpikes,
      FirstDifference firstDifference) {}

  /** A network's spikes. */
  record Raster(List<double[]> spikes, List<String> labels, double duration) {}

  Trace lifTrace() {
    JsonNode trace = node("lif.trace");
    if (trace == null || !trace.has("student")) {
      return null;
    }
    List<double[]> student = rows(trace.get("student"));
    List<double[]> reference = rows(trace.get("reference"));
    if (student.isEmpty()) {
      return null;
    }
    double[] studentSpikes = numbers(trace.get("studentSpikes"));
    double[] referenceSpikes = numbers(trace.get("referenceSpikes"));
    return new Trace(
        student,
        reference,
        studentSpikes,
        referenceSpikes,
        FirstDifference.of(student, reference, studentSpikes, referenceSpikes));
  }

  /** The student's own LIF spike counts per 2 s of the firing-rate experiment, or null. */
  int[] firingRateCounts() {
    Raster raster = raster("FIRING_RATE");
    JsonNode net = experiment("FIRING_RATE");
    if (raster == null || net == null) {
      return null;
    }
    int lif = -1;
    for (int i = 0; i < net.get("neurons").size(); i++) {
      if (net.get("neurons").get(i).path("kind").asText().equals("LIF")) {
        if (lif >= 0) {
          return null;
        }
        lif = i;
      }
    }
    if (lif < 0) {
      return null;
    }
    int[] counts = new int[20];
    for (double t : raster.spikes().get(lif)) {
      int k = (int) Math.floor(t / 2);
      if (k >= 0 && k < 20) {
        counts[k]++;
      }
    }
    return counts;
  }

  Raster raster(String experiment) {
    JsonNode net = experiment(experiment);
    if (net == null || !net.has("neurons")) {
      return null;
    }
    List<double[]> spikes = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    int i = 0;
    for (JsonNode neuron : net.get("neurons")) {
      spikes.add(numbers(neuron.get("spikes")));
      labels.add(i++ + (neuron.path("kind").asText().equals("LIF") ? " LIF" : " input"));
    }
    return new Raster(spikes, labels, net.path("duration").asDouble(0));
  }

  double[] activation(String name) {
    JsonNode curves = node("activations");
    if (curves == null || !curves.has(name) || !curves.get(name).isArray()) {
      return null;
    }
    return numbers(curves.get(name));
  }

  /** What the student's own Experiments.main asked Plots to draw, or null if it was not run. */
  DrawnPlots plots() {
    JsonNode plots = node("plots");
    if (plots == null || !plots.isObject()) {
      return null;
    }
    try {
      return JSON.treeToValue(plots, DrawnPlots.class);
    } catch (java.io.IOException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Why the student's main did not draw (all) its plots: not run, stopped at its time limit, or
   * what it threw; null if it returned.
   */
  String plotsProblem() {
    JsonNode unobserved = root == null ? null : root.path("unobserved").get("plots");
    if (unobserved != null) {
      return unobserved.asText();
    }
    DrawnPlots plots = plots();
    return plots == null ? null : plots.failure();
  }

  /** Why an observation is missing, for the placeholder image. */
  String why(String name, String question) {
    JsonNode node = node(name);
    JsonNode unobserved = root == null ? null : root.path("unobserved").get(name);
    if (node == null && unobserved != null) {
      return unobserved.asText();
    }
    if (node == null) {
      return "your code did not finish this run (a time limit, a crash or a blocked call); see the checks of "
          + question
          + ".";
    }
    return "your code failed on this run; see the checks of " + question + ".";
  }

  String rasterProblem(String experiment, String question) {
    JsonNode net = experiment(experiment);
    if (net != null && net.has("error")) {
      return net.get("error").asText();
    }
    return why("experiments", question);
  }

  private JsonNode experiment(String experiment) {
    JsonNode experiments = node("experiments");
    return experiments == null ? null : experiments.get(experiment);
  }

  private JsonNode node(String name) {
    return root == null ? null : root.get(name);
  }

  private static List<double[]> rows(JsonNode array) {
    List<double[]> rows = new ArrayList<>();
    if (array != null) {
      for (JsonNode row : array) {
        rows.add(numbers(row));
      }
    }
    return rows;
  }

  private static double[] numbers(JsonNode array) {
    if (array == null || !array.isArray()) {
      return new double[0];
    }
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).isNumber() ? array.get(i).asDouble() : Double.NaN;
    }
    return values;
  }
}
