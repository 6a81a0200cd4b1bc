package neurons;

import java.util.List;

/** An input neuron of the student's own: its spike list is copied by a helper of their LIFNeuron. */
final class WrappedInput implements Neuron {
  private final InputNeuron inner;

  WrappedInput(double[] spikeTimes) {
    inner = new InputNeuron(spikeTimes);
  }

  @Override public void slope() { inner.slope(); }
  @Override public void step(double dt) { inner.step(dt); }
  @Override public int spikesBetween(double a, double b) { return inner.spikesBetween(a, b); }
  @Override public void receiveSpike(double w) { inner.receiveSpike(w); }
  @Override public List<Double> getSpikes() { return LIFNeuron.copyOfTimes(inner.getSpikes()); }
  @Override public int getIdx() { return inner.getIdx(); }
  @Override public void setIdx(int idx) { inner.setIdx(idx); }
}
