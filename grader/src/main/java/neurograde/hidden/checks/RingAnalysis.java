package neurograde.hidden.checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import neurograde.hidden.CheckFailure;
import neurograde.hidden.driver.NetworkSnapshot;
import neurograde.hidden.driver.NetworkSnapshot.ConnectionInfo;

/** Finds the ring in a student's network and measures the wave that travels around it. */
final class RingAnalysis {

  /** Fewest bursts in sequence that count as a wave: two laps of the ring. */
  private static final int MIN_BURSTS = 16;

  /** Least share of burst-to-burst transitions that move one neuron along the ring. */
  private static final double MIN_FORWARD = 0.75;

  private RingAnalysis() {}

  /**
   * Returns the 8 LIF neurons in the order the excitation runs, starting anywhere; fails the check
   * if the excitatory connections are not one ring of 8.
   */
  static int[] order(Shape shape) {
    List<Integer> lifs = ringNeurons(shape);
    Map<Integer, List<Integer>> next = new HashMap<>();
    for (ConnectionInfo c : shape.connections()) {
      if (lifs.contains(c.pre()) && lifs.contains(c.post()) && c.weight() > 0) {
        next.computeIfAbsent(c.pre(), k -> new ArrayList<>()).add(c.post());
      }
    }
    int[] order = new int[8];
    order[0] = lifs.get(0);
    for (int i = 1; i <= 8; i++) {
      List<Integer> targets = next.getOrDefault(order[i - 1], List.of());
      if (targets.size() != 1) {
        throw CheckFailure.fail(
            "in a ring each neuron excites exactly one other, the next; your neuron "
                + order[i - 1]
                + (targets.isEmpty()
                    ? " excites none"
                    : " excites " + targets.size() + " (neurons " + targets + ")")
                + " (excitatory connections: "
                + Shape.describe(excitatory(shape, lifs))
                + ").");
      }
      if (i == 8) {
        if (targets.get(0) != order[0]) {
          throw CheckFailure.fail(
              "the excitatory connections do not close one ring of all 8 neurons: "
                  + Shape.describe(excitatory(shape, lifs))
                  + ".");
        }
      } else {
        order[i] = targets.get(0);
        for (int j = 0; j < i; j++) {
          if (order[j] == order[i]) {
            throw CheckFailure.fail(
                "the excitatory connections form a ring of "
                    + (i - j)
                    + " neurons, not 8: "
                    + Shape.describe(excitatory(shape, lifs))
                    + ".");
          }
        }
      }
    }
    return order;
  }

  /** Returns the 8 LIF neurons; fails the check if there are not 8. */
  static List<Integer> ringNeurons(Shape shape) {
    List<Integer> lifs = shape.lifs();
    if (lifs.size() != 8) {
      throw CheckFailure.fail(
          "the ring of Fig. 1(d) has 8 LIF neurons, but your network has " + lifs.size() + ".");
    }
    return lifs;
  }

  /** Returns the ring's order as {@link #order} does, or null if the excitation is not a ring. */
  static int[] orderOrNull(Shape shape) {
    try {
      return order(shape);
    } catch (CheckFailure notARing) {
      return null;
    }
  }

  /**
   * Returns why the connections are not one ring through all the neurons, each neuron with one
   * connection out and one in, or null if they are.
   */
  static String notOneRing(List<ConnectionInfo> connections, List<Integer> neurons) {
    Map<Integer, Integer> next = new HashMap<>();
    Map<Integer, Integer> into = new HashMap<>();
    for (ConnectionInfo c : connections) {
      if (next.put(c.pre(), c.post()) != null) {
        return "neuron " + c.pre() + " has more than one";
      }
      if (into.put(c.post(), c.pre()) != null) {
        return "neuron " + c.post() + " receives more than one";
      }
    }
    int at = neurons.get(0);
    for (int i = 0; i < neurons.size(); i++) {
      Integer following = next.get(at);
      if (following == null) {
        return "neuron " + at + " has none";
      }
      at = following;
      if (at == neurons.get(0) && i < neurons.size() - 1) {
        return "they form a ring of " + (i + 1) + " neurons, not " + neurons.size();
      }
    }
    return at == neurons.get(0) ? null : "they do not close one ring of all the neurons";
  }

  /**
   * The bursts of the ring's neurons, in time order.
   *
   * @param travels whether bursts go around the ring in sequence, at least twice, and last
   * @param bursts number of bursts
   * @param forwardShare share of transitions from one burst to the next neuron along the ring
   * @param laps time from each burst of a neuron to its next (s)
   */
  record Wave(boolean travels, int bursts, double forwardShare, double[] laps) {}

  static Wave wave(NetworkSnapshot net, int[] order) {
    List<double[]> events = new ArrayList<>();
    for (int position = 0; position < order.length; position++) {
      for (double t : net.neurons().get(order[position]).spikes()) {
        events.add(new double[] {t, position});
      }
    }
    events.sort((x, y) -> Double.compare(x[0], y[0]));
    List<double[]> bursts = new ArrayList<>();
    for (double[] event : events) {
      if (bursts.isEmpty() || bursts.get(bursts.size() - 1)[1] != event[1]) {
        bursts.add(event);
      }
    }
    int forward = 0;
    for (int i = 1; i < bursts.size(); i++) {
      int step = Math.floorMod((int) bursts.get(i)[1] - (int) bursts.get(i - 1)[1], order.length);
      if (step == 1) {
        forward++;
      }
    }
    double share = bursts.size() < 2 ? 0 : forward / (double) (bursts.size() - 1);
    List<Double> laps = new ArrayList<>();
    double[] lastOnset = new double[order.length];
    Arrays.fill(lastOnset, Double.NaN);
    for (double[] burst : bursts) {
      int position = (int) burst[1];
      if (!Double.isNaN(lastOnset[position])) {
        laps.add(burst[0] - lastOnset[position]);
      }
      lastOnset[position] = burst[0];
    }
    double duration = net.duration();
    boolean lasts = !bursts.isEmpty() && bursts.get(bursts.size() - 1)[0] >= duration / 2;
    boolean travels = bursts.size() >= MIN_BURSTS && share >= MIN_FORWARD && lasts;
    return new Wave(
        travels, bursts.size(), share, laps.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /**
   * Times from one burst of a ring neuron to its next, over every neuron. A burst starts with a
   * spike more than half the neuron's longest interval after its previous one, so the spikes of one
   * burst (which may interleave with a neighbour's) never count as laps.
   */
  static double[] laps(NetworkSnapshot net, int[] order) {
    List<Double> laps = new ArrayList<>();
    for (int index : order) {
      double[] spikes = sorted(net, index);
      double longest = longestGap(spikes);
      double onset = Double.NaN;
      for (int i = 0; i < spikes.length; i++) {
        if (i == 0 || spikes[i] - spikes[i - 1] > longest / 2) {
          if (!Double.isNaN(onset)) {
            laps.add(spikes[i] - onset);
          }
          onset = spikes[i];
        }
      }
    }
    return laps.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * Times between two spikes of one burst, over every ring neuron: the intervals that {@link #laps}
   * does not count as the start of a new burst.
   */
  static double[] withinBursts(NetworkSnapshot net, int[] order) {
    List<Double> intervals = new ArrayList<>();
    for (int index : order) {
      double[] spikes = sorted(net, index);
      double longest = longestGap(spikes);
      for (int i = 1; i < spikes.length; i++) {
        if (spikes[i] - spikes[i - 1] <= longest / 2) {
          intervals.add(spikes[i] - spikes[i - 1]);
        }
      }
    }
    return intervals.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double[] sorted(NetworkSnapshot net, int index) {
    double[] spikes = net.neurons().get(index).spikes().clone();
    Arrays.sort(spikes);
    return spikes;
  }

  private static double longestGap(double[] sorted) {
    double longest = 0;
    for (int i = 1; i < sorted.length; i++) {
      longest = Math.max(longest, sorted[i] - sorted[i - 1]);
    }
    return longest;
  }

  private static List<ConnectionInfo> excitatory(Shape shape, List<Integer> lifs) {
    return shape.connections().stream()
        .filter(c -> lifs.contains(c.pre()) && lifs.contains(c.post()) && c.weight() > 0)
        .toList();
  }
}
