package neurograde.hidden.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import neurograde.hidden.driver.NetworkSnapshot;
import neurograde.hidden.driver.NetworkSnapshot.ConnectionInfo;
import neurograde.hidden.driver.NetworkSnapshot.Kind;
import neurograde.hidden.driver.NetworkSnapshot.NeuronInfo;
import neurograde.hidden.model.Near;

/** The structure of a student's network: which neurons are which, and how they connect. */
final class Shape {

  static final double WEIGHT_TOL = 1e-9;
  static final double TAU_TOL = 1e-12;

  private final NetworkSnapshot net;

  Shape(NetworkSnapshot net) {
    this.net = net;
  }

  NetworkSnapshot snapshot() {
    return net;
  }

  /** Indices of the LIF neurons. */
  List<Integer> lifs() {
    return indices(Kind.LIF);
  }

  /** Indices of the neurons that are not LIF neurons: inputs, or a student's own spiking class. */
  List<Integer> sources() {
    return IntStream.range(0, net.neurons().size())
        .filter(i -> net.neurons().get(i).kind() != Kind.LIF)
        .boxed()
        .toList();
  }

  NeuronInfo neuron(int index) {
    return net.neurons().get(index);
  }

  List<ConnectionInfo> connections() {
    return net.connections();
  }

  /** Connections from pre to post. */
  List<ConnectionInfo> between(int pre, int post) {
    List<ConnectionInfo> found = new ArrayList<>();
    for (ConnectionInfo c : net.connections()) {
      if (c.pre() == pre && c.post() == post) {
        found.add(c);
      }
    }
    return found;
  }

  /** Connections out of a neuron. */
  List<ConnectionInfo> from(int pre) {
    return net.connections().stream().filter(c -> c.pre() == pre).toList();
  }

  /** Connections into a neuron. */
  List<ConnectionInfo> into(int post) {
    return net.connections().stream().filter(c -> c.post() == post).toList();
  }

  /** Returns the single connection weight from pre to post, NaN if none, or the sum if several. */
  double weight(int pre, int post) {
    List<ConnectionInfo> found = between(pre, post);
    return found.isEmpty() ? Double.NaN : found.stream().mapToDouble(ConnectionInfo::weight).sum();
  }

  static boolean is(double actual, double expected) {
    return Near.within(actual, expected, WEIGHT_TOL);
  }

  /** Returns whether a LIF neuron has the given time constants (s). */
  boolean hasTaus(int index, double tauM, double tauRef, double tauS) {
    NeuronInfo n = neuron(index);
    return Near.within(n.tauM(), tauM, TAU_TOL)
        && Near.within(n.tauRef(), tauRef, TAU_TOL)
        && Near.within(n.tauS(), tauS, TAU_TOL);
  }

  /** Describes a LIF neuron's time constants, for messages. */
  String taus(int index) {
    NeuronInfo n = neuron(index);
    return "tauM = "
        + Fmt.num(n.tauM())
        + " s, tauRef = "
        + Fmt.num(n.tauRef())
        + " s, tauS = "
        + Fmt.num(n.tauS())
        + " s";
  }

  /** Describes a connection list, for messages. */
  static String describe(List<ConnectionInfo> connections) {
    List<String> parts = new ArrayList<>();
    for (ConnectionInfo c : connections) {
      parts.add(c.pre() + " -> " + c.post() + " (" + Fmt.num(c.weight()) + ")");
    }
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  private List<Integer> indices(Kind kind) {
    return IntStream.range(0, net.neurons().size())
        .filter(i -> net.neurons().get(i).kind() == kind)
        .boxed()
        .toList();
  }
}
