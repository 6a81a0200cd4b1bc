package neurograde.hidden.checks;

import neurograde.hidden.Check;
import neurograde.hidden.CheckFailure;
import neurograde.hidden.Layer;
import neurograde.hidden.Session;
import neurograde.hidden.driver.Driver;
import neurograde.hidden.driver.LifState;
import neurograde.hidden.driver.NeuronRef;
import neurograde.hidden.driver.StateVariable;
import neurograde.hidden.model.Near;
import org.junit.jupiter.api.Order;

/**
 * Question 1a: {@code slope()} saves dv/dt = (s - v)/tauM and ds/dt = -s/tauS of the current state.
 */
@Order(1)
final class SlopeChecks {

  /** States (v, s) and time constants (tauM, tauRef, tauS) to evaluate the slopes at. */
  private static final double[][] CASES = {
    {0.3, 0.8, 0.02, 0.002, 0.05},
    {0.75, 0.1, 0.01, 0.002, 0.2},
    {-0.2, 1.7, 0.05, 0.003, 0.1},
    {0.0, 0.0, 0.02, 0.002, 0.05},
    // near the threshold, where the step checks' states are: a slope() wrong only there misleads 1b
    {0.98, 1.3, 0.02, 0.002, 0.05},
    {0.92578125, 2.140625, 0.03125, 0.00390625, 0.125},
    {1.0, 2.5, 0.01, 0.002, 0.2},
  };

  @Check(
      value = "slope.dvdt",
      uses = {"LIFNeuron#<init>", "LIFNeuron#slope", "LIFNeuron#get*", "LIFNeuron#set*"})
  void dvdt() {
    check(true);
  }

  @Check(
      value = "slope.dsdt",
      uses = {"LIFNeuron#<init>", "LIFNeuron#slope", "LIFNeuron#get*", "LIFNeuron#set*"})
  void dsdt() {
    check(false);
  }

  private static void check(boolean membrane) {
    Driver driver = Session.driver(Layer.OWN);
    for (double[] c : CASES) {
      double v = c[0];
      double s = c[1];
      NeuronRef neuron = driver.newLif(c[2], c[3], c[4]);
      driver.set(neuron, StateVariable.T, 0.25);
      driver.set(neuron, StateVariable.V, v);
      driver.set(neuron, StateVariable.S, s);
      driver.slope(neuron);
      LifState state = driver.state(neuron);
      String at =
          "for v = "
              + Fmt.num(v)
              + ", s = "
              + Fmt.num(s)
              + ", tauM = "
              + Fmt.num(c[2])
              + " s, tauS = "
              + Fmt.num(c[4])
              + " s";
      if (!Near.within(state.v(), v, 0) || !Near.within(state.s(), s, 0)) {
        throw CheckFailure.fail(
            "slope() changed the state "
                + at
                + ": v became "
                + Fmt.num(state.v())
                + ", s became "
                + Fmt.num(state.s())
                + ". slope() only saves dv/dt and ds/dt; step() changes v and s.");
      }
      double expected = membrane ? (s - v) / c[2] : -s / c[4];
      double actual = membrane ? state.dvdt() : state.dsdt();
      if (!Near.relative(actual, expected, 1e-9)) {
        String name = membrane ? "dv/dt" : "ds/dt";
        String formula = membrane ? "(s - v) / tauM" : "-s / tauS";
        throw CheckFailure.fail(
            name
                + " "
                + at
                + " should be "
                + formula
                + " = "
                + Fmt.num(expected)
                + ", but slope() saved "
                + Fmt.num(actual)
                + hint(membrane, v, s, c[2], c[4], actual));
      }
    }
  }

  private static String hint(
      boolean membrane, double v, double s, double tauM, double tauS, double actual) {
    double expected = membrane ? (s - v) / tauM : -s / tauS;
    if (expected != 0 && Near.within(actual, -expected, 1e-9 * Math.abs(expected))) {
      return " (the sign is reversed)";
    }
    double otherTau = membrane ? (s - v) / tauS : -s / tauM;
    if (Near.relative(actual, otherTau, 1e-9)) {
      return membrane
          ? " (it divides by tauS instead of tauM)"
          : " (it divides by tauM instead of tauS)";
    }
    return "";
  }
}
