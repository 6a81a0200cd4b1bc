package neurograde.hidden.checks;

import neurograde.hidden.Layer;
import neurograde.hidden.Session;
import neurograde.hidden.driver.Driver;
import neurograde.hidden.driver.LifState;
import neurograde.hidden.driver.NeuronRef;
import neurograde.hidden.driver.StateVariable;
import neurograde.hidden.model.Near;

/**
 * The classes 1b's checks run: the student's own, unless their slope() does not follow the
 * equations (1a's loss). Then step is judged with the course's slopes, as SPEC's layers ask: their
 * slope() ending in the equations ({@link Layer#OWN_WITH_EQUATION_SLOPE}), where their getters show
 * which fields to set. Otherwise, or where that does not help, their own, and {@link Crossing}
 * looks for states where their slopes still reach the threshold.
 */
final class StepLayer {

  /** States slope() is tried on (t, v, s): the step checks' designed states and a few more. */
  private static final double[][] PROBES = {
    {0.3, 0.98, 1.3}, {0.1, 0.2, 0.7}, {1.2, 0.9, 1.4}, {0.7, 0.95, 1.6}, {0.1, 0.9, 1.05},
    {0.5, 0.1, 0.3}, {0.5, 0.92578125, 2.140625}, {0, 0.5, -0.4}, {0, 0, 0}, {0.2, 1, 3}
  };

  private StepLayer() {}

  /** The driver of the current check, for the step checks and the whole-neuron audit. */
  static Driver driver() {
    if (ownSlopesRight()) {
      return Session.driver(Layer.OWN);
    }
    if (repairedSlopesRight()) {
      Session.note(
          "Your slope() does not follow the equations (see 1a), so step was checked with your"
              + " slope() ending in them (dvdt = (s - v) / tauM, dsdt = -s / tauS).");
      return Session.driver(Layer.OWN_WITH_EQUATION_SLOPE);
    }
    return Session.driver(Layer.OWN);
  }

  /** Whether the neuron {@link #driver()} gives has the equations' slopes, once per submission. */
  static boolean slopesRight() {
    return ownSlopesRight() || repairedSlopesRight();
  }

  private static boolean ownSlopesRight() {
    return Session.shared(
        "step-layer:own-slope", () -> followsEquations(Session.driver(Layer.OWN)));
  }

  private static boolean repairedSlopesRight() {
    return Session.shared(
        "step-layer:equation-slope",
        () -> followsEquations(Session.driver(Layer.OWN_WITH_EQUATION_SLOPE)));
  }

  /** Whether the driver's slope() gives the equations' slopes on every probe state. */
  static boolean followsEquations(Driver driver) {
    return followsEquations(
        driver, new double[][] {{0.02, 0.002, 0.05}, {0.01, 0.002, 0.2}}, PROBES);
  }

  /**
   * Whether the driver's slope() gives the equations' slopes for neurons of the given time
   * constants (tauM, tauRef, tauS) in the given states (t, v, s); false if it throws.
   */
  static boolean followsEquations(Driver driver, double[][] constants, double[][] states) {
    try {
      for (double[] tau : constants) {
        for (double[] probe : states) {
          NeuronRef neuron = driver.newLif(tau[0], tau[1], tau[2]);
          driver.set(neuron, StateVariable.T, probe[0]);
          driver.set(neuron, StateVariable.V, probe[1]);
          driver.set(neuron, StateVariable.S, probe[2]);
          driver.slope(neuron);
          LifState state = driver.state(neuron);
          double dvdt = (probe[2] - probe[1]) / tau[0];
          double dsdt = -probe[2] / tau[2];
          if (!Near.within(state.dvdt(), dvdt, 1e-9 * Math.max(1, Math.abs(dvdt)))
              || !Near.within(state.dsdt(), dsdt, 1e-9 * Math.max(1, Math.abs(dsdt)))) {
            return false;
          }
        }
      }
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
