package coursetools;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import neurons.Activations;
import neurons.Experiments;
import neurons.InputNeuron;
import neurons.LIFNeuron;
import neurons.SpikeTrains;
import neurons.SpikingNetwork;

/**
 * The data behind the template's self-check figures: the reference's results on the public
 * scenarios (the published test network, the four experiments, the activation functions). Students
 * get these numbers, never the code that made them; {@code TemplateDriftTest} keeps them current.
 */
final class CourseFigureData {

  /** The data file, relative to the repository root. */
  static final Path FILE = Path.of("student-template", "src", "test", "resources", "selfcheck", "course-figures.txt");

  /** Significant digits kept: plenty for a figure, and robust to last-bit differences between JVMs. */
  private static final MathContext DIGITS = new MathContext(10);

  private final StringBuilder out = new StringBuilder();

  private CourseFigureData() {}

  /** Returns the data file's text, computed with the reference. */
  static String generate() {
    CourseFigureData data = new CourseFigureData();
    data.out.append("# The course's solution on the self-checks' public scenarios: what the figures in\n")
        .append("# target/self-check/ draw next to your results. Generated from the course's solution; do not edit.\n");
    data.testNetwork();
    data.experiments();
    data.activations();
    return data.out.toString();
  }

  private void testNetwork() {
    SpikingNetwork net = new SpikingNetwork();
    LIFNeuron lif = new LIFNeuron(0.02, 0.002, 0.1);
    net.addNeuron(lif);
    net.addNeuron(new InputNeuron(SpikeTrains.generate(new double[] {30}, new double[] {1})));
    net.connect(1, 0, 0.05);
    net.simulate(1, 0.001);
    series("testNetwork.v", lif.getVHistory());
    series("testNetwork.s", lif.getSHistory());
    series("testNetwork.spikes", lif.getSpikes());
  }

  private void experiments() {
    SpikingNetwork rate = Experiments.firingRateExperiment();
    int[] counts = Experiments.spikesPerInterval(rate);
    List<Double> rates = new ArrayList<>();
    List<Double> countList = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      rates.add(5.0 * (i + 1));
      countList.add((double) counts[i]);
    }
    series("3a.rates", rates);
    series("3a.counts", countList);
    raster("3b.spikes ", Experiments.twoNeurons(), List.of("A", "B", "input"));
    raster("3c.spikes ", Experiments.inhibition(), List.of("A", "B", "input", "C", "input C"));
    SpikingNetwork ring = Experiments.ringOscillator();
    raster("3d.spikes ", ring, List.of("A", "B", "C", "D", "E", "F", "G", "H", "input"));
    series("3d.period", List.of(Experiments.ringPeriod(ring)));
  }

  private void activations() {
    List<Double> z = new ArrayList<>();
    for (int i = 0; i <= 240; i++) {
      z.add(-6 + i * 0.05);
    }
    series("4b.z", z);
    String[] names = {"sigmoid", "sigmoid'", "tanh", "tanh'", "ReLU", "ReLU'"};
    DoubleUnaryOperator[] functions = {Activations::sigmoid, Activations::sigmoidDerivative, Activations::tanh,
        Activations::tanhDerivative, Activations::relu, Activations::reluDerivative};
    for (int f = 0; f < names.length; f++) {
      DoubleUnaryOperator function = functions[f];
      series("4b." + names[f], z.stream().map(function::applyAsDouble).toList());
    }
  }

  private void raster(String prefix, SpikingNetwork net, List<String> labels) {
    List<List<Double>> spikes = net.allSpikeTimes();
    if (spikes.size() != labels.size()) {
      throw new IllegalStateException(prefix + "has " + spikes.size() + " neurons, labelled " + labels);
    }
    for (int n = 0; n < labels.size(); n++) {
      series(prefix + labels.get(n), spikes.get(n));
    }
  }

  private void series(String key, List<Double> values) {
    out.append(key).append(':');
    for (double x : values) {
      out.append(' ').append(format(x));
    }
    out.append('\n');
  }

  static String format(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return new BigDecimal(x).round(DIGITS).stripTrailingZeros().toString();
  }
}
