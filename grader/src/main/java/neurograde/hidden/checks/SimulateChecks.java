package neurograde.hidden.checks;

import java.util.Arrays;
import neurograde.hidden.Check;
import neurograde.hidden.CheckFailure;
import neurograde.hidden.Layer;
import neurograde.hidden.Mistake;
import neurograde.hidden.Session;
import neurograde.hidden.driver.Driver;
import neurograde.hidden.driver.NetworkRef;
import neurograde.hidden.driver.NeuronRef;
import neurograde.hidden.driver.ProbeLog;
import neurograde.hidden.driver.StateVariable;
import neurograde.hidden.model.Near;
import neurons.SpikeTrains;
import org.junit.jupiter.api.Order;

/**
 * Question 2: {@code simulate(T, dt)}, run with the reference's neurons and with probe neurons that
 * record every call, so a bug in the student's LIF neuron is not charged here.
 */
@Order(3)
final class SimulateChecks {

  private static final double DT = 0.001;
  private static final double TOL = 1e-9;

  @Check(
      value = "simulate.connections",
      layer = Layer.NETWORK,
      uses = {"SpikingNetwork#*"})
  void connections() {
    Driver driver = Session.driver(Layer.NETWORK);
    NetworkRef net = driver.newNetwork();
    NeuronRef first = driver.newRecordingLif();
    NeuronRef second = driver.newRecordingLif();
    int r1 = driver.addNeuron(net, first);
    int r2 = driver.addNeuron(net, second);
    int i1 = driver.addNeuron(net, driver.newInput(new double[] {0.0015}));
    int i2 = driver.addNeuron(net, driver.newInput(new double[] {0.0035}));
    driver.connect(net, i1, r1, 0.02);
    driver.connect(net, i1, r2, 0.05);
    driver.connect(net, i2, r1, -0.03);
    driver.simulate(net, 0.006, DT);
    // Routing only: when each spike arrives is the timing checks' business.
    double[] receivedFirst = nonZero(driver.probeLog(first).receivedBeforeEachStep());
    double[] receivedSecond = nonZero(driver.probeLog(second).receivedBeforeEachStep());
    if (!close(receivedFirst, new double[] {0.02, -0.03})
        || !close(receivedSecond, new double[] {0.05})) {
      throw CheckFailure.fail(
          "with inputs A (a spike at 0.0015 s) and B (0.0035 s) connected A -> neuron 0 (weight 0.02), A -> neuron 1"
              + " (0.05) and B -> neuron 0 (-0.03), neuron 0 should receive 0.02 and then -0.03, and neuron 1 0.05; neuron 0 received "
              + Fmt.list(receivedFirst)
              + " and neuron 1 "
              + Fmt.list(receivedSecond)
              + ". Each connection (pre, post, w) delivers pre's spikes, times w, to post.");
    }
  }

  private static double[] nonZero(double[] values) {
    return java.util.Arrays.stream(values).filter(v -> v != 0).toArray();
  }

  @Check(
      value = "simulate.every-neuron",
      layer = Layer.NETWORK,
      uses = {"SpikingNetwork#*"})
  void everyNeuron() {
    Driver driver = Session.driver(Layer.NETWORK);
    NetworkRef net = driver.newNetwork();
    NeuronRef[] neurons = new NeuronRef[3];
    for (int i = 0; i < neurons.length; i++) {
      neurons[i] = driver.newRecordingLif();
      driver.addNeuron(net, neurons[i]);
    }
    driver.addNeuron(net, driver.newInput(new double[0]));
    driver.simulate(net, 0.01, DT);
    // A time grid one step too long or short is the time-history check's business: here every
    // neuron must be advanced once per time the student's own grid holds.
    int times = timeSteps(driver, net, 10);
    for (int i = 0; i < neurons.length; i++) {
      ProbeLog log = driver.probeLog(neurons[i]);
      long slopes = log.count("slope");
      long steps = log.count("step");
      if (slopes != times || steps != times) {
        throw CheckFailure.fail(
            "simulate(0.01, 0.001) has "
                + times
                + " time steps in your time history, so each LIF neuron needs "
                + times
                + " calls of slope() and "
                + times
                + " of step(); neuron "
                + i
                + " got "
                + slopes
                + " and "
                + steps
                + ".");
      }
      boolean slopeDue = true;
      for (ProbeLog.Event event : log.events()) {
        if (event.kind().equals("slope")) {
          slopeDue = false;
        } else if (event.kind().equals("step")) {
          if (slopeDue) {
            throw CheckFailure.fail(
                "neuron "
                    + i
                    + " was stepped without slope() being called first in that time step:"
                    + " each step uses the slopes of the state at its start.");
          }
          if (!Near.within(event.a(), DT, 1e-15)) {
            throw CheckFailure.fail(
                "neuron "
                    + i
                    + " was stepped with dt = "
                    + Fmt.num(event.a())
                    + " in simulate(0.01, 0.001).");
          }
          slopeDue = true;
        }
      }
    }
    if (OtherTimeSteps.gridRight(driver)) {
      OtherTimeSteps.requireStepDt(driver);
    }
  }

  @Check(
      value = "simulate.delivery-after-step",
      layer = Layer.NETWORK,
      uses = {"SpikingNetwork#*"})
  void deliveryAfterStep() {
    Driver driver = Session.driver(Layer.NETWORK);
    NetworkRef net = driver.newNetwork();
    NeuronRef before = driver.newRecordingLif();
    NeuronRef after = driver.newRecordingLif();
    int b = driver.addNeuron(net, before);
    int s = driver.addNeuron(net, driver.newInput(new double[] {0.0025}));
    int a = driver.addNeuron(net, after);
    driver.connect(net, s, b, 0.01);
    driver.connect(net, s, a, 0.01);
    driver.simulate(net, 0.006, DT);
    int earlier = firstReceipt(driver.probeLog(before));
    int later = firstReceipt(driver.probeLog(after));
    if (earlier != later) {
      String what =
          "a spike at 0.0025 s reached the neuron added before the input "
              + receipt(earlier)
              + ", but the neuron added after it "
              + receipt(later);
      if (later == earlier - 1) {
        throw CheckFailure.fail(
            Mistake.SIMULATE_SAME_STEP_DELIVERY,
            what
                + ": "
                + Mistake.SIMULATE_SAME_STEP_DELIVERY.description()
                + ". Deliver only after every neuron has stepped.");
      }
      throw CheckFailure.fail(what + ": the result depends on the order of the neurons.");
    }
    if (earlier < 0 && !deliversToPre(driver)) {
      throw CheckFailure.fail(
          "a spike at 0.0025 s was never delivered to the neurons it connects to.");
    }
  }

  @Check(
      value = "simulate.spike-counts",
      layer = Layer.NETWORK,
      uses = {"SpikingNetwork#*"})
  void spikeCounts() {
    Driver driver = Session.driver(Layer.NETWORK);
    double[] received = receivedFromInput(driver, new double[] {0.0021, 0.0024, 0.0055}, 0.008, DT);
    double[] expected = new double[9];
    expected[3] = 0.06;
    expected[6] = 0.03;
    String what =
        "with input spikes at 0.0021 and 0.0024 s (both in the step from 0.002 to 0.003 s) and at 0.0055 s, weight 0.03, the"
            + " neuron should receive 0.06 after step 2 and 0.03 after step 5; it received "
            + describeReceipts(received);
    // A grid one step too long or short (time-history's business) changes only the length, and a
    // missing weight (connections' business) only the scale.
    if (!arrivedAsExpected(received, expected, driver)) {
      if (received.length == expected.length
          && Near.within(received[3], 0.03, TOL)
          && Near.within(received[6], 0.03, TOL)) {
        throw CheckFailure.fail(
            Mistake.SIMULATE_ONE_SPIKE_PER_STEP,
            what
                + ": "
                + Mistake.SIMULATE_ONE_SPIKE_PER_STEP.description()
                + ". Multiply the weight by the number of spikes.");
      }
      for (int shift : new int[] {-1, 1}) {
        if (closeOnCommonSteps(received, shifted(expected, shift))) {
          throw CheckFailure.fail(
              Mistake.SIMULATE_WRONG_WINDOW,
              what
                  + ": "
                  + Mistake.SIMULATE_WRONG_WINDOW.description()
                  + " (one step "
                  + (shift < 0 ? "early" : "late")
                  + "). After the step that starts at tt, deliver spikesBetween(tt, tt + dt).");
        }
      }
      throw CheckFailure.fail(what + ".");
    }
    boundarySpike(driver);
    if (OtherTimeSteps.gridRight(driver) && OtherTimeSteps.stepDtRight(driver)) {
      smallStepWindow(driver);
      exactBoundarySpike(driver);
    }
  }

  /**
   * At dt = 2^-10 s every time of the grid is exact, however the grid is built (arange, start + i
   * dt, or adding dt), so a spike exactly on a grid time belongs to one window, [tt, tt + dt), with
   * no rounding to excuse another: it arrives after the step that starts there.
   */
  private static void exactBoundarySpike(Driver driver) {
    double dt = 0.0009765625;
    double[] received = receivedFromInput(driver, new double[] {4 * dt}, 8 * dt, dt);
    double[] expected = new double[9];
    expected[5] = 0.03;
    if (arrivedAsExpected(received, expected, driver)) {
      return;
    }
    String what =
        "in simulate(8 dt, dt) with dt = 2^-10 s, where every time of the grid is exact, an input"
            + " spike at exactly 4 dt (weight 0.03) lies in the window [4 dt, 5 dt) and should"
            + " arrive after step 4, but it arrived "
            + describeReceipts(received);
    if (proportional(received, shifted(expected, -1))) {
      throw CheckFailure.fail(
          Mistake.SIMULATE_WRONG_WINDOW,
          what
              + ": "
              + Mistake.SIMULATE_WRONG_WINDOW.description()
              + " (the window (tt, tt + dt], one step early). Deliver spikesBetween(tt, tt + dt):"
              + " from tt, up to but not including tt + dt.");
    }
    throw CheckFailure.fail(what + ".");
  }

  /**
   * At dt = 0.2 ms the window is [tt, tt + 0.2 ms): two input spikes in one such window arrive
   * together after that step, a third after its own.
   */
  private static void smallStepWindow(Driver driver) {
    double dt = 0.0002;
    double[] received =
        receivedFromInput(driver, new double[] {0.00205, 0.00215, 0.0031}, 0.004, dt);
    double[] expected = new double[21];
    expected[11] = 0.06;
    expected[16] = 0.03;
    // A missing weight, or spikes given to the pre neuron, are the connections check's business.
    if (arrivedAsExpected(received, expected, driver)) {
      return;
    }
    String what =
        "in simulate(0.004, 0.0002), input spikes at 0.00205 and 0.00215 s (both in the step from"
            + " 0.002 to 0.0022 s) and at 0.0031 s, weight 0.03, should arrive as 0.06 after step 10"
            + " and 0.03 after step 15; they arrived as "
            + describeReceipts(received);
    double[] millisecondWindow = new double[21];
    double[] times = SpikeTrains.arange(0, 0.004, dt);
    double[] spikes = {0.00205, 0.00215, 0.0031};
    for (int k = 0; k < times.length; k++) {
      millisecondWindow[k + 1] = 0.03 * Trains.count(spikes, times[k], times[k] + 0.001);
    }
    if (closeOnCommonSteps(received, millisecondWindow)) {
      throw CheckFailure.fail(
          Mistake.SIMULATE_DT_HARD_CODED,
          what
              + ": the window is 1 ms wide whatever dt is, so each spike arrives several times. "
              + capitalize(Mistake.SIMULATE_DT_HARD_CODED.description())
              + ": deliver spikesBetween(tt, tt + dt).");
    }
    throw CheckFailure.fail(what + ".");
  }

  /**
   * A spike exactly on a grid time belongs to one window only: [tt, tt + dt) takes it in the step
   * that starts there. A grid of the student's own may round the boundary either way, so either
   * neighbouring step is accepted; delivering it twice is not.
   */
  private static void boundarySpike(Driver driver) {
    double[] received = receivedFromInput(driver, new double[] {0.004}, 0.008, DT);
    double total = Arrays.stream(received).sum();
    double weight = Near.within(total, 0.03, TOL) ? 0.03 : 1;
    long deliveries = Arrays.stream(received).filter(x -> x != 0).count();
    if (Near.within(total, 2 * weight, TOL) || deliveries > 1) {
      throw CheckFailure.fail(
          Mistake.SIMULATE_WRONG_WINDOW,
          "an input spike at exactly 0.004 s, weight 0.03, was delivered "
              + describeReceipts(received)
              + ": "
              + Mistake.SIMULATE_WRONG_WINDOW.description()
              + " (a spike on the boundary of two steps counts in both). Deliver"
              + " spikesBetween(tt, tt + dt): from tt, up to but not including tt + dt.");
    }
  }

  /**
   * Runs {@code simulate(duration, dt)} on a recording neuron fed by one input neuron with these
   * spike times, weight 0.03, and returns what the neuron received before each of its steps.
   */
  private static double[] receivedFromInput(
      Driver driver, double[] spikes, double duration, double dt) {
    NetworkRef net = driver.newNetwork();
    NeuronRef receiver = driver.newRecordingLif();
    int r = driver.addNeuron(net, receiver);
    int s = driver.addNeuron(net, driver.newInput(spikes));
    driver.connect(net, s, r, 0.03);
    driver.simulate(net, duration, dt);
    return driver.probeLog(receiver).receivedBeforeEachStep();
  }

  /**
   * Whether the deliveries come when expected, as expected or scaled by one factor, or nothing
   * arrived because simulate routes the spikes the wrong way: how much arrives, and where, is the
   * connections check's business.
   */
  private static boolean arrivedAsExpected(double[] received, double[] expected, Driver driver) {
    return closeOnCommonSteps(received, expected)
        || proportional(received, expected)
        || (Arrays.stream(received).allMatch(x -> x == 0) && deliversToPre(driver));
  }

  /**
   * Whether simulate routes a connection's spikes the wrong way: pre's spikes to pre, post's spikes
   * to pre, or post's spikes to post. That is the connections check's business; the timing checks,
   * which then see nothing arrive, say so and do not charge it again.
   */
  private static boolean deliversToPre(Driver driver) {
    if (routedToPre(driver, true)) {
      Session.note(
          "Your simulate delivers spikes to the connection's pre neuron instead of its post neuron"
              + " (see the connections check), so when they arrive could not be judged here.");
      return true;
    }
    if (routedToPre(driver, false)) {
      Session.note(
          "Your simulate delivers the spikes of a connection's post neuron to its pre neuron, the"
              + " connection backwards (see the connections check), so when they arrive could not"
              + " be judged here.");
      return true;
    }
    if (postGetsItsOwnSpikes(driver)) {
      Session.note(
          "Your simulate delivers the spikes of a connection's post neuron to the post neuron"
              + " itself, instead of the pre neuron's (see the connections check), so when they"
              + " arrive could not be judged here.");
      return true;
    }
    return false;
  }

  /** Connects neuron 0 to neuron 1, makes neuron 1 fire, and returns whether it received input. */
  private static boolean postGetsItsOwnSpikes(Driver driver) {
    PrePost run = fireAcross(driver, false);
    return receivedAny(driver, run.post()) && !receivedAny(driver, run.pre());
  }

  /**
   * Connects neuron 0 to neuron 1, makes one of them fire, and returns whether only neuron 0 (the
   * pre neuron) received anything.
   */
  private static boolean routedToPre(Driver driver, boolean preFires) {
    PrePost run = fireAcross(driver, preFires);
    boolean postGot = receivedAny(driver, run.post());
    boolean preGot = receivedAny(driver, run.pre());
    return !postGot && preGot;
  }

  /** Two recording neurons, connected pre (neuron 0) to post (neuron 1). */
  private record PrePost(NeuronRef pre, NeuronRef post) {}

  /** Connects neuron 0 to neuron 1 (weight 0.01), makes one of them fire, and runs 5 ms. */
  private static PrePost fireAcross(Driver driver, boolean preFires) {
    NetworkRef net = driver.newNetwork();
    NeuronRef pre = driver.newRecordingLif();
    NeuronRef post = driver.newRecordingLif();
    int p = driver.addNeuron(net, pre);
    int q = driver.addNeuron(net, post);
    NeuronRef firing = preFires ? pre : post;
    driver.set(firing, StateVariable.V, 0.99);
    driver.set(firing, StateVariable.S, 5);
    driver.connect(net, p, q, 0.01);
    driver.simulate(net, 0.005, DT);
    return new PrePost(pre, post);
  }

  private static boolean receivedAny(Driver driver, NeuronRef neuron) {
    return Arrays.stream(driver.probeLog(neuron).receivedBeforeEachStep()).anyMatch(x -> x != 0);
  }

  /** Compares the steps both runs have, which must include every expected delivery. */
  private static boolean closeOnCommonSteps(double[] actual, double[] expected) {
    return closeOnCommonSteps(actual, expected, TOL);
  }

  private static boolean closeOnCommonSteps(double[] actual, double[] expected, double tol) {
    int lastExpected = -1;
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] != 0) {
        lastExpected = i;
      }
    }
    int common = Math.min(actual.length, expected.length);
    if (common <= lastExpected || Math.abs(actual.length - expected.length) > 1) {
      return false;
    }
    for (int i = 0; i < common; i++) {
      if (!Near.within(actual[i], expected[i], tol)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the deliveries come at the expected steps in the expected proportions, scaled by one
   * factor: a missing weight (the spike counts), or every connection delivered twice. Which value
   * arrives is the connections check's business; when, and how many spikes, is this one's.
   */
  private static boolean proportional(double[] actual, double[] expected) {
    for (int i = 0; i < Math.min(actual.length, expected.length); i++) {
      if (expected[i] != 0) {
        double factor = actual[i] / expected[i];
        return factor != 0
            && Double.isFinite(factor)
            && closeOnCommonSteps(
                actual,
                Arrays.stream(expected).map(x -> x * factor).toArray(),
                TOL * Math.max(1, Math.abs(factor)));
      }
    }
    return false;
  }

  /** Number of times in the network's time history, or {@code fallback} if it has none. */
  private static int timeSteps(Driver driver, NetworkRef net, int fallback) {
    try {
      int times = driver.tHistory(net).length;
      return times > 0 ? times : fallback;
    } catch (RuntimeException e) {
      return fallback;
    }
  }

  @Check(
      value = "simulate.time-history",
      layer = Layer.NETWORK,
      uses = {"SpikingNetwork#*"})
  void timeHistory() {
    Driver driver = Session.driver(Layer.NETWORK);
    NetworkRef net = driver.newNetwork();
    NeuronRef probe = driver.newRecordingLif();
    driver.addNeuron(net, probe);
    driver.simulate(net, 0.005, DT);
    expectTimes(
        driver.tHistory(net), SpikeTrains.arange(0, 0.005, DT), "after simulate(0.005, 0.001)");
    driver.simulate(net, 0.003, DT);
    double[] both = concat(SpikeTrains.arange(0, 0.005, DT), SpikeTrains.arange(0.005, 0.008, DT));
    double[] times = driver.tHistory(net);
    if (times.length == both.length && Near.within(times[5], 0, TOL)) {
      throw CheckFailure.fail(
          "a second call of simulate should carry on from the last time plus dt, 0.005 s, but your time history"
              + " starts again at 0: "
              + Fmt.list(times)
              + ".");
    }
    if (times.length == both.length && Near.within(times[5], 0.004, TOL)) {
      throw CheckFailure.fail(
          "a second call of simulate should carry on from the last time plus dt, 0.005 s, but yours repeats the"
              + " last time 0.004 s: "
              + Fmt.list(times)
              + ".");
    }
    expectTimes(times, both, "after simulate(0.005, 0.001) then simulate(0.003, 0.001)");
    long steps = driver.probeLog(probe).count("step");
    if (steps != 8) {
      throw CheckFailure.fail(
          "the two calls make 8 time steps, but the neuron was stepped " + steps + " times.");
    }
    NetworkRef second = driver.newNetwork();
    driver.addNeuron(second, driver.newRecordingLif());
    driver.simulate(second, 1, DT);
    expectTimes(driver.tHistory(second), SpikeTrains.arange(0, 1, DT), "after simulate(1, 0.001)");
    OtherTimeSteps.requireGrid(driver);
  }

  private static void expectTimes(double[] actual, double[] expected, String when) {
    if (actual.length != expected.length) {
      throw CheckFailure.fail(
          when
              + " the time history should hold "
              + expected.length
              + " times, "
              + Fmt.list(expected)
              + ", but it holds "
              + actual.length
              + ": "
              + Fmt.list(actual)
              + (actual.length == expected.length + 1
                      && expected.length > 1
                      && Near.within(
                          actual[actual.length - 1],
                          expected[expected.length - 1] + expected[1] - expected[0],
                          TOL)
                  ? ". The grid stops before start + T: SpikeTrains.arange(start, start + T, dt)"
                      + " leaves out its end."
                  : actual.length == expected.length + 1
                      ? ". Adding dt repeatedly drifts; use SpikeTrains.arange(start, start + T, dt)."
                      : "."));
    }
    for (int i = 0; i < actual.length; i++) {
      if (!Near.within(actual[i], expected[i], TOL)) {
        throw CheckFailure.fail(
            when
                + " time "
                + i
                + " should be "
                + Fmt.num(expected[i])
                + " s, but it is "
                + Fmt.num(actual[i])
                + " s.");
      }
    }
  }

  /** Returns the step that integrated the first input, or -1 if none arrived. */
  private static int firstReceipt(ProbeLog log) {
    double[] received = log.receivedBeforeEachStep();
    for (int k = 0; k < received.length; k++) {
      if (received[k] != 0) {
        return k;
      }
    }
    return -1;
  }

  private static String receipt(int step) {
    return step < 0 ? "never" : step == 0 ? "before its first step" : "after step " + (step - 1);
  }

  private static String describeReceipts(double[] received) {
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < received.length; k++) {
      if (received[k] != 0) {
        text.append(text.length() == 0 ? "" : ", ")
            .append(Fmt.num(received[k]))
            .append(k == 0 ? " before step 0" : " after step " + (k - 1));
      }
    }
    return text.length() == 0 ? "nothing" : text.toString();
  }

  private static boolean close(double[] a, double[] b) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (!Near.within(a[i], b[i], TOL)) {
        return false;
      }
    }
    return true;
  }

  private static double[] shifted(double[] values, int by) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      int j = i - by;
      if (j >= 0 && j < values.length) {
        out[i] = values[j];
      }
    }
    return out;
  }

  static double[] concat(double[] a, double[] b) {
    double[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static String capitalize(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
