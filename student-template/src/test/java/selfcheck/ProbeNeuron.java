package selfcheck;

import java.util.ArrayList;
import java.util.List;
import neurons.Neuron;

/**
 * A neuron that only writes down how {@code simulate} calls it, so the checks of question 2 do not
 * depend on your LIFNeuron.
 */
public final class ProbeNeuron implements Neuron {

  /** A spike delivered to this neuron: its weight, and how many steps the neuron had made by then. */
  public record Delivery(double weight, int afterSteps) {}

  private final StringBuilder calls = new StringBuilder();
  private final List<Double> dts = new ArrayList<>();
  private final List<Delivery> deliveries = new ArrayList<>();
  private int steps;
  private int idx = -1;

  @Override
  public void slope() {
    calls.append('S');
  }

  @Override
  public void step(double dt) {
    calls.append('T');
    dts.add(dt);
    steps++;
  }

  @Override
  public int spikesBetween(double tStart, double tEnd) {
    return 0;
  }

  @Override
  public void receiveSpike(double w) {
    deliveries.add(new Delivery(w, steps));
  }

  @Override
  public List<Double> getSpikes() {
    return List.of();
  }

  @Override
  public int getIdx() {
    return idx;
  }

  @Override
  public void setIdx(int idx) {
    this.idx = idx;
  }

  /** The calls in order: S for slope(), T for step(dt). */
  public String calls() {
    return calls.toString();
  }

  /** The dt of every step() call. */
  public List<Double> dts() {
    return List.copyOf(dts);
  }

  /** The spikes delivered, with a weight other than 0. */
  public List<Delivery> deliveries() {
    return deliveries.stream().filter(d -> d.weight() != 0).toList();
  }

  /** How many times step() was called. */
  public int steps() {
    return steps;
  }
}
