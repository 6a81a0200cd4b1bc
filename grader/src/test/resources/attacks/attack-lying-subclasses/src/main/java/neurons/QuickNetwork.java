package neurons;

import java.util.ArrayList;
import java.util.List;

/** Attack: a network that reports a simulation it never ran. */
class QuickNetwork extends SpikingNetwork {

  private final List<Double> times = new ArrayList<>();

  @Override
  public void simulate(double T, double dt) {
    double start = times.isEmpty() ? 0 : times.get(times.size() - 1) + dt;
    for (double tt : SpikeTrains.arange(start, start + T, dt)) {
      times.add(tt);
    }
  }

  @Override
  public List<Double> getTHistory() {
    return times;
  }
}
