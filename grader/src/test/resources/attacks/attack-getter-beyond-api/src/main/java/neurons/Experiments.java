package neurons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** The experiments of question 3 and the plots of questions 3 and 4b. */
public final class Experiments {

  private Experiments() {}

  /** Time step of every experiment (s). */
  private static final double DT = 0.001;

  /** Input rates of question 3a (Hz): 5, 10, ..., 100. */
  private static final int RATE_COUNT = 20;

  /** Length of each input rate's interval in question 3a (s). */
  private static final double INTERVAL = 2;

  /** Gap that separates one burst of a ring neuron from the next (s). */
  private static final double BURST_GAP = 0.1;

  private static double[] firingRateInputRates() {
    double[] rates = new double[RATE_COUNT];
    for (int i = 0; i < RATE_COUNT; i++) {
      rates[i] = 5 * (i + 1);
    }
    return rates;
  }

  private static void connectTwoNeurons(SpikingNetwork net, int a, int b, int input) {
    net.connect(input, a, 0.05);
    net.connect(a, b, 0.05);
    net.connect(b, a, 0.05);
  }

  private static LIFNeuron findLif(SpikingNetwork net) {
    for (Neuron neuron : net.getNeurons()) {
      if (neuron instanceof LIFNeuron lif) {
        return lif;
      }
    }
    throw new IllegalArgumentException("the network has no LIF neuron");
  }

  private static List<Double> burstOnsets(List<Double> spikes) {
    List<Double> onsets = new ArrayList<>();
    double previous = Double.NEGATIVE_INFINITY;
    for (double spike : spikes) {
      if (spike - previous > BURST_GAP) {
        onsets.add(spike);
      }
      previous = spike;
    }
    return onsets;
  }

  /**
   * Builds the network of Fig. 1(a) with an input that steps from 5 Hz to 100 Hz, 2 s per rate,
   * connected to the LIF neuron (tauS 0.1 s) with weight 0.03, and simulates it for 40 s with dt =
   * 1 ms. (Question 3a-i.)
   *
   * @return the simulated network
   */
  public static SpikingNetwork firingRateExperiment() {
    double[] rates = firingRateInputRates();
    double[] ends = new double[RATE_COUNT];
    for (int i = 0; i < RATE_COUNT; i++) {
      ends[i] = INTERVAL * (i + 1);
    }
    SpikingNetwork net = new SpikingNetwork();
    int lif = net.addNeuron(new LIFNeuron(0.02, 0.002, 0.1));
    int input = net.addNeuron(new WrappedInput(SpikeTrains.generate(rates, ends)));
    net.connect(input, lif, 0.03);
    net.simulate(RATE_COUNT * INTERVAL, DT);
    return net;
  }

  /**
   * Counts the LIF neuron's spikes in each 2 s interval of the firing-rate experiment. (Question
   * 3a-ii.)
   *
   * @param net the network returned by {@link #firingRateExperiment()}
   * @return 20 spike counts, one per input rate
   */
  public static int[] spikesPerInterval(SpikingNetwork net) {
    LIFNeuron lif = findLif(net);
    int[] counts = new int[RATE_COUNT];
    for (int i = 0; i < RATE_COUNT; i++) {
      counts[i] = lif.spikesBetween(INTERVAL * i, INTERVAL * (i + 1));
    }
    return counts;
  }

  /**
   * Builds the network of Fig. 1(b): LIF neurons A and B connected both ways with weight 0.05, and
   * an input at 30 Hz for 0.3 s connected to A with weight 0.05; simulates it for 1 s. (Question
   * 3b-i.)
   *
   * @return the simulated network
   */
  public static SpikingNetwork twoNeurons() {
    SpikingNetwork net = new SpikingNetwork();
    int a = net.addNeuron(new LIFNeuron());
    int b = net.addNeuron(new LIFNeuron());
    int input = net.addNeuron(new InputNeuron(SpikeTrains.generate(new double[] {30}, new double[] {0.3})));
    connectTwoNeurons(net, a, b, input);
    net.simulate(1, DT);
    return net;
  }

  /**
   * Builds the network of Fig. 1(c): the network of 3b plus a LIF neuron C that inhibits A with
   * weight -0.2 and is driven by an input silent until 0.7 s and at 50 Hz until 1 s, weight 0.05;
   * simulates it for 1.5 s. (Question 3c-i.)
   *
   * @return the simulated network
   */
  public static SpikingNetwork inhibition() {
    SpikingNetwork net = new SpikingNetwork();
    int a = net.addNeuron(new LIFNeuron());
    int b = net.addNeuron(new LIFNeuron());
    int input = net.addNeuron(new InputNeuron(SpikeTrains.generate(new double[] {30}, new double[] {0.3})));
    connectTwoNeurons(net, a, b, input);
    int c = net.addNeuron(new LIFNeuron());
    int late = net.addNeuron(new InputNeuron(SpikeTrains.generate(new double[] {0, 50}, new double[] {0.7, 1})));
    net.connect(c, a, -0.2);
    net.connect(late, c, 0.05);
    net.simulate(1.5, DT);
    return net;
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
    SpikingNetwork net = new SpikingNetwork();
    int size = 8;
    for (int k = 0; k < size; k++) {
      net.addNeuron(new LIFNeuron(0.05, 0.002, 0.1));
    }
    for (int k = 0; k < size; k++) {
      net.connect(k, (k + 1) % size, 0.2);
    }
    for (int k = 0; k < size; k++) {
      net.connect((k + 1) % size, k, -0.4);
    }
    int input = net.addNeuron(new InputNeuron(SpikeTrains.generate(new double[] {25}, new double[] {0.3})));
    net.connect(input, 0, 0.2);
    net.simulate(4, DT);
    return net;
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
    for (Neuron neuron : ring.getNeurons()) {
      if (neuron instanceof LIFNeuron) {
        List<Double> onsets = burstOnsets(neuron.getSpikes());
        for (int i = 2; i < onsets.size(); i++) {
          laps.add(onsets.get(i) - onsets.get(i - 1));
        }
      }
    }
    if (laps.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = laps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /**
   * Runs the experiments and writes the plots of 3a-iii, 3b-ii, 3c-ii, 3d-iv and 4b as PNG files.
   *
   * @param args optional: the folder for the plots (default {@code plots})
   */
  public static void main(String[] args) {
    String dir = args.length > 0 ? args[0] : "plots";
    SpikingNetwork rate = firingRateExperiment();
    int[] counts = spikesPerInterval(rate);
    double[] inputRates = firingRateInputRates();
    double[] outputRates = Arrays.stream(counts).mapToDouble(n -> n / INTERVAL).toArray();
    Plots.dots(dir + "/3a-firing-rate.png", "3a: LIF firing rate vs input rate",
        "input rate (Hz)", "LIF firing rate (Hz)", inputRates, outputRates);
    Plots.raster(dir + "/3b-two-neurons.png", "3b: two LIF neurons",
        twoNeurons().allSpikeTimes(), List.of("A", "B", "input"), 1);
    Plots.raster(dir + "/3c-inhibition.png", "3c: inhibition",
        inhibition().allSpikeTimes(), List.of("A", "B", "input", "C", "input C"), 1.5);
    SpikingNetwork ring = ringOscillator();
    Plots.raster(dir + "/3d-ring.png",
        String.format(java.util.Locale.ROOT, "3d: ring oscillator (period %.3f s)", ringPeriod(ring)),
        ring.allSpikeTimes(), List.of("A", "B", "C", "D", "E", "F", "G", "H", "input"), 4);
    double[] z = new double[1201];
    for (int i = 0; i < z.length; i++) {
      z[i] = -6 + i * 0.01;
    }
    List<String> names = List.of("sigmoid", "sigmoid'", "tanh", "tanh'", "ReLU", "ReLU'");
    List<DoubleUnaryOperator> functions = List.of(Activations::sigmoid,
        Activations::sigmoidDerivative, Activations::tanh, Activations::tanhDerivative,
        Activations::relu, Activations::reluDerivative);
    List<double[]> curves = new ArrayList<>();
    for (DoubleUnaryOperator f : functions) {
      curves.add(Arrays.stream(z).map(f).toArray());
    }
    Plots.curves(dir + "/4b-activations.png", "4b: activation functions and derivatives", z, names, curves);
  }
}
