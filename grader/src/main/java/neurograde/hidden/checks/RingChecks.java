package neurograde.hidden.checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import neurograde.hidden.Check;
import neurograde.hidden.CheckFailure;
import neurograde.hidden.Layer;
import neurograde.hidden.Session;
import neurograde.hidden.driver.Experiment;
import neurograde.hidden.driver.NetworkSnapshot;
import neurograde.hidden.driver.NetworkSnapshot.ConnectionInfo;
import neurograde.hidden.driver.StudentCodeException;
import neurograde.hidden.model.Near;
import org.junit.jupiter.api.Order;

/**
 * Question 3d: the ring oscillator. The ring may start at any neuron and run in either direction.
 * The statement invites retuning tauM, tauS and the weights until the wave travels, so a retuned
 * value is accepted when the wave does travel in the student's network.
 */
@Order(6)
final class RingChecks {

  private static final double[] INPUT_RATES = {25};
  private static final double[] INPUT_ENDS = {0.3};

  @Check(
      value = "exp3d.ring",
      layer = Layer.EXPERIMENTS,
      uses = {"Experiments#ringOscillator"},
      slow = true)
  void ring() {
    Shape shape = shape();
    int[] order = RingAnalysis.order(shape);
    List<String> off = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      // The excitatory connection only: an inhibitory one beside it is the inhibition check's.
      double w =
          shape.between(order[i], order[(i + 1) % 8]).stream()
              .mapToDouble(ConnectionInfo::weight)
              .filter(x -> x > 0)
              .sum();
      if (!Shape.is(w, 0.2)) {
        off.add(order[i] + " -> " + order[(i + 1) % 8] + " has weight " + Fmt.num(w));
      }
    }
    acceptRetuned(off, "each neuron should excite the next with weight 0.2");
  }

  @Check(
      value = "exp3d.parameters",
      layer = Layer.EXPERIMENTS,
      uses = {"Experiments#ringOscillator"},
      slow = true)
  void parameters() {
    Shape shape = shape();
    List<String> off = new ArrayList<>();
    // Each neuron's own constants: a fault in the ring's wiring is the ring check's.
    for (int n : RingAnalysis.ringNeurons(shape)) {
      if (!shape.hasTaus(n, 0.05, 0.002, 0.1)) {
        off.add("neuron " + n + " has " + shape.taus(n));
      }
    }
    acceptRetuned(
        off, "the ring neurons should have tauM = 0.05 s and tauS = 0.1 s (tauRef 0.002 s)");
  }

  @Check(
      value = "exp3d.inhibition",
      layer = Layer.EXPERIMENTS,
      uses = {"Experiments#ringOscillator"},
      slow = true)
  void inhibition() {
    Shape shape = shape();
    List<Integer> ring = RingAnalysis.ringNeurons(shape);
    List<ConnectionInfo> inhibitory =
        shape.connections().stream()
            .filter(c -> ring.contains(c.pre()) && ring.contains(c.post()) && c.weight() < 0)
            .toList();
    int[] order = RingAnalysis.orderOrNull(shape);
    List<String> off = new ArrayList<>();
    if (order != null) {
      for (int i = 0; i < 8; i++) {
        int from = order[(i + 1) % 8];
        int to = order[i];
        List<ConnectionInfo> back =
            shape.between(from, to).stream().filter(c -> c.weight() < 0).toList();
        if (back.isEmpty()) {
          List<ConnectionInfo> forward =
              shape.between(to, from).stream().filter(c -> c.weight() < 0).toList();
          throw CheckFailure.fail(
              "each excitatory connection needs an inhibitory one running the other way; there is"
                  + " none from "
                  + from
                  + " to "
                  + to
                  + (forward.isEmpty()
                      ? "."
                      : ": your inhibitory connection "
                          + Shape.describe(forward)
                          + " runs the same way as the excitatory one; it should run backwards, "
                          + from
                          + " -> "
                          + to
                          + "."));
        }
        double w = back.stream().mapToDouble(ConnectionInfo::weight).sum();
        if (!Shape.is(w, -0.4)) {
          off.add(from + " -> " + to + " has weight " + Fmt.num(w));
        }
      }
    } else {
      // The excitatory ring is broken (the ring check's business): the inhibitory connections are
      // judged by themselves, as one ring of 8 running one way.
      String notARing = RingAnalysis.notOneRing(inhibitory, ring);
      if (notARing != null) {
        throw CheckFailure.fail(
            "the inhibitory connections should form a ring of all 8 neurons, each inhibiting its"
                + " neighbour backwards along the excitatory ring; "
                + notARing
                + " (inhibitory connections: "
                + Shape.describe(inhibitory)
                + ").");
      }
      for (ConnectionInfo c : inhibitory) {
        if (!Shape.is(c.weight(), -0.4)) {
          off.add(c.pre() + " -> " + c.post() + " has weight " + Fmt.num(c.weight()));
        }
      }
    }
    if (inhibitory.size() != 8) {
      throw CheckFailure.fail(
          "the ring should have exactly 8 inhibitory connections, one backwards along each excitatory one, but it has "
              + inhibitory.size()
              + ".");
    }
    acceptRetuned(off, "each inhibitory connection should have weight -0.4");
  }

  @Check(
      value = "exp3d.input",
      layer = Layer.EXPERIMENTS,
      uses = {"Experiments#ringOscillator"},
      slow = true)
  void input() {
    Shape shape = shape();
    List<Integer> ring = shape.lifs();
    if (shape.sources().size() != 1) {
      throw CheckFailure.fail(
          "Fig. 1(d) has one input neuron, but your network has "
              + shape.sources().size()
              + " neurons that are not LIF neurons.");
    }
    int source = shape.sources().get(0);
    String mismatch = Trains.rateMismatch(shape.neuron(source).spikes(), INPUT_RATES, INPUT_ENDS);
    if (mismatch != null) {
      throw CheckFailure.fail(
          "the input should fire at 25 Hz for the first 0.3 s, then stay silent: "
              + mismatch
              + ".");
    }
    List<ConnectionInfo> out = shape.from(source);
    if (out.size() != 1 || !ring.contains(out.get(0).post())) {
      throw CheckFailure.fail(
          "the input should stimulate exactly one ring neuron; its connections are "
              + Shape.describe(out)
              + ".");
    }
    List<String> off = new ArrayList<>();
    if (!Shape.is(out.get(0).weight(), 0.2)) {
      off.add("the input's weight is " + Fmt.num(out.get(0).weight()));
    }
    acceptRetuned(off, "the input should connect with weight 0.2");
  }

  @Check(
      value = "exp3d.wave",
      layer = Layer.EXPERIMENTS,
      uses = {"Experiments#ringOscillator"},
      slow = true)
  void wave() {
    NetworkSnapshot net = ExperimentRuns.dynamics(Experiment.RING);
    Simulated.require(net, 4, "the ring oscillator");
    int[] order = RingAnalysis.orderOrNull(new Shape(net));
    if (order == null) {
      if (waveTravelsSomewhere()) {
        return;
      }
      // Said as what the raster shows; what is wrong with the wiring is the ring check's message.
      throw CheckFailure.fail(
          "the ring neurons should burst one after the other around the ring, lap after lap, but"
              + " no wave can travel around your network: its excitatory connections do not form"
              + " one ring of the 8 neurons (see the ring check).");
    }
    RingAnalysis.Wave wave = RingAnalysis.wave(net, order);
    if (wave.travels()) {
      return;
    }
    if (waveTravelsSomewhere()) {
      Session.note(
          "The wave travels when your network runs on your own LIF neuron and network, which the question accepts.");
      return;
    }
    throw CheckFailure.fail(
        "the ring neurons should burst one after the other around the ring, lap after lap; in your network "
            + describe(wave)
            + ".");
  }

  @Check(
      value = "exp3d.period",
      layer = Layer.EXPERIMENTS,
      uses = {"Experiments#ringPeriod"},
      slow = true)
  void period() {
    String ownProblem;
    ExperimentRuns.Live live = null;
    NetworkSnapshot ring = null;
    int[] ringOrder = null;
    try {
      live = ExperimentRuns.live(Experiment.RING);
      NetworkSnapshot net = live.snapshot();
      String replaced = ExperimentRuns.replaced(net, null);
      if (replaced != null) {
        ownProblem = replaced;
      } else {
        int[] order = RingAnalysis.order(new Shape(net));
        if (RingAnalysis.wave(net, order).travels()) {
          ring = net;
          ringOrder = order;
        }
        ownProblem = "no wave travels around your ring";
      }
    } catch (StudentCodeException | CheckFailure e) {
      ownProblem = "your ring could not be used (" + e.getMessage() + ")";
    }
    if (ring != null && RingAnalysis.laps(ring, ringOrder).length > 0) {
      // Judged outside the try: a wrong period on the student's own ring is their answer.
      judgePeriod(live.driver().ringPeriod(live.network()), ring, ringOrder, "your ring");
      judgeSlowed(live.driver(), ring, ringOrder, "your ring");
      return;
    }
    var driver = Session.driver(Layer.EXPERIMENTS);
    var net = courseRing(driver);
    int[] order = {0, 1, 2, 3, 4, 5, 6, 7};
    NetworkSnapshot course = driver.snapshot(net);
    judgePeriod(driver.ringPeriod(net), course, order, "the course's ring");
    judgeSlowed(driver, course, order, "the course's ring");
    Session.note("ringPeriod was checked on the course's ring because " + ownProblem + ".");
  }

  /**
   * Asks for the period of the same ring run twice as slowly: a period that matches one ring may be
   * the published one, returned without reading the ring.
   */
  private static void judgeSlowed(
      neurograde.hidden.driver.Driver driver, NetworkSnapshot ring, int[] order, String whose) {
    var slowed = Unpublished.slowed(driver, ring);
    if (slowed == null) {
      return;
    }
    NetworkSnapshot net = driver.snapshot(slowed);
    if (RingAnalysis.laps(net, order).length > 0) {
      judgePeriod(
          driver.ringPeriod(slowed),
          net,
          order,
          whose + " run twice as slowly (every time constant, input time and weight doubled)");
    }
  }

  /**
   * Accepts any period between the shortest and the longest lap (with a tenth's slack), so the
   * median, the mean, one neuron's laps or the first lap all pass.
   */
  private static void judgePeriod(double period, NetworkSnapshot net, int[] order, String whose) {
    double[] laps = RingAnalysis.laps(net, order);
    double shortest = Double.POSITIVE_INFINITY;
    double longest = 0;
    for (double lap : laps) {
      shortest = Math.min(shortest, lap);
      longest = Math.max(longest, lap);
    }
    if (!Near.between(period, 0.9 * shortest, 1.1 * longest, 0)) {
      String hint = "";
      if (Near.between(period / 1000, 0.9 * shortest, 1.1 * longest, 0)) {
        hint = " Is it in milliseconds? ringPeriod returns seconds.";
      } else {
        // The typical time between two spikes of a burst, and from one neuron's burst to the next
        // neuron's: whichever the period is closer to, within a third, is what it measured.
        double withinBurst = median(RingAnalysis.withinBursts(net, order));
        double neighbour = median(laps) / 8;
        double toBurst = Math.abs(Math.log(period / withinBurst));
        double toNeighbour = Math.abs(Math.log(period / neighbour));
        if (toBurst < Math.min(toNeighbour, Math.log(1.3))) {
          hint =
              " That is about the time between two spikes of one burst; the period is the time"
                  + " from the start of a neuron's burst to the start of its next.";
        } else if (toNeighbour < Math.log(1.3)) {
          hint = " That is about the time from one neuron to the next; the period is a whole lap.";
        }
      }
      throw CheckFailure.fail(
          "in "
              + whose
              + " the wave takes between "
              + Fmt.num(shortest)
              + " s and "
              + Fmt.num(longest)
              + " s to go once around (from the start of a neuron's burst to the start of its next),"
              + " but ringPeriod returned "
              + Fmt.num(period)
              + " s."
              + hint);
    }
  }

  /** The median of some values, NaN if there are none. */
  private static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static neurograde.hidden.driver.NetworkRef courseRing(
      neurograde.hidden.driver.Driver driver) {
    var net = driver.newNetwork();
    for (int k = 0; k < 8; k++) {
      driver.addNeuron(net, driver.newLif(0.05, 0.002, 0.1));
    }
    for (int k = 0; k < 8; k++) {
      driver.connect(net, k, (k + 1) % 8, 0.2);
    }
    for (int k = 0; k < 8; k++) {
      driver.connect(net, (k + 1) % 8, k, -0.4);
    }
    int input =
        driver.addNeuron(
            net, driver.newInput(neurons.SpikeTrains.generate(INPUT_RATES, INPUT_ENDS)));
    driver.connect(net, input, 0, 0.2);
    driver.simulate(net, 4, 0.001);
    return net;
  }

  /**
   * Fails with the differences, unless the wave travels in the student's network (the course's
   * neurons, or the student's own), which the statement allows retuning for.
   */
  private static void acceptRetuned(List<String> off, String expectation) {
    if (off.isEmpty()) {
      return;
    }
    String differences = String.join("; ", off);
    if (waveTravelsSomewhere()) {
      Session.note(
          "You changed a value of the statement ("
              + expectation
              + ", but "
              + differences
              + "); the question allows"
              + " retuning since the wave travels.");
      return;
    }
    throw CheckFailure.fail(expectation + ", but " + differences + ".");
  }

  private static boolean waveTravelsSomewhere() {
    NetworkSnapshot net = ExperimentRuns.snapshot(Experiment.RING);
    if (travels(net)) {
      return true;
    }
    try {
      var driver = Session.driver(Layer.OWN);
      return travels(driver.snapshot(driver.experiment(Experiment.RING)));
    } catch (StudentCodeException e) {
      return false;
    }
  }

  /**
   * Whether a wave travels around the network's ring, as the course's classes computed it: a
   * subclass that replaces their methods could report any spikes.
   */
  private static boolean travels(NetworkSnapshot net) {
    if (ExperimentRuns.replaced(net, null) != null) {
      return false;
    }
    int[] order = RingAnalysis.orderOrNull(new Shape(net));
    return order != null && RingAnalysis.wave(net, order).travels();
  }

  private static Shape shape() {
    return new Shape(ExperimentRuns.structure(Experiment.RING));
  }

  private static String describe(RingAnalysis.Wave wave) {
    if (wave.bursts() == 0) {
      return "the ring neurons never spike";
    }
    if (wave.bursts() < 16) {
      return "the wave dies out after "
          + wave.bursts()
          + " bursts, less than two laps of the 8 neurons";
    }
    if (wave.forwardShare() >= 0.75) {
      return "the wave travels for "
          + wave.bursts()
          + " bursts but dies out before the second half of the simulation";
    }
    return "there are "
        + wave.bursts()
        + " bursts, but only "
        + Math.round(100 * wave.forwardShare())
        + "% of them are followed by a burst of the next neuron along the ring";
  }
}
