package neurograde.hidden.checks;

import java.util.ArrayList;
import java.util.List;
import neurograde.hidden.Check;
import neurograde.hidden.CheckFailure;
import neurograde.hidden.Layer;
import neurograde.hidden.Mistake;
import neurograde.hidden.Session;
import neurograde.hidden.driver.Experiment;
import neurograde.hidden.driver.NetworkSnapshot;
import neurograde.hidden.driver.NetworkSnapshot.ConnectionInfo;
import org.junit.jupiter.api.Order;

/**
 * Questions 3b and 3c: two LIF neurons exciting each other, then a third that inhibits one of them.
 * The structure is matched up to relabelling: the input may drive either neuron, and C may inhibit
 * either.
 */
@Order(5)
final class SmallNetworkChecks {

  private static final double[] FIRST_RATES = {30};
  private static final double[] FIRST_ENDS = {0.3};
  private static final double[] LATE_RATES = {0, 50};
  private static final double[] LATE_ENDS = {0.7, 1};

  @Check(
      value = "exp3b.network",
      layer = Layer.EXPERIMENTS,
      uses = {"Experiments#twoNeurons"},
      slow = true)
  void twoNeuronNetwork() {
    Shape shape = new Shape(ExperimentRuns.structure(Experiment.TWO_NEURONS));
    List<Integer> lifs = lifs(shape, 2, "Fig. 1(b)");
    mutualPair(shape, lifs.get(0), lifs.get(1), lifs, "Fig. 1(b)");
  }

  @Check(
      value = "exp3b.input",
      layer = Layer.EXPERIMENTS,
      uses = {"Experiments#twoNeurons"},
      slow = true)
  void twoNeuronInput() {
    Shape shape = new Shape(ExperimentRuns.structure(Experiment.TWO_NEURONS));
    List<Integer> lifs = lifs(shape, 2, "Fig. 1(b)");
    if (shape.sources().size() != 1) {
      throw CheckFailure.fail(
          "Fig. 1(b) has one input neuron, but your network has "
              + shape.sources().size()
              + " neurons that are not LIF neurons.");
    }
    input(
        shape,
        shape.sources().get(0),
        lifs,
        FIRST_RATES,
        FIRST_ENDS,
        "the input",
        "30 Hz for the first 0.3 s, then silent");
  }

  @Check(
      value = "exp3b.simulated",
      layer = Layer.EXPERIMENTS,
      uses = {"Experiments#twoNeurons"},
      slow = true)
  void twoNeuronSimulated() {
    Simulated.require(ExperimentRuns.dynamics(Experiment.TWO_NEURONS), 1, "the two-neuron network");
  }

  @Check(
      value = "exp3c.network",
      layer = Layer.EXPERIMENTS,
      uses = {"Experiments#inhibition"},
      slow = true)
  void inhibitionNetwork() {
    Shape shape = new Shape(ExperimentRuns.structure(Experiment.INHIBITION));
    Roles roles = roles(shape);
    inhibition(shape, roles);
    try {
      mutualPair(shape, roles.a, roles.b, List.of(roles.a, roles.b, roles.c), "Fig. 1(c)", roles.c);
    } catch (CheckFailure failure) {
      // 3c is "copy your network from 3b": a fault of the A-B pair already charged in 3b is not
      // charged again.
      if (!sameFaultyPairAs3b(shape, roles)) {
        throw failure;
      }
      Session.note(
          "Your A-B pair has the same fault as in 3b, where it was charged: "
              + failure.getMessage());
    }
  }

  /** Whether 3b's network has a faulty A-B pair connected exactly as this one. */
  private static boolean sameFaultyPairAs3b(Shape inhibition, Roles roles) {
    try {
      NetworkSnapshot net = ExperimentRuns.snapshot(Experiment.TWO_NEURONS);
      if (ExperimentRuns.replaced(net, null) != null) {
        return false;
      }
      Shape twoNeurons = new Shape(net);
      List<Integer> lifs = twoNeurons.lifs();
      if (lifs.size() != 2) {
        return false;
      }
      int a = lifs.get(0);
      int b = lifs.get(1);
      try {
        mutualPair(twoNeurons, a, b, lifs, "Fig. 1(b)");
        return false;
      } catch (CheckFailure faultIn3b) {
        return pairSignature(twoNeurons, a, b).equals(pairSignature(inhibition, roles.a, roles.b))
            || pairSignature(twoNeurons, b, a).equals(pairSignature(inhibition, roles.a, roles.b));
      }
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The connections among A and B and their time constants, independent of neuron numbers. */
  private static String pairSignature(Shape shape, int a, int b) {
    return List.of(
            shape.weight(a, a),
            shape.weight(a, b),
            shape.weight(b, a),
            shape.weight(b, b),
            shape.taus(a),
            shape.taus(b))
        .toString();
  }

  @Check(
      value = "exp3c.inputs",
      layer = Layer.EXPERIMENTS,
      uses = {"Experiments#inhibition"},
      slow = true)
  void inhibitionInputs() {
    Shape shape = new Shape(ExperimentRuns.structure(Experiment.INHIBITION));
    Roles roles = roles(shape);
    List<Integer> sources = shape.sources();
    if (sources.size() != 2) {
      throw CheckFailure.fail(
          "Fig. 1(c) has two input neurons, but your network has "
              + sources.size()
              + " neurons that are not LIF neurons.");
    }
    Integer late = null;
    for (int source : sources) {
      if (Trains.rateMismatch(shape.neuron(source).spikes(), LATE_RATES, LATE_ENDS) == null) {
        late = source;
      }
    }
    if (late == null) {
      throw CheckFailure.fail(
          "one input should be silent until 0.7 s and fire at 50 Hz from 0.7 s to 1 s; neither of yours does.");
    }
    int first = sources.get(0) == late ? sources.get(1) : sources.get(0);
    input(
        shape,
        first,
        List.of(roles.a, roles.b),
        FIRST_RATES,
        FIRST_ENDS,
        "the input of 3b",
        "30 Hz for the first 0.3 s, then silent");
    input(
        shape,
        late,
        List.of(roles.c),
        LATE_RATES,
        LATE_ENDS,
        "the input of C",
        "silent until 0.7 s, then 50 Hz until 1 s");
  }

  @Check(
      value = "exp3c.simulated",
      layer = Layer.EXPERIMENTS,
      uses = {"Experiments#inhibition"},
      slow = true)
  void inhibitionSimulated() {
    NetworkSnapshot net = ExperimentRuns.dynamics(Experiment.INHIBITION);
    Simulated.require(net, 1.5, "the inhibition network");
    Shape shape = new Shape(net);
    Roles roles;
    try {
      roles = roles(shape);
      inhibition(shape, roles);
      lateInput(shape, roles);
    } catch (CheckFailure structureFault) {
      // Charged by the network and inputs checks; what such a network does is no measure.
      Session.note(
          "What your inhibition network did was not judged, since its structure is not as asked"
              + " (see the network and inputs checks).");
      return;
    }
    if (ExperimentRuns.ranOnOwnClasses(Experiment.INHIBITION)) {
      // What the student's own model does is 1b's and 2's business, judged there; C joining the
      // network after it was simulated is the experiment's fault whatever the model. A neuron
      // that was there from the start, A, counts the steps, so a model recording no history, or
      // two values a step, is not charged here.
      int times = net.neurons().get(roles.a).steps();
      if (times == net.tHistory().length) {
        joinedLate(net, net.neurons().get(roles.c).steps(), times, "C");
      }
      Session.note(
          "What your inhibition network did was not judged, since it ran on your own classes.");
      return;
    }
    inhibitionHappened(net, roles);
  }

  /** Fails if C took part in only the last {@code steps} of the network's {@code times} steps. */
  private static void joinedLate(NetworkSnapshot net, int steps, int times, String opening) {
    if (steps < times) {
      throw CheckFailure.fail(
          Mistake.EXPERIMENT_3C_REUSES_3B,
          opening
              + " took part in only the last "
              + steps
              + " of the network's "
              + times
              + " time steps, so its input (0.7 s to 1 s) came before it: "
              + Mistake.EXPERIMENT_3C_REUSES_3B.description()
              + " (the network had been simulated for "
              + Fmt.num(net.tHistory()[times - steps])
              + " s when C was added). Build a new network for 3c, with the same neurons and"
              + " connections as 3b's, and simulate it from 0.");
    }
  }

  /**
   * The experiment as run: C fires while its input does (0.7 to 1 s), and its inhibition then
   * silences A and B for good. The course's network, with either neuron inhibited and any jitter of
   * the inputs, has C fire from about 0.75 s and A and B silent from about 0.95 s.
   */
  private static void inhibitionHappened(NetworkSnapshot net, Roles roles) {
    double[] c = net.neurons().get(roles.c).spikes();
    int inWindow = Trains.count(c, 0.7, C_WINDOW_END);
    if (inWindow == 0) {
      joinedLate(
          net, net.neurons().get(roles.c).steps(), net.tHistory().length, "C never fired: it");
      throw CheckFailure.fail(
          "C should fire while its input does (0.7 s to 1 s), but it fired "
              + c.length
              + " times, none of them between 0.7 s and "
              + Fmt.num(C_WINDOW_END)
              + " s.");
    }
    double end = net.duration();
    int a = Trains.count(net.neurons().get(roles.a).spikes(), SILENT_FROM, end);
    int b = Trains.count(net.neurons().get(roles.b).spikes(), SILENT_FROM, end);
    if (a + b > 0) {
      throw CheckFailure.fail(
          "C fired "
              + inWindow
              + " times from 0.7 s, so its inhibition should stop the activity of A and B, but they"
              + " still fired "
              + (a + b)
              + " times between "
              + Fmt.num(SILENT_FROM)
              + " s and "
              + Fmt.num(end)
              + " s.");
    }
  }

  /** C fires within this (s): its input stops at 1 s. */
  private static final double C_WINDOW_END = 1.1;

  /** A and B are silent from here (s) once C has inhibited them. */
  private static final double SILENT_FROM = 1.2;

  /** The late input (silent until 0.7 s, then 50 Hz to 1 s) drives C, with weight 0.05. */
  private static void lateInput(Shape shape, Roles roles) {
    for (int source : shape.sources()) {
      List<ConnectionInfo> out = shape.from(source);
      if (out.size() == 1
          && out.get(0).post() == roles.c
          && Shape.is(out.get(0).weight(), 0.05)
          && Trains.rateMismatch(shape.neuron(source).spikes(), LATE_RATES, LATE_ENDS) == null) {
        return;
      }
    }
    throw CheckFailure.fail("C's input is not as asked.");
  }

  /**
   * A, B (exciting each other) and C. C is the LIF neuron the late input drives, or failing that
   * the one with an inhibitory connection; so a wrong sign of C's connection is charged to the
   * network, not to the inputs.
   */
  private record Roles(int a, int b, int c) {}

  private static Roles roles(Shape shape) {
    List<Integer> lifs = lifs(shape, 3, "Fig. 1(c)");
    Integer c = null;
    for (int source : shape.sources()) {
      List<ConnectionInfo> out = shape.from(source);
      if (out.size() == 1
          && lifs.contains(out.get(0).post())
          && Trains.rateMismatch(shape.neuron(source).spikes(), LATE_RATES, LATE_ENDS) == null) {
        c = out.get(0).post();
      }
    }
    if (c == null) {
      List<ConnectionInfo> inhibitory = inhibitoryBetween(shape, lifs);
      if (inhibitory.size() != 1) {
        throw CheckFailure.fail(
            "in Fig. 1(c) one LIF neuron, C, inhibits A or B; your network has "
                + inhibitory.size()
                + " inhibitory connections between LIF neurons: "
                + Shape.describe(shape.connections())
                + ".");
      }
      c = inhibitory.get(0).pre();
    }
    int inhibitor = c;
    List<Integer> pair = lifs.stream().filter(i -> i != inhibitor).toList();
    List<ConnectionInfo> fromC = shape.from(inhibitor);
    int target = fromC.size() == 1 && pair.contains(fromC.get(0).post()) ? fromC.get(0).post() : -1;
    int a = target >= 0 ? target : pair.get(0);
    int b = pair.get(0) == a ? pair.get(1) : pair.get(0);
    return new Roles(a, b, inhibitor);
  }

  /** C inhibits A or B, and only that, with weight -0.2, and has the default time constants. */
  private static void inhibition(Shape shape, Roles roles) {
    int c = roles.c;
    List<ConnectionInfo> fromC =
        shape.from(c).stream()
            .filter(x -> x.post() == roles.a || x.post() == roles.b || x.post() == c)
            .toList();
    if (fromC.size() != 1 || fromC.get(0).post() == c) {
      List<ConnectionInfo> intoC =
          shape.into(c).stream()
              .filter(x -> (x.pre() == roles.a || x.pre() == roles.b) && x.weight() < 0)
              .toList();
      if (fromC.isEmpty() && intoC.size() == 1) {
        ConnectionInfo reversed = intoC.get(0);
        throw CheckFailure.fail(
            "the inhibitory connection is reversed: it runs "
                + reversed.pre()
                + " -> "
                + c
                + " (weight "
                + Fmt.num(reversed.weight())
                + "), so neuron "
                + reversed.pre()
                + " inhibits C. In Fig. 1(c) C inhibits A or B: connect "
                + c
                + " -> "
                + reversed.pre()
                + ".");
      }
      throw CheckFailure.fail(
          "in Fig. 1(c) C connects to one of A and B only; its connections are "
              + Shape.describe(shape.from(c))
              + ".");
    }
    double w = fromC.get(0).weight();
    if (!Shape.is(w, -0.2)) {
      throw CheckFailure.fail(
          "C should inhibit A or B with weight -0.2, but the weight is "
              + Fmt.num(w)
              + (w > 0 ? ": a positive weight excites instead." : "."));
    }
    if (!shape.hasTaus(c, 0.02, 0.002, 0.05)) {
      throw CheckFailure.fail(
          "C should have tauM = 0.02 s, tauRef = 0.002 s and tauS = 0.05 s, but it has "
              + shape.taus(c)
              + ".");
    }
  }

  private static List<ConnectionInfo> inhibitoryBetween(Shape shape, List<Integer> lifs) {
    return shape.connections().stream()
        .filter(x -> lifs.contains(x.pre()) && lifs.contains(x.post()) && x.weight() < 0)
        .toList();
  }

  private static List<Integer> lifs(Shape shape, int count, String figure) {
    List<Integer> lifs = shape.lifs();
    if (lifs.size() != count) {
      throw CheckFailure.fail(
          figure + " has " + count + " LIF neurons, but your network has " + lifs.size() + ".");
    }
    return lifs;
  }

  /** A and B excite each other with weight 0.05 and have the default time constants. */
  private static void mutualPair(Shape shape, int a, int b, List<Integer> lifs, String figure) {
    mutualPair(shape, a, b, lifs, figure, -1);
  }

  /** As above; connections from {@code c} (C of Fig. 1(c), judged on its own) are not looked at. */
  private static void mutualPair(
      Shape shape, int a, int b, List<Integer> lifs, String figure, int c) {
    for (int n : new int[] {a, b}) {
      if (!shape.hasTaus(n, 0.02, 0.002, 0.05)) {
        throw CheckFailure.fail(
            "neurons A and B of "
                + figure
                + " have tauM = 0.02 s, tauRef = 0.002 s and tauS = 0.05 s, but neuron "
                + n
                + " has "
                + shape.taus(n)
                + ".");
      }
    }
    double ab = shape.weight(a, b);
    double ba = shape.weight(b, a);
    if (!Shape.is(ab, 0.05) || !Shape.is(ba, 0.05)) {
      throw CheckFailure.fail(
          "A should connect to B and B to A, each with weight 0.05; your connections between them are "
              + Shape.describe(
                  concat(
                      concat(shape.between(a, b), shape.between(b, a)),
                      concat(shape.between(a, a), shape.between(b, b))))
              + ".");
    }
    for (ConnectionInfo x : shape.connections()) {
      boolean lifToLif = lifs.contains(x.pre()) && lifs.contains(x.post());
      boolean expected =
          (x.pre() == a && x.post() == b) || (x.pre() == b && x.post() == a) || x.pre() == c;
      if (lifToLif && !expected) {
        throw CheckFailure.fail(
            figure
                + " has no connection "
                + x.pre()
                + " -> "
                + x.post()
                + " (weight "
                + Fmt.num(x.weight())
                + ").");
      }
    }
  }

  /**
   * An input neuron with the right train, connected to exactly one of the targets with weight 0.05.
   */
  private static void input(
      Shape shape,
      int source,
      List<Integer> targets,
      double[] rates,
      double[] ends,
      String name,
      String train) {
    String mismatch = Trains.rateMismatch(shape.neuron(source).spikes(), rates, ends);
    if (mismatch != null) {
      throw CheckFailure.fail(name + " should fire " + train + ": " + mismatch + ".");
    }
    List<ConnectionInfo> out = shape.from(source);
    if (out.size() != 1 || !targets.contains(out.get(0).post())) {
      throw CheckFailure.fail(
          name
              + " should connect to "
              + (targets.size() == 1 ? "C" : "one of A and B")
              + " only; its connections are "
              + Shape.describe(out)
              + ".");
    }
    if (!Shape.is(out.get(0).weight(), 0.05)) {
      throw CheckFailure.fail(
          name
              + " should connect with weight 0.05, but the weight is "
              + Fmt.num(out.get(0).weight())
              + ".");
    }
  }

  private static List<ConnectionInfo> concat(List<ConnectionInfo> a, List<ConnectionInfo> b) {
    List<ConnectionInfo> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
