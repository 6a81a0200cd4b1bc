package neurons;

import java.util.ArrayList;
import java.util.List;

/** Question 3, written a different way: other neuron orders, other targets, the ring backwards. */
public final class Experiments {

  private Experiments() {}

  public static SpikingNetwork firingRateExperiment() {
    double[] rates = new double[20];
    double[] ends = new double[20];
    for (int i = 0; i < 20; i++) {
      rates[i] = 5 * (i + 1);
      ends[i] = 2 * (i + 1);
    }
    SpikingNetwork net = new SpikingNetwork();
    int input = net.addNeuron(new InputNeuron(SpikeTrains.generate(rates, ends)));
    int lif = net.addNeuron(new LIFNeuron(0.02, 0.002, 0.1));
    net.connect(input, lif, 0.03);
    for (int i = 0; i < 20; i++) {
      net.simulate(2, 0.001);
    }
    return net;
  }

  public static int[] spikesPerInterval(SpikingNetwork net) {
    Neuron lif = net.getNeuron(1);
    int[] counts = new int[20];
    for (int i = 0; i < 20; i++) {
      counts[i] = lif.spikesBetween(2.0 * i, 2.0 * i + 2);
    }
    return counts;
  }

  public static SpikingNetwork twoNeurons() {
    SpikingNetwork net = new SpikingNetwork();
    int input = net.addNeuron(new InputNeuron(SpikeTrains.generate(new double[] {30}, new double[] {0.3})));
    int a = net.addNeuron(new LIFNeuron());
    int b = net.addNeuron(new LIFNeuron());
    net.connect(a, b, 0.05);
    net.connect(b, a, 0.05);
    net.connect(input, b, 0.05);
    net.simulate(1.2, 0.001);
    return net;
  }

  public static SpikingNetwork inhibition() {
    SpikingNetwork net = new SpikingNetwork();
    int c = net.addNeuron(new LIFNeuron(0.02, 0.002, 0.05));
    int input = net.addNeuron(new InputNeuron(SpikeTrains.generate(new double[] {30}, new double[] {0.3})));
    int a = net.addNeuron(new LIFNeuron());
    int late = net.addNeuron(new InputNeuron(SpikeTrains.generate(new double[] {0, 50}, new double[] {0.7, 1.0})));
    int b = net.addNeuron(new LIFNeuron());
    net.connect(input, a, 0.05);
    net.connect(a, b, 0.05);
    net.connect(b, a, 0.05);
    net.connect(c, b, -0.2);
    net.connect(late, c, 0.05);
    net.simulate(2, 0.001);
    return net;
  }

  public static SpikingNetwork ringOscillator() {
    SpikingNetwork net = new SpikingNetwork();
    int input = net.addNeuron(new InputNeuron(SpikeTrains.generate(new double[] {25}, new double[] {0.3})));
    int[] ring = new int[8];
    for (int k = 0; k < 8; k++) {
      ring[k] = net.addNeuron(new LIFNeuron(0.05, 0.002, 0.1));
    }
    for (int k = 0; k < 8; k++) {
      net.connect(ring[k], ring[(k + 7) % 8], 0.2);
      net.connect(ring[(k + 7) % 8], ring[k], -0.4);
    }
    net.connect(input, ring[3], 0.2);
    net.simulate(5, 0.001);
    return net;
  }

  public static double ringPeriod(SpikingNetwork ring) {
    Neuron busiest = null;
    for (Neuron n : ring.getNeurons()) {
      if (n instanceof LIFNeuron && (busiest == null || n.getSpikes().size() > busiest.getSpikes().size())) {
        busiest = n;
      }
    }
    List<Double> onsets = new ArrayList<>();
    double last = -1;
    for (double t : busiest.getSpikes()) {
      if (t - last > 0.15) {
        onsets.add(t);
      }
      last = t;
    }
    double sum = 0;
    for (int i = 2; i < onsets.size(); i++) {
      sum += onsets.get(i) - onsets.get(i - 1);
    }
    return sum / (onsets.size() - 2);
  }

  public static void main(String[] args) {
    SpikingNetwork rate = firingRateExperiment();
    int[] counts = spikesPerInterval(rate);
    double[] x = new double[20];
    double[] y = new double[20];
    for (int i = 0; i < 20; i++) {
      x[i] = 5 * (i + 1);
      y[i] = counts[i] / 2.0;
    }
    Plots.dots("plots/rate.png", "firing rate", "input (Hz)", "output (Hz)", x, y);
    Plots.raster("plots/ring.png", "ring", ringOscillator().allSpikeTimes(), List.of(), 5);
  }
}
