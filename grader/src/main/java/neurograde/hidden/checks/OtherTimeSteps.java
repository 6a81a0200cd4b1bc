package neurograde.hidden.checks;

import neurograde.hidden.CheckFailure;
import neurograde.hidden.Mistake;
import neurograde.hidden.Session;
import neurograde.hidden.driver.Driver;
import neurograde.hidden.driver.NetworkRef;
import neurograde.hidden.driver.NeuronRef;
import neurograde.hidden.driver.ProbeLog;
import neurograde.hidden.model.Near;
import neurons.SpikeTrains;

/**
 * simulate at time steps other than the assignment's 1 ms, where the reference is just as exact: a
 * simulate that keeps 1 ms somewhere (its grid, the dt it steps with, the window it delivers) is
 * only right at 1 ms. Each place is one check's business; a simulate that keeps 1 ms in several is
 * charged once, by the first in this order: grid (time history), step (every neuron), window (spike
 * counts).
 */
final class OtherTimeSteps {

  /** The other time steps (s). */
  static final double[] DTS = {0.0005, 0.0002};

  private static final double TOL = 1e-9;

  private OtherTimeSteps() {}

  /**
   * Fails if simulate's time grid at another dt is not {@code arange(start, start + T, dt)}, on a
   * first call and a continued one.
   */
  static void requireGrid(Driver driver) {
    Problem problem = gridProblem(driver);
    if (problem != null) {
      throw problem.failure();
    }
  }

  /**
   * Whether the grid at other time steps is right; if not, notes that the time-history check
   * charges it.
   */
  static boolean gridRight(Driver driver) {
    if (gridProblem(driver) == null) {
      return true;
    }
    Session.note(
        "simulate at time steps other than 1 ms was not judged here, since its time grid is"
            + " wrong there (see the time-history check).");
    return false;
  }

  /** Fails if, at another dt, a neuron is stepped with some other dt. */
  static void requireStepDt(Driver driver) {
    Problem problem = stepProblem(driver);
    if (problem != null) {
      throw problem.failure();
    }
  }

  /** Whether neurons are stepped with the given dt; if not, notes which check charges it. */
  static boolean stepDtRight(Driver driver) {
    if (stepProblem(driver) == null) {
      return true;
    }
    Session.note(
        "simulate at time steps other than 1 ms was not judged here, since it steps the neurons"
            + " with another dt there (see the every-neuron check).");
    return false;
  }

  /**
   * What is wrong at another time step.
   *
   * @param message for the student
   * @param millisecond whether it is 1 ms built in
   */
  private record Problem(String message, boolean millisecond) {

    CheckFailure failure() {
      return millisecond
          ? CheckFailure.fail(Mistake.SIMULATE_DT_HARD_CODED, message)
          : CheckFailure.fail(message);
    }
  }

  private static Problem gridProblem(Driver driver) {
    for (double dt : DTS) {
      NetworkRef net = driver.newNetwork();
      driver.addNeuron(net, driver.newRecordingLif());
      driver.simulate(net, 0.004, dt);
      Problem first = gridMismatch(driver.tHistory(net), SpikeTrains.arange(0, 0.004, dt), dt);
      if (first != null) {
        return new Problem(
            "after simulate(0.004, " + Fmt.num(dt) + ") " + first.message(), first.millisecond());
      }
      driver.simulate(net, 0.002, dt);
      double[] both =
          SimulateChecks.concat(
              SpikeTrains.arange(0, 0.004, dt), SpikeTrains.arange(0.004, 0.006, dt));
      Problem second = gridMismatch(driver.tHistory(net), both, dt);
      if (second != null) {
        return new Problem(
            "after simulate(0.004, "
                + Fmt.num(dt)
                + ") then simulate(0.002, "
                + Fmt.num(dt)
                + ") "
                + second.message(),
            second.millisecond());
      }
    }
    return null;
  }

  private static Problem gridMismatch(double[] actual, double[] expected, double dt) {
    boolean same = actual.length == expected.length;
    for (int i = 0; same && i < actual.length; i++) {
      same = Near.within(actual[i], expected[i], TOL);
    }
    if (same) {
      return null;
    }
    String what =
        "the time history should hold "
            + expected.length
            + " times "
            + Fmt.list(expected)
            + ", but it holds "
            + actual.length
            + ": "
            + Fmt.list(actual);
    boolean millisecond = actual.length >= 2 && Near.within(actual[1] - actual[0], 0.001, TOL);
    boolean restartedAtMillisecond = false;
    for (int i = 1; i < actual.length; i++) {
      restartedAtMillisecond |= Near.within(actual[i] - actual[i - 1], 0.001 + dt, TOL);
    }
    if (millisecond || restartedAtMillisecond) {
      return new Problem(
          what
              + ": a step of 1 ms is built in. "
              + capitalized(Mistake.SIMULATE_DT_HARD_CODED.description())
              + "; use the dt it is given everywhere.",
          true);
    }
    return new Problem(what + ".", false);
  }

  private static Problem stepProblem(Driver driver) {
    for (double dt : DTS) {
      NetworkRef net = driver.newNetwork();
      NeuronRef probe = driver.newRecordingLif();
      driver.addNeuron(net, probe);
      driver.simulate(net, 0.004, dt);
      for (ProbeLog.Event event : driver.probeLog(probe).events()) {
        if (event.kind().equals("step") && !Near.within(event.a(), dt, 1e-15)) {
          String what =
              "in simulate(0.004, "
                  + Fmt.num(dt)
                  + ") the neurons were stepped with dt = "
                  + Fmt.num(event.a())
                  + " s";
          return Near.within(event.a(), 0.001, 1e-15)
              ? new Problem(
                  what
                      + ", 1 ms: "
                      + Mistake.SIMULATE_DT_HARD_CODED.description()
                      + ". Step with the dt simulate is given.",
                  true)
              : new Problem(what + ".", false);
        }
      }
    }
    return null;
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
