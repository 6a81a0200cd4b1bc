package neurograde.hidden.checks;

import java.util.List;
import neurograde.hidden.Check;
import neurograde.hidden.CheckFailure;
import neurograde.hidden.Layer;
import neurograde.hidden.Mistake;
import neurograde.hidden.Session;
import neurograde.hidden.driver.Driver;
import neurograde.hidden.driver.Experiment;
import neurograde.hidden.driver.NetworkSnapshot;
import neurograde.hidden.driver.NetworkSnapshot.ConnectionInfo;
import neurograde.hidden.driver.StudentCodeException;
import org.junit.jupiter.api.Order;

/** Question 3a: the firing-rate experiment and its spike counts. */
@Order(4)
final class FiringRateChecks {

  static final double[] RATES = new double[20];
  static final double[] ENDS = new double[20];

  static {
    for (int i = 0; i < 20; i++) {
      RATES[i] = 5 * (i + 1);
      ENDS[i] = 2 * (i + 1);
    }
  }

  @Check(
      value = "exp3a.network",
      layer = Layer.EXPERIMENTS,
      uses = {"Experiments#firingRateExperiment"},
      slow = true)
  void network() {
    Shape shape = new Shape(ExperimentRuns.structure(Experiment.FIRING_RATE));
    int lif = theLif(shape);
    List<ConnectionInfo> inputs = shape.into(lif);
    if (inputs.size() != 1 || !shape.sources().contains(inputs.get(0).pre())) {
      throw CheckFailure.fail(
          "the LIF neuron should receive exactly one connection, from the input neuron; it receives "
              + Shape.describe(inputs)
              + ".");
    }
    double w = inputs.get(0).weight();
    if (!Shape.is(w, 0.03)) {
      throw CheckFailure.fail(
          "the input should connect to the LIF neuron with weight 0.03 (the text's value, which overrides the"
              + " figure's 0.05), but the weight is "
              + Fmt.num(w)
              + ".");
    }
  }

  @Check(
      value = "exp3a.lif-parameters",
      layer = Layer.EXPERIMENTS,
      uses = {"Experiments#firingRateExperiment"},
      slow = true)
  void lifParameters() {
    Shape shape = new Shape(ExperimentRuns.structure(Experiment.FIRING_RATE));
    int lif = theLif(shape);
    if (shape.hasTaus(lif, 0.02, 0.002, 0.1)) {
      return;
    }
    if (shape.hasTaus(lif, 0.02, 0.002, 0.05)) {
      throw CheckFailure.fail(
          Mistake.EXPERIMENT_DEFAULT_TAU_S,
          "the LIF neuron of Fig. 1(a) has tauS = 0.1 s (the published solution's"
              + " value), but yours has the default 0.05 s. The text does not repeat it, so this costs only this half mark; your spike"
              + " counts are checked against your own network.");
    }
    throw CheckFailure.fail(
        "the LIF neuron of Fig. 1(a) has tauM = 0.02 s, tauRef = 0.002 s and tauS = 0.1 s, but yours has "
            + shape.taus(lif)
            + ".");
  }

  @Check(
      value = "exp3a.input",
      layer = Layer.EXPERIMENTS,
      uses = {"Experiments#firingRateExperiment"},
      slow = true)
  void input() {
    Shape shape = new Shape(ExperimentRuns.structure(Experiment.FIRING_RATE));
    int lif = theLif(shape);
    List<ConnectionInfo> inputs = shape.into(lif);
    if (inputs.isEmpty() || !shape.sources().contains(inputs.get(0).pre())) {
      throw CheckFailure.fail(
          "no input neuron is connected to the LIF neuron, so its spike train cannot be checked.");
    }
    String mismatch = Trains.rateMismatch(shape.neuron(inputs.get(0).pre()).spikes(), RATES, ENDS);
    if (mismatch != null) {
      throw CheckFailure.fail(
          "the input should fire at 5 Hz for 2 s, then 10 Hz for 2 s, and so on up to 100 Hz: "
              + mismatch
              + ".");
    }
  }

  @Check(
      value = "exp3a.simulated",
      layer = Layer.EXPERIMENTS,
      uses = {"Experiments#firingRateExperiment"},
      slow = true)
  void simulated() {
    Simulated.require(
        ExperimentRuns.dynamics(Experiment.FIRING_RATE), 40, "the firing-rate experiment");
  }

  @Check(
      value = "exp3a.counts",
      layer = Layer.EXPERIMENTS,
      uses = {"Experiments#spikesPerInterval"},
      slow = true)
  void counts() {
    String ownRunProblem;
    ExperimentRuns.Live own = null;
    NetworkSnapshot ownLayout = null;
    try {
      ExperimentRuns.Live live = ExperimentRuns.live(Experiment.FIRING_RATE);
      NetworkSnapshot snapshot = live.snapshot();
      Shape shape = new Shape(snapshot);
      String replaced = ExperimentRuns.replaced(snapshot, null);
      if (replaced != null) {
        ownRunProblem = replaced;
      } else if (shape.lifs().size() == 1) {
        int[] expected = counts(snapshot.neurons().get(shape.lifs().get(0)).spikes());
        int[] actual = live.driver().spikesPerInterval(live.network());
        compare(actual, expected, "for the network your firingRateExperiment returns");
        ownRunProblem = null;
        own = live;
        ownLayout = snapshot;
      } else {
        ownRunProblem =
            "your firingRateExperiment's network has " + shape.lifs().size() + " LIF neurons";
      }
    } catch (StudentCodeException e) {
      ownRunProblem = e.getMessage();
    }
    // Counts that match on the assignment's network may be the published ones, or those of a
    // network that never fires: they are asked again of a network nobody has counted, laid out
    // like the student's where it can be.
    if (own != null) {
      Unpublished.Rated unseen = Unpublished.firingRate(own.driver(), ownLayout);
      if (unseen != null) {
        compareOn(
            own.driver(), unseen, "for a network laid out like yours, whose input is jittered");
        return;
      }
    }
    // Otherwise (the experiment itself failed, say): the course's network, in either order of its
    // two neurons.
    Driver driver = own != null ? own.driver() : Session.driver(Layer.EXPERIMENTS);
    CheckFailure first = null;
    for (boolean lifFirst : new boolean[] {true, false}) {
      try {
        compareOn(
            driver,
            Unpublished.firingRate(driver, lifFirst),
            "for the course's firing-rate network, with its input jittered");
        if (ownRunProblem != null) {
          Session.note(
              "spikesPerInterval was checked on the course's network because "
                  + ownRunProblem
                  + ".");
        }
        return;
      } catch (CheckFailure e) {
        first = first == null ? e : first;
      }
    }
    throw first;
  }

  private static void compareOn(Driver driver, Unpublished.Rated net, String where) {
    int[] expected = counts(driver.spikes(driver.neuron(net.network(), net.lif())));
    compare(driver.spikesPerInterval(net.network()), expected, where);
  }

  private static void compare(int[] actual, int[] expected, String where) {
    if (actual.length != expected.length) {
      throw CheckFailure.fail(
          "spikesPerInterval should return 20 counts, one per 2 s interval, but it returned "
              + actual.length
              + " "
              + Fmt.list(actual)
              + ".");
    }
    for (int i = 0; i < expected.length; i++) {
      if (actual[i] != expected[i]) {
        throw CheckFailure.fail(
            where
                + ", the LIF neuron spikes "
                + expected[i]
                + " times from "
                + (2 * i)
                + " s to "
                + (2 * i + 2)
                + " s, but spikesPerInterval says "
                + actual[i]
                + ". Expected "
                + Fmt.list(expected)
                + ", got "
                + Fmt.list(actual)
                + ".");
      }
    }
  }

  /** Counts spikes in [2k, 2k + 2) for k = 0..19. */
  private static int[] counts(double[] spikes) {
    int[] counts = new int[20];
    for (int k = 0; k < 20; k++) {
      counts[k] = Trains.count(spikes, 2 * k, 2 * k + 2);
    }
    return counts;
  }

  private static int theLif(Shape shape) {
    if (shape.lifs().size() != 1) {
      throw CheckFailure.fail(
          "the network of Fig. 1(a) has one LIF neuron, but yours has "
              + shape.lifs().size()
              + ".");
    }
    return shape.lifs().get(0);
  }
}
