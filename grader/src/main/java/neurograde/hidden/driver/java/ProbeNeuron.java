package neurograde.hidden.driver.java;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import neurograde.hidden.driver.ProbeLog;
import neurons.Neuron;

/**
 * A trusted neuron for testing a network's {@code simulate}: it spikes at fixed times, like an
 * input neuron, and records every call the network makes on it.
 */
final class ProbeNeuron implements Neuron {

  private final double[] spikeTimes;
  private final List<Double> spikes;
  private final List<ProbeLog.Event> events = new ArrayList<>();
  private int idx = -1;

  ProbeNeuron(double[] spikeTimes) {
    this.spikeTimes = spikeTimes.clone();
    Arrays.sort(this.spikeTimes);
    List<Double> boxed = new ArrayList<>();
    for (double time : this.spikeTimes) {
      boxed.add(time);
    }
    this.spikes = Collections.unmodifiableList(boxed);
  }

  ProbeLog log() {
    return new ProbeLog(events);
  }

  @Override
  public void slope() {
    events.add(new ProbeLog.Event("slope", 0, 0));
  }

  @Override
  public void step(double dt) {
    events.add(new ProbeLog.Event("step", dt, 0));
  }

  @Override
  public int spikesBetween(double tStart, double tEnd) {
    events.add(new ProbeLog.Event("spikesBetween", tStart, tEnd));
    int count = 0;
    for (double time : spikeTimes) {
      if (time >= tStart && time < tEnd) {
        count++;
      }
    }
    return count;
  }

  @Override
  public void receiveSpike(double w) {
    events.add(new ProbeLog.Event("receive", w, 0));
  }

  @Override
  public List<Double> getSpikes() {
    return spikes;
  }

  @Override
  public int getIdx() {
    return idx;
  }

  @Override
  public void setIdx(int idx) {
    this.idx = idx;
  }
}
