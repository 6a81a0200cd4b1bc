package neurons;

import java.util.stream.IntStream;
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
    double[] rates = IntStream.rangeClosed(1, 20).mapToDouble(i -> 5.0 * i).toArray();
    double[] ends = IntStream.rangeClosed(1, 20).mapToDouble(i -> 2.0 * i).toArray();
    SpikingNetwork net = network(
        List.of(new LIFNeuron(0.02, 0.002, 0.1), new InputNeuron(SpikeTrains.generate(rates, ends))),
        new double[][] {{1, 0, 0.03}});
    net.simulate(40, DT);
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
    Neuron lif = net.getNeurons().stream().filter(n -> n instanceof LIFNeuron).findFirst().orElseThrow();
    int[] counts = new int[20];
    int i = 0;
    while (i < 20) {
      counts[i] = lif.spikesBetween(i * 2.0, (i + 1) * 2.0);
      i++;
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
    SpikingNetwork net = network(List.of(new LIFNeuron(), new LIFNeuron(), input(30, 0.3)),
        new double[][] {{2, 0, 0.05}, {0, 1, 0.05}, {1, 0, 0.05}});
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
    SpikingNetwork net = network(
        List.of(new LIFNeuron(), new LIFNeuron(), input(30, 0.3), new LIFNeuron(),
            new InputNeuron(SpikeTrains.generate(new double[] {0, 50}, new double[] {0.7, 1}))),
        new double[][] {{2, 0, 0.05}, {0, 1, 0.05}, {1, 0, 0.05}, {3, 0, -0.2}, {4, 3, 0.05}});
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
    List<Neuron> cells = new ArrayList<>();
    double[][] links = new double[17][];
    for (int i = 0; i < 8; i++) {
      cells.add(new LIFNeuron(0.05, 0.002, 0.1));
      links[i] = new double[] {i, (i + 1) % 8, 0.2};
      links[8 + i] = new double[] {(i + 1) % 8, i, -0.4};
    }
    cells.add(input(25, 0.3));
    links[16] = new double[] {8, 0, 0.2};
    SpikingNetwork net = network(cells, links);
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
    List<Double> periods = new ArrayList<>();
    for (Neuron cell : ring.getNeurons()) {
      if (cell instanceof InputNeuron) {
        continue;
      }
      List<Double> times = cell.getSpikes();
      double[] onsets = new double[times.size()];
      int bursts = 0;
      for (int i = 0; i < times.size(); i++) {
        if (i == 0 || times.get(i) - times.get(i - 1) > 0.1) {
          onsets[bursts++] = times.get(i);
        }
      }
      for (int i = 2; i < bursts; i++) {
        periods.add(onsets[i] - onsets[i - 1]);
      }
    }
    if (periods.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = periods.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int half = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
  }

  /**
   * Runs the experiments and writes the plots of 3a-iii, 3b-ii, 3c-ii, 3d-iv and 4b as PNG files.
   *
   * @param args optional: the folder for the plots (default {@code plots})
   */
  public static void main(String[] args) {
    String dir = args.length == 0 ? "plots" : args[0];
    int[] counts = spikesPerInterval(firingRateExperiment());
    double[] in = new double[20];
    double[] outRate = new double[20];
    for (int i = 0; i < 20; i++) {
      in[i] = 5 * (i + 1);
      outRate[i] = counts[i] / 2.0;
    }
    Plots.dots(dir + "/rate.png", "3a", "input rate (Hz)", "output rate (Hz)", in, outRate);
    Plots.raster(dir + "/two.png", "3b", twoNeurons().allSpikeTimes(), List.of("A", "B", "input"), 1);
    Plots.raster(dir + "/inhibition.png", "3c", inhibition().allSpikeTimes(),
        List.of("A", "B", "input", "C", "input C"), 1.5);
    SpikingNetwork ring = ringOscillator();
    Plots.raster(dir + "/ring.png", "3d (period " + ringPeriod(ring) + " s)", ring.allSpikeTimes(), List.of(), 4);
    double[] z = IntStream.range(0, 601).mapToDouble(i -> -6 + i * 0.02).toArray();
    Plots.curves(dir + "/activations.png", "4b", z,
        List.of("sigmoid", "d sigmoid", "tanh", "d tanh", "relu", "d relu"),
        List.of(Arrays.stream(z).map(Activations::sigmoid).toArray(),
            Arrays.stream(z).map(Activations::sigmoidDerivative).toArray(),
            Arrays.stream(z).map(Activations::tanh).toArray(),
            Arrays.stream(z).map(Activations::tanhDerivative).toArray(),
            Arrays.stream(z).map(Activations::relu).toArray(),
            Arrays.stream(z).map(Activations::reluDerivative).toArray()));
  }

  private static final double DT = 0.001;

  /** Builds a network of the given neurons, connected by {pre, post, weight} triples. */
  private static SpikingNetwork network(List<Neuron> neurons, double[][] links) {
    SpikingNetwork net = new SpikingNetwork();
    neurons.forEach(net::addNeuron);
    for (double[] link : links) {
      net.connect((int) link[0], (int) link[1], link[2]);
    }
    return net;
  }

  private static InputNeuron input(double rate, double until) {
    return new InputNeuron(SpikeTrains.generate(new double[] {rate}, new double[] {until}));
  }
}
