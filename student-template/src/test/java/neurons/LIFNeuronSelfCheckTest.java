package neurons;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.TestAbortedException;
import selfcheck.Attempt;
import selfcheck.CourseData;
import selfcheck.Expect;
import selfcheck.Figures;
import selfcheck.NotWrittenYet;

/**
 * Self-checks for question 1, with the states the course's solution prints. Each check starts from
 * its own state, so one mistake fails the checks of that mistake only.
 */
@DisplayName("Question 1: LIFNeuron")
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(NotWrittenYet.class)
class LIFNeuronSelfCheckTest {

  private static final double DT = 0.001;

  // ---- 1a -------------------------------------------------------------------------------------

  @Test
  @Order(1)
  @DisplayName("1a: slope() sets dv/dt = (s - v) / tauM")
  void slope_setsDvdt() {
    LIFNeuron neuron = neuron(0, 0.3, 0.8, 0);
    neuron.slope();
    Expect.near("dv/dt for v = 0.3, s = 0.8 and tauM = 0.02 s", neuron.getDvdt(), 25, 1e-9, "per s",
        "dv/dt = (s - v) / tauM = (0.8 - 0.3) / 0.02 = 25 per second. Look at how slope() sets dvdt.");
    stateUnchanged(neuron);
  }

  @Test
  @Order(2)
  @DisplayName("1a: slope() sets ds/dt = -s / tauS")
  void slope_setsDsdt() {
    LIFNeuron neuron = neuron(0, 0.3, 0.8, 0);
    neuron.slope();
    Expect.near("ds/dt for s = 0.8 and tauS = 0.05 s", neuron.getDsdt(), -16, 1e-9, "per s",
        "ds/dt = -s / tauS = -0.8 / 0.05 = -16 per second. Look at how slope() sets dsdt.");
    stateUnchanged(neuron);
  }

  private static void stateUnchanged(LIFNeuron neuron) {
    Expect.that(neuron.getV() == 0.3 && neuron.getS() == 0.8,
        "slope() changed the state from v = 0.3, s = 0.8 to " + neuron.showState() + ".",
        "slope() only saves the slopes; step() is what changes v and s.");
  }

  // ---- 1b: integration ------------------------------------------------------------------------

  @Test
  @Order(3)
  @DisplayName("1b: an incoming spike adds w / tauS to s")
  void incomingSpike_addsWOverTauSToS() {
    LIFNeuron neuron = new LIFNeuron();
    neuron.receiveSpike(0.03);
    String before = neuron.showState() + " and a spike of weight 0.03 received";
    String after = stepAndShow(neuron);
    String states = states(before, "0.0010s: s=0.600, v=0.0000, ref remaining=0.00000", after);
    Expect.near("s after one step of 1 ms", neuron.getS(), 0.6, 1e-9, "",
        "A spike of weight w adds w / tauS = 0.03 / 0.05 = 0.6 to s, in the step after it arrives."
            + " Look at how step() uses weightedIncomingSpikes." + states);
    Expect.near("v after that step", neuron.getV(), 0, 1e-9, "",
        "The spike goes into s, not v: v follows s from the next step on (dv/dt was 0 when slope() ran)." + states);
  }

  @Test
  @Order(4)
  @DisplayName("1b: Euler's method: v and s change by dt times their slopes")
  void eulerStep_usesTheSlopes() {
    LIFNeuron neuron = neuron(0.001, 0, 0.6, 0);
    String before = neuron.showState();
    String after = stepAndShow(neuron);
    String states = states(before, "0.0020s: s=0.588, v=0.0300, ref remaining=0.00000", after);
    Expect.near("s after one step of 1 ms", neuron.getS(), 0.588, 1e-9, "",
        "s += dt * ds/dt, with ds/dt = -s / tauS from slope(): 0.6 + 0.001 * (-12) = 0.588." + states);
    Expect.near("v after one step of 1 ms", neuron.getV(), 0.03, 1e-9, "",
        "v += dt * dv/dt, with dv/dt = (s - v) / tauM from slope(), before the step: 0 + 0.001 * 30 = 0.03." + states);
  }

  @Test
  @Order(5)
  @DisplayName("1b: v and s are recorded once per step, after the step")
  void histories_oneValuePerStep() {
    LIFNeuron neuron = new LIFNeuron();
    neuron.receiveSpike(0.03);
    double[] v = new double[2];
    double[] s = new double[2];
    for (int k = 0; k < 2; k++) {
      stepAndShow(neuron);
      v[k] = neuron.getV();
      s[k] = neuron.getS();
    }
    String hint = "step() appends v and s to their histories once, after updating them.";
    Expect.equal("values in the v history after two steps", neuron.getVHistory().size(), 2, hint);
    Expect.equal("values in the s history after two steps", neuron.getSHistory().size(), 2, hint);
    for (int k = 0; k < 2; k++) {
      Expect.near("v history, value " + (k + 1) + " (v after step " + (k + 1) + ")", neuron.getVHistory().get(k), v[k], 1e-12, "", hint);
      Expect.near("s history, value " + (k + 1) + " (s after step " + (k + 1) + ")", neuron.getSHistory().get(k), s[k], 1e-12, "", hint);
    }
  }

  // ---- 1b: refractory period ------------------------------------------------------------------

  @Test
  @Order(6)
  @DisplayName("1b: during the refractory period v is held at 0 while s decays")
  void refractoryPeriod_holdsVAtZero() {
    LIFNeuron neuron = neuron(0, 0, 0.5, 0.0015);
    String before = neuron.showState();
    String after = stepAndShow(neuron);
    String states = states(before, "0.0010s: s=0.490, v=0.0000, ref remaining=0.00050", after);
    Expect.near("v after a step with 1.5 ms of refractory period left", neuron.getV(), 0, 1e-12, "",
        "While the neuron is refractory (refRemaining > 0 for the whole step) v stays at 0."
            + " Look at how step() uses refRemaining." + states);
    Expect.near("s after that step", neuron.getS(), 0.49, 1e-9, "",
        "s keeps integrating during the refractory period: 0.5 + 0.001 * (-10) = 0.49." + states);
    Expect.near("refractory time left after that step", neuron.getRefRemaining(), 0.0005, 1e-9, "s",
        "refRemaining goes down by dt every step: 0.0015 - 0.001 = 0.0005 s." + states);
  }

  @Test
  @Order(7)
  @DisplayName("1b: in the step where the refractory period ends, v integrates only the rest of the step")
  void refractoryPeriodEndingMidStep_integratesTheRest() {
    LIFNeuron neuron = neuron(0.001, 0, 0.49, 0.0005);
    String before = neuron.showState();
    String after = stepAndShow(neuron);
    double v = neuron.getV();
    boolean canonical = Math.abs(v - 0.01225) <= 1e-6;
    boolean wholeStep = Math.abs(v) <= 1e-12;
    String hint = Math.abs(v - 0.0245) <= 1e-4
        ? "0.0245 is v integrated over the whole step: only the last 0.5 ms of the step, after the refractory period ends, count."
        : "The refractory period ends 0.5 ms into this step: v integrates over the remaining 0.5 ms,"
            + " 0 + 0.0005 * 0.49 / 0.02 = 0.01225 (holding v at 0 for the whole step, v = 0, is accepted too).";
    Expect.that(canonical || wholeStep,
        "v after a step in which the refractory period ends 0.5 ms in: expected 0.01225 (or 0), your code gave "
            + Expect.Numbers.show(v, 0.01225, "") + ".",
        hint + states(before, "0.0020s: s=0.480, v=0.0123, ref remaining=0.00000", after));
  }

  // ---- 1b: spikes -----------------------------------------------------------------------------

  @Test
  @Order(8)
  @DisplayName("1b: a spike is recorded when v reaches 1, and not before")
  void spikeDetection_atThreshold() {
    LIFNeuron neuron = neuron(0.3, 0.98, 1.3, 0);
    String first = stepAndShow(neuron);
    Expect.equal("spikes recorded after the step to 0.301 s, where v = 0.996 is still below 1",
        neuron.getSpikes().size(), 0, "A spike happens only when v reaches the threshold 1 (v >= 1).\n  yours: " + first);
    String second = stepAndShow(neuron);
    Expect.equal("spikes recorded after the step to 0.302 s, in which v goes from 0.996 to 1.0099",
        neuron.getSpikes().size(), 1, "When v reaches 1 (v >= 1), step() adds the spike's time to the spike list.\n  yours: " + second);
  }

  @Test
  @Order(9)
  @DisplayName("1b: the spike time is interpolated within the step: 0.30129 s")
  void spikeTime_isInterpolated() {
    LIFNeuron neuron = atTheSpike();
    double time = neuron.getSpikes().get(0);
    String hint;
    if (Math.abs(time - 0.302) < 1e-9) {
      hint = "0.302 s is the end of the step. ";
    } else if (Math.abs(time - 0.301) < 1e-9) {
      hint = "0.301 s is the start of the step. ";
    } else {
      hint = "";
    }
    Expect.near("the spike time", time, 0.30128776978417265, 1e-9, "s", hint
        + "The spike happened where the straight line from v = 0.996 (at 0.301 s) to v = 1.0099 (at 0.302 s) crosses 1.");
  }

  @Test
  @Order(10)
  @DisplayName("1b: v is reset after a spike (to 1 for the spike's step, or to 0)")
  void spike_resetsV() {
    LIFNeuron neuron = atTheSpike();
    double v = neuron.getV();
    Expect.that(Math.abs(v - 1) <= 1e-9 || Math.abs(v) <= 1e-9,
        "v after the step in which the neuron spiked: expected 1 (or 0), your code gave " + Expect.Numbers.show(v, 1, "") + ".",
        "After a spike v is reset: the course's solution sets v = 1 for the step that detected the spike (the next"
            + " step holds it at 0); setting v = 0 at once is accepted too.\n  yours: " + neuron.showState());
  }

  @Test
  @Order(11)
  @DisplayName("1b: a spike starts the refractory period (tauRef = 2 ms from the spike)")
  void spike_startsTheRefractoryPeriod() {
    LIFNeuron neuron = atTheSpike();
    Expect.between("refractory time left at 0.302 s, after a spike at 0.30129 s", neuron.getRefRemaining(),
        0.001 - 1e-9, 0.002 + 1e-9, "s",
        "When the neuron spikes, step() starts the refractory period of tauRef = 0.002 s: counted from the spike,"
            + " 0.00129 s are left at the end of the step (counting from the step's start or end is accepted too).\n  yours: "
            + neuron.showState());
  }

  @Test
  @Order(12)
  @DisplayName("1b: one step after a spike, v is still held at 0 (refractory)")
  void afterASpike_vStaysAtZero() {
    LIFNeuron neuron = atTheSpike();
    String after = stepAndShow(neuron);
    Expect.near("v at 0.303 s, one step after the spike at 0.30129 s", neuron.getV(), 0, 1e-12, "",
        "The neuron is refractory until 0.30329 s (tauRef = 0.002 s after the spike), so v is held at 0."
            + " Look at how step() sets and uses refRemaining.\n  the course's: 0.3030s: s=1.224, v=0.0000, ref remaining=0.00029\n  yours:        " + after);
  }

  /** The neuron of the published sequence, one step after it spiked (state 0.302 s). */
  private static LIFNeuron atTheSpike() {
    LIFNeuron neuron = neuron(0.301, 0.996, 1.274, 0);
    stepAndShow(neuron);
    Expect.judgeableOnlyIf(neuron.getSpikes().size() == 1,
        "this step should record 1 spike and recorded " + neuron.getSpikes().size() + " (see '1b: a spike is recorded when v reaches 1')");
    return neuron;
  }

  // ---- figure ---------------------------------------------------------------------------------

  @Test
  @Order(13)
  @Tag("figure")
  @DisplayName("1b figure: target/self-check/1b-neuron.png: your neuron, driven at 30 Hz, next to the course's")
  void figure_yourNeuron() {
    double[] spikeTimes = SpikeTrains.generate(new double[] {30}, new double[] {1});
    Attempt<Figures.Trace> yours = Attempt.of("LIFNeuron", () -> drive(new LIFNeuron(0.02, 0.002, 0.1), new InputNeuron(spikeTimes), 0.05, 1));
    Figures.trace("1b-neuron.png", "1b: a LIF neuron (tauS = 0.1 s) driven by a 30 Hz input, weight 0.05",
        yours.result(), yours.why(), courseTrace());
    if (yours.result().isEmpty()) {
      throw new TestAbortedException(yours.why());
    }
  }

  /** The test network of question 2, stepped by this check rather than by simulate(). */
  private static Figures.Trace drive(LIFNeuron lif, InputNeuron input, double weight, double duration) {
    double[] t = SpikeTrains.arange(0, duration, DT);
    for (double time : t) {
      lif.slope();
      lif.step(DT);
      int spikes = input.spikesBetween(time, time + DT);
      if (spikes > 0) {
        lif.receiveSpike(spikes * weight);
      }
    }
    return new Figures.Trace(t, CourseData.array(lif.getVHistory()), CourseData.array(lif.getSHistory()),
        CourseData.array(lif.getSpikes()));
  }

  static Figures.Trace courseTrace() {
    double[] v = CourseData.get("testNetwork.v");
    return new Figures.Trace(SpikeTrains.arange(0, v.length * DT, DT), v, CourseData.get("testNetwork.s"),
        CourseData.get("testNetwork.spikes"));
  }

  // ---- helpers --------------------------------------------------------------------------------

  private static LIFNeuron neuron(double t, double v, double s, double refRemaining) {
    LIFNeuron neuron = new LIFNeuron();
    neuron.setT(t);
    neuron.setV(v);
    neuron.setS(s);
    neuron.setRefRemaining(refRemaining);
    return neuron;
  }

  private static String stepAndShow(LIFNeuron neuron) {
    neuron.slope();
    neuron.step(DT);
    return neuron.showState();
  }

  private static String states(String before, String course, String yours) {
    return "\n  before the step: " + before + "\n  the course's:    " + course + "\n  yours:           " + yours;
  }
}
