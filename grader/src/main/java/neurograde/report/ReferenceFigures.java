package neurograde.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import neurograde.plots.DrawnFigure;
import neurograde.plots.DrawnPlots;
import neurograde.plots.ReferencePlots;
import neurons.Activations;
import neurons.Experiments;
import neurons.LIFNeuron;
import neurons.Neuron;
import neurons.SpikingNetwork;

/**
 * What the reference does on the report's scenarios, computed once per batch, and its rasters drawn
 * once and shown in every student's report.
 */
final class ReferenceFigures {

  /** The experiments drawn as rasters, with their question. */
  static final Map<String, String> RASTERS =
      Map.of("TWO_NEURONS", "3b", "INHIBITION", "3c", "RING", "3d");

  static final int RASTER_WIDTH = 520;
  static final int RASTER_HEIGHT = 300;

  final int[] firingRateCounts;

  /** What the reference's own main draws: the plots a student's main's are shown beside. */
  final DrawnPlots plots;

  final double[] z;
  final Map<String, double[]> activations = new LinkedHashMap<>();
  private final Map<String, Figure> rasters = new LinkedHashMap<>();

  /** The cache keys of {@link #plots}' figures, by identity: a digest of every point they show. */
  private final Map<DrawnFigure, PlotCache.Key> plotKeys = new IdentityHashMap<>();

  ReferenceFigures() throws IOException {
    firingRateCounts = Experiments.spikesPerInterval(Experiments.firingRateExperiment());
    z = new double[121];
    for (int i = 0; i < z.length; i++) {
      z[i] = -6 + 0.1 * i;
    }
    activations.put("SIGMOID", apply(Activations::sigmoid));
    activations.put("SIGMOID_DERIVATIVE", apply(Activations::sigmoidDerivative));
    activations.put("TANH", apply(Activations::tanh));
    activations.put("TANH_DERIVATIVE", apply(Activations::tanhDerivative));
    activations.put("RELU", apply(Activations::relu));
    activations.put("RELU_DERIVATIVE", apply(Activations::reluDerivative));
    raster("TWO_NEURONS", Experiments.twoNeurons());
    raster("INHIBITION", Experiments.inhibition());
    raster("RING", Experiments.ringOscillator());
    plots = ReferencePlots.record();
  }

  /**
   * The cache key of one of the figures of {@link #plots}, made once per batch rather than for
   * every report that shows it.
   */
  synchronized PlotCache.Key plotKey(DrawnFigure figure, Supplier<PlotCache.Key> make) {
    return plotKeys.computeIfAbsent(
        figure,
        f -> {
          PlotCache.Key key = make.get();
          key.digest(); // fixed here, before other threads share the key
          return key;
        });
  }

  /** Returns the reference's raster of an experiment ({@code TWO_NEURONS}, ...). */
  Figure raster(String experiment) {
    return rasters.get(experiment);
  }

  private double[] apply(java.util.function.DoubleUnaryOperator f) {
    double[] values = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      values[i] = f.applyAsDouble(z[i]);
    }
    return values;
  }

  private void raster(String experiment, SpikingNetwork net) throws IOException {
    List<double[]> spikes = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (Neuron neuron : net.getNeurons()) {
      spikes.add(neuron.getSpikes().stream().mapToDouble(Double::doubleValue).toArray());
      labels.add(neuron.getIdx() + (neuron instanceof LIFNeuron ? " LIF" : " input"));
    }
    double duration = net.getTHistory().get(net.getTHistory().size() - 1) + 0.001;
    String question = RASTERS.get(experiment);
    byte[] png =
        Png.render(
            Charts.raster(question + ": the reference", spikes, labels, duration, Charts.REFERENCE),
            RASTER_WIDTH,
            RASTER_HEIGHT);
    rasters.put(
        experiment,
        new Figure(
            "reference-" + question,
            question + ", the reference's network: " + Describe.raster(spikes, labels, duration),
            Figure.source(png),
            RASTER_WIDTH,
            RASTER_HEIGHT));
  }
}
