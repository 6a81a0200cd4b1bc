package neurograde.hidden.checks;

import java.util.ArrayList;
import java.util.List;
import neurograde.hidden.Check;
import neurograde.hidden.CheckFailure;
import neurograde.hidden.Layer;
import neurograde.hidden.driver.Experiment;
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
    Shape shape = new Shape(ExperimentRuns.snapshot(Experiment.TWO_NEURONS));
    List<Integer> lifs = lifs(shape, 2, "Fig. 1(b)");
    mutualPair(shape, lifs.get(0), lifs.get(1), lifs, "Fig. 1(b)");
  }

  @Check(
      value = "exp3b.input",
      layer = Layer.EXPERIMENTS,
      uses = {"Experiments#twoNeurons"},
      slow = true)
  void twoNeuronInput() {
    Shape shape = new Shape(ExperimentRuns.snapshot(Experiment.TWO_NEURONS));
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
    Simulated.require(ExperimentRuns.snapshot(Experiment.TWO_NEURONS), 1, "the two-neuron network");
  }

  @Check(
      value = "exp3c.network",
      layer = Layer.EXPERIMENTS,
      uses = {"Experiments#inhibition"},
      slow = true)
  void inhibitionNetwork() {
    Shape shape = new Shape(ExperimentRuns.snapshot(Experiment.INHIBITION));
    Roles roles = roles(shape);
    mutualPair(shape, roles.a, roles.b, List.of(roles.a, roles.b, roles.c), "Fig. 1(c)");
  }

  @Check(
      value = "exp3c.inputs",
      layer = Layer.EXPERIMENTS,
      uses = {"Experiments#inhibition"},
      slow = true)
  void inhibitionInputs() {
    Shape shape = new Shape(ExperimentRuns.snapshot(Experiment.INHIBITION));
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
    Simulated.require(
        ExperimentRuns.snapshot(Experiment.INHIBITION), 1.5, "the inhibition network");
  }

  /** A, B (exciting each other) and C (inhibiting A or B), found by their connections. */
  private record Roles(int a, int b, int c) {}

  private static Roles roles(Shape shape) {
    List<Integer> lifs = lifs(shape, 3, "Fig. 1(c)");
    List<int[]> inhibitory = new ArrayList<>();
    for (ConnectionInfo c : shape.connections()) {
      if (lifs.contains(c.pre()) && lifs.contains(c.post()) && c.weight() < 0) {
        inhibitory.add(new int[] {c.pre(), c.post()});
      }
    }
    if (inhibitory.size() != 1) {
      throw CheckFailure.fail(
          "in Fig. 1(c) one LIF neuron, C, inhibits A or B; your network has "
              + inhibitory.size()
              + " inhibitory connections between LIF neurons: "
              + Shape.describe(shape.connections())
              + ".");
    }
    int c = inhibitory.get(0)[0];
    int target = inhibitory.get(0)[1];
    double w = shape.weight(c, target);
    if (!Shape.is(w, -0.2)) {
      throw CheckFailure.fail(
          "C should inhibit A or B with weight -0.2, but the weight is " + Fmt.num(w) + ".");
    }
    List<Integer> pair = lifs.stream().filter(i -> i != c).toList();
    if (!pair.contains(target)) {
      throw CheckFailure.fail("C inhibits itself instead of A or B.");
    }
    if (!shape.hasTaus(c, 0.02, 0.002, 0.05)) {
      throw CheckFailure.fail(
          "C should have tauM = 0.02 s, tauRef = 0.002 s and tauS = 0.05 s, but it has "
              + shape.taus(c)
              + ".");
    }
    return new Roles(pair.get(0), pair.get(1), c);
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
              + Shape.describe(concat(shape.between(a, b), shape.between(b, a)))
              + ".");
    }
    for (ConnectionInfo c : shape.connections()) {
      boolean lifToLif = lifs.contains(c.pre()) && lifs.contains(c.post());
      boolean expected =
          (c.pre() == a && c.post() == b) || (c.pre() == b && c.post() == a) || c.weight() < 0;
      if (lifToLif && !expected) {
        throw CheckFailure.fail(
            figure
                + " has no connection "
                + c.pre()
                + " -> "
                + c.post()
                + " (weight "
                + Fmt.num(c.weight())
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
