package neurons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** The experiments of question 3 and the plots of questions 3 and 4b. */
public final class Experiments {

  private Experiments() {}


  /**
   * Builds the network of Fig. 1(a) with an input that steps from 5 Hz to 100 Hz, 2 s per rate,
   * connected to the LIF neuron (tauS 0.1 s) with weight 0.03, and simulates it for 40 s with dt =
   * 1 ms. (Question 3a-i.)
   *
   * @return the simulated network
   */
  public static SpikingNetwork firingRateExperiment() {
    double[] rates = inputRates();
    double[] ends = new double[rates.length];
    for (int k = 0; k < ends.length; k++) {
      ends[k] = 2.0 * (k + 1);
    }
    SpikingNetwork network = new SpikingNetwork();
    int target = network.addNeuron(new LIFNeuron(0.02, 0.002, 0.1));
    int source = network.addNeuron(new InputNeuron(SpikeTrains.generate(rates, ends)));
    network.connect(source, target, 0.03);
    network.simulate(40.0, STEP);
    return network;
  }

  /**
   * Counts the LIF neuron's spikes in each 2 s interval of the firing-rate experiment. (Question
   * 3a-ii.)
   *
   * @param net the network returned by {@link #firingRateExperiment()}
   * @return 20 spike counts, one per input rate
   */
  public static int[] spikesPerInterval(SpikingNetwork net) {
    Neuron lif = null;
    for (Neuron candidate : net.getNeurons()) {
      if (candidate instanceof LIFNeuron) {
        lif = candidate;
        break;
      }
    }
    int[] result = new int[20];
    for (int k = 0; lif != null && k < result.length; k++) {
      result[k] = lif.spikesBetween(2.0 * k, 2.0 * (k + 1));
    }
    return result;
  }

  /**
   * Builds the network of Fig. 1(b): LIF neurons A and B connected both ways with weight 0.05, and
   * an input at 30 Hz for 0.3 s connected to A with weight 0.05; simulates it for 1 s. (Question
   * 3b-i.)
   *
   * @return the simulated network
   */
  public static SpikingNetwork twoNeurons() {
    SpikingNetwork network = pairOfNeurons();
    network.simulate(1.0, STEP);
    return network;
  }

  /**
   * Builds the network of Fig. 1(c): the network of 3b plus a LIF neuron C that inhibits A with
   * weight -0.2 and is driven by an input silent until 0.7 s and at 50 Hz until 1 s, weight 0.05;
   * simulates it for 1.5 s. (Question 3c-i.)
   *
   * @return the simulated network
   */
  public static SpikingNetwork inhibition() {
    SpikingNetwork network = pairOfNeurons();
    int c = network.addNeuron(new LIFNeuron());
    int late = network.addNeuron(new InputNeuron(SpikeTrains.generate(new double[] {0.0, 50.0}, new double[] {0.7, 1.0})));
    network.connect(c, 0, -0.2);
    network.connect(late, c, 0.05);
    network.simulate(1.5, STEP);
    return network;
  }

  /**
   * Builds the ring oscillator of Fig. 1(d): LIF neurons 0-7 (tauM 0.05 s, tauS 0.1 s), each
   * exciting the next with weight 0.2 and inhibiting the previous with weight -0.4, and an input at
   * 25 Hz for 0.3 s exciting neuron 0 with weight 0.2; simulates it for 4 s. (Questions 3d-i to
   * 3d-iv.)
   *
   * @return the simulated network
   */
  public static SpikingNetwork ringOscillator() {
    SpikingNetwork network = new SpikingNetwork();
    for (int k = 0; k < 8; k++) {
      network.addNeuron(new LIFNeuron(0.05, 0.002, 0.1));
    }
    for (int k = 0; k < 8; k++) {
      network.connect(k, (k + 1) % 8, 0.2);
    }
    for (int k = 0; k < 8; k++) {
      network.connect((k + 1) % 8, k, -0.4);
    }
    int kick = network.addNeuron(new InputNeuron(SpikeTrains.generate(new double[] {25.0}, new double[] {0.3})));
    network.connect(kick, 0, 0.2);
    network.simulate(4.0, STEP);
    return network;
  }

  /**
   * Measures how long the wave of activity takes to go once around the ring: the median time from
   * one burst of a ring neuron to its next, leaving out each neuron's first lap, while the wave
   * settles. (Question 3d-v.)
   *
   * @param ring the network returned by {@link #ringOscillator()}
   * @return the period (s), or NaN if no neuron bursts more than twice
   */
  public static double ringPeriod(SpikingNetwork ring) {
    List<Double> laps = new ArrayList<>();
    for (Neuron n : ring.getNeurons()) {
      if (!(n instanceof LIFNeuron)) {
        continue;
      }
      List<Double> starts = new ArrayList<>();
      double last = Double.NEGATIVE_INFINITY;
      for (double time : n.getSpikes()) {
        if (time - last > 0.1) {
          starts.add(time);
        }
        last = time;
      }
      for (int k = 2; k < starts.size(); k++) {
        laps.add(starts.get(k) - starts.get(k - 1));
      }
    }
    return laps.isEmpty() ? Double.NaN : median(laps);
  }

  /**
   * Runs the experiments and writes the plots of 3a-iii, 3b-ii, 3c-ii, 3d-iv and 4b as PNG files.
   *
   * @param args optional: the folder for the plots (default {@code plots})
   */
  public static void main(String[] args) {
    String folder = args.length > 0 ? args[0] : "plots";
    SpikingNetwork rate = firingRateExperiment();
    int[] counts = spikesPerInterval(rate);
    double[] out = new double[counts.length];
    for (int k = 0; k < counts.length; k++) {
      out[k] = counts[k] / 2.0;
    }
    Plots.dots(folder + "/3a.png", "Firing rate", "input (Hz)", "output (Hz)", inputRates(), out);
    Plots.raster(folder + "/3b.png", "Two neurons", twoNeurons().allSpikeTimes(), List.of("A", "B", "in"), 1.0);
    Plots.raster(folder + "/3c.png", "Inhibition", inhibition().allSpikeTimes(), List.of(), 1.5);
    SpikingNetwork ring = ringOscillator();
    Plots.raster(folder + "/3d.png", "Ring, period " + ringPeriod(ring) + " s", ring.allSpikeTimes(), List.of(), 4.0);
    double[] z = new double[241];
    for (int k = 0; k < z.length; k++) {
      z[k] = -6.0 + 0.05 * k;
    }
    List<DoubleUnaryOperator> fs = List.of(Activations::sigmoid, Activations::sigmoidDerivative,
        Activations::tanh, Activations::tanhDerivative, Activations::relu, Activations::reluDerivative);
    List<double[]> ys = new ArrayList<>();
    for (DoubleUnaryOperator f : fs) {
      double[] y = new double[z.length];
      for (int k = 0; k < z.length; k++) {
        y[k] = f.applyAsDouble(z[k]);
      }
      ys.add(y);
    }
    Plots.curves(folder + "/4b.png", "Activations", z,
        List.of("sigmoid", "sigmoid'", "tanh", "tanh'", "relu", "relu'"), ys);
  }

  private static final double STEP = 1e-3;

  private static SpikingNetwork pairOfNeurons() {
    SpikingNetwork network = new SpikingNetwork();
    int first = network.addNeuron(new LIFNeuron());
    int second = network.addNeuron(new LIFNeuron());
    int drive = network.addNeuron(new InputNeuron(SpikeTrains.generate(new double[] {30.0}, new double[] {0.3})));
    network.connect(drive, first, 0.05);
    network.connect(first, second, 0.05);
    network.connect(second, first, 0.05);
    return network;
  }

  private static double[] inputRates() {
    double[] rates = new double[20];
    for (int k = 0; k < rates.length; k++) {
      rates[k] = 5.0 * (k + 1);
    }
    return rates;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int m = sorted.size();
    if (m % 2 == 1) {
      return sorted.get(m / 2);
    }
    return 0.5 * (sorted.get(m / 2 - 1) + sorted.get(m / 2));
  }
}
