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
    var net = new SpikingNetwork();
    var rates = new double[20];
    var ends = new double[20];
    int i = 0;
    for (double r = 5; r <= 100; r += 5) {
      rates[i] = r;
      ends[i] = 2 * (i + 1);
      i++;
    }
    int neuron = net.addNeuron(new LIFNeuron(0.02, 0.002, 0.1));
    net.connect(net.addNeuron(new InputNeuron(SpikeTrains.generate(rates, ends))), neuron, 0.03);
    net.simulate(40, 0.001);
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
    int[] result = new int[20];
    for (Neuron n : net.getNeurons()) {
      if (n instanceof LIFNeuron) {
        for (double spike : n.getSpikes()) {
          int bin = (int) Math.floor(spike / 2);
          if (bin >= 0 && bin < 20) {
            result[bin]++;
          }
        }
        return result;
      }
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
    var net = new SpikingNetwork();
    int a = net.addNeuron(new LIFNeuron());
    int b = net.addNeuron(new LIFNeuron());
    int in = net.addNeuron(regular(30, 0.3));
    net.connect(in, a, 0.05);
    wireAB(net, a, b);
    net.simulate(1, 0.001);
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
    var net = new SpikingNetwork();
    int a = net.addNeuron(new LIFNeuron());
    int b = net.addNeuron(new LIFNeuron());
    int c = net.addNeuron(new LIFNeuron());
    int in = net.addNeuron(regular(30, 0.3));
    int gate = net.addNeuron(new InputNeuron(SpikeTrains.generate(new double[] {0, 50}, new double[] {0.7, 1.0})));
    net.connect(in, a, 0.05);
    wireAB(net, a, b);
    net.connect(gate, c, 0.05);
    net.connect(c, a, -0.2);
    net.simulate(1.5, 0.001);
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
    var net = new SpikingNetwork();
    int[] ids = new int[8];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = net.addNeuron(new LIFNeuron(0.05, 0.002, 0.1));
    }
    for (int k = 0; k < ids.length; k++) {
      net.connect(ids[k], ids[(k + 1) % ids.length], 0.2);
    }
    for (int k = ids.length - 1; k >= 0; k--) {
      net.connect(ids[(k + 1) % ids.length], ids[k], -0.4);
    }
    net.connect(net.addNeuron(regular(25, 0.3)), ids[0], 0.2);
    net.simulate(4, 0.001);
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
    double[] laps = new double[0];
    for (Neuron n : ring.getNeurons()) {
      if (!(n instanceof LIFNeuron)) {
        continue;
      }
      double prev = Double.NEGATIVE_INFINITY;
      double lastOnset = Double.NaN;
      int onsets = 0;
      for (double spike : n.getSpikes()) {
        boolean onset = spike - prev > 0.1;
        prev = spike;
        if (!onset) {
          continue;
        }
        onsets++;
        if (onsets >= 3) {
          laps = Arrays.copyOf(laps, laps.length + 1);
          laps[laps.length - 1] = spike - lastOnset;
        }
        lastOnset = spike;
      }
    }
    if (laps.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(laps);
    int h = laps.length / 2;
    return laps.length % 2 == 0 ? (laps[h - 1] + laps[h]) / 2 : laps[h];
  }

  /**
   * Runs the experiments and writes the plots of 3a-iii, 3b-ii, 3c-ii, 3d-iv and 4b as PNG files.
   *
   * @param args optional: the folder for the plots (default {@code plots})
   */
  public static void main(String[] args) {
    String where = args.length > 0 ? args[0] : "plots";
    var counts = spikesPerInterval(firingRateExperiment());
    double[] x = new double[counts.length];
    double[] y = new double[counts.length];
    for (int k = 0; k < counts.length; k++) {
      x[k] = 5 * (k + 1);
      y[k] = counts[k] / 2.0;
    }
    Plots.dots(where + "/fig3a.png", "Output vs input rate", "in (Hz)", "out (Hz)", x, y);
    var two = twoNeurons();
    Plots.raster(where + "/fig3b.png", "A and B", two.allSpikeTimes(), List.of(), 1);
    var inh = inhibition();
    Plots.raster(where + "/fig3c.png", "With C", inh.allSpikeTimes(), List.of(), 1.5);
    var ring = ringOscillator();
    Plots.raster(where + "/fig3d.png", String.format(java.util.Locale.ROOT, "Ring %.3f s", ringPeriod(ring)),
        ring.allSpikeTimes(), List.of(), 4);
    double[] zs = new double[400];
    for (int k = 0; k < zs.length; k++) {
      zs[k] = -5 + k * 0.025;
    }
    List<double[]> curves = new ArrayList<>();
    for (DoubleUnaryOperator f : new DoubleUnaryOperator[] {Activations::sigmoid,
        Activations::sigmoidDerivative, Activations::tanh, Activations::tanhDerivative,
        Activations::relu, Activations::reluDerivative}) {
      curves.add(Arrays.stream(zs).map(f).toArray());
    }
    Plots.curves(where + "/fig4b.png", "Activation functions", zs, List.of("s", "s'", "t", "t'", "r", "r'"), curves);
  }

  private static InputNeuron regular(double hz, double stop) {
    return new InputNeuron(SpikeTrains.generate(new double[] {hz}, new double[] {stop}));
  }

  private static void wireAB(SpikingNetwork net, int a, int b) {
    net.connect(a, b, 0.05);
    net.connect(b, a, 0.05);
  }
}
