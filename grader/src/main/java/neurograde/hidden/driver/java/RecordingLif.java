package neurograde.hidden.driver.java;

import java.util.ArrayList;
import java.util.List;
import neurograde.hidden.driver.ProbeLog;
import neurons.LIFNeuron;

/**
 * A LIF neuron that records every call a network makes on it, for testing {@code simulate}. It is a
 * LIFNeuron (the reference's, in the network layer), so a simulate that only updates LIF neurons
 * treats it as one.
 */
final class RecordingLif extends LIFNeuron {

  private final List<ProbeLog.Event> events = new ArrayList<>();

  ProbeLog log() {
    return new ProbeLog(events);
  }

  @Override
  public void slope() {
    events.add(new ProbeLog.Event("slope", 0, 0));
    super.slope();
  }

  @Override
  public void step(double dt) {
    events.add(new ProbeLog.Event("step", dt, 0));
    super.step(dt);
  }

  @Override
  public void receiveSpike(double w) {
    events.add(new ProbeLog.Event("receive", w, 0));
    super.receiveSpike(w);
  }
}
