package neurograde.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import neurons.Activations;
import neurons.Experiments;
import neurons.LIFNeuron;
import neurons.Neuron;
import neurons.SpikingNetwork;

/**
 * What the reference does on the report's scenarios, computed once per batch, and its rasters drawn
 * once and shared by every student's report.
 */
final class ReferenceFigures {

  /** The experiments drawn as rasters, with their question. */
  static final Map<String, String> RASTERS =
      Map.of("TWO_NEURONS", "3b", "INHIBITION", "3c", "RING", "3d");

  final int[] firingRateCounts;
  final double[] z;
  final Map<String, double[]> activations = new LinkedHashMap<>();
  private final Map<String, SpikingNetwork> networks = new LinkedHashMap<>();

  ReferenceFigures() {
    firingRateCounts = Experiments.spikesPerInterval(Experiments.firingRateExperiment());
    networks.put("TWO_NEURONS", Experiments.twoNeurons());
    networks.put("INHIBITION", Experiments.inhibition());
    networks.put("RING", Experiments.ringOscillator());
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
  }

  private double[] apply(java.util.function.DoubleUnaryOperator f) {
    double[] values = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      values[i] = f.applyAsDouble(z[i]);
    }
    return values;
  }

  /** Draws the reference's rasters into a folder, once. */
  void writeRasters(Path folder) throws IOException {
    for (Map.Entry<String, SpikingNetwork> entry : networks.entrySet()) {
      SpikingNetwork net = entry.getValue();
      List<double[]> spikes = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (Neuron neuron : net.getNeurons()) {
        spikes.add(neuron.getSpikes().stream().mapToDouble(Double::doubleValue).toArray());
        labels.add(neuron.getIdx() + (neuron instanceof LIFNeuron ? " LIF" : " input"));
      }
      double duration = net.getTHistory().get(net.getTHistory().size() - 1) + 0.001;
      String question = RASTERS.get(entry.getKey());
      Png.write(
          Charts.raster(question + ": the reference", spikes, labels, duration, Charts.REFERENCE),
          folder.resolve("raster-" + question + ".png"),
          520,
          300);
    }
  }
}
