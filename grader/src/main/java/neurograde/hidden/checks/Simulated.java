package neurograde.hidden.checks;

import neurograde.hidden.CheckFailure;
import neurograde.hidden.driver.NetworkSnapshot;
import neurograde.hidden.model.Near;

/**
 * Checks that an experiment's network was simulated long enough, with the assignment's time step.
 */
final class Simulated {

  private static final double DT = 0.001;

  private Simulated() {}

  static void require(NetworkSnapshot net, double duration, String what) {
    double[] t = net.tHistory();
    int steps = (int) Math.round(duration / DT);
    if (t.length == 0) {
      throw CheckFailure.fail(
          what
              + " should be simulated for at least "
              + Fmt.num(duration)
              + " s, but its network was never simulated.");
    }
    if (t.length >= 2 && !Near.within(net.dt(), DT, 1e-12)) {
      throw CheckFailure.fail(
          what
              + " should be simulated with a time step of 1 ms (0.001 s), but its time step is "
              + Fmt.num(net.dt())
              + " s.");
    }
    if (t.length < steps - 1 || t[t.length - 1] < duration - DT - 1e-9) {
      throw CheckFailure.fail(
          what
              + " should be simulated for at least "
              + Fmt.num(duration)
              + " s, but it was simulated for "
              + Fmt.num(net.duration())
              + " s ("
              + t.length
              + " steps).");
    }
  }
}
