package neurograde.network;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A network to simulate, as described by a network file.
 *
 * @param dt the time step (s)
 * @param duration how long to simulate (s)
 * @param neurons the neurons, in index order
 * @param connections the connections, in the order they are made
 */
public record NetworkSpec(
    double dt, double duration, List<NeuronSpec> neurons, List<ConnectionSpec> connections) {

  public NetworkSpec {
    neurons = List.copyOf(neurons);
    connections = List.copyOf(connections);
  }

  /**
   * Returns a warning for each time constant of a LIF neuron that the time step does not resolve: a
   * refractory period no longer than a step lasts at most that step, and Euler steps of v or s
   * overshoot once dt reaches tauM or tauS. Neurons with the same problem share one warning.
   */
  public List<String> warnings() {
    Map<String, List<String>> neuronsByProblem = new LinkedHashMap<>();
    for (int n = 0; n < neurons.size(); n++) {
      if (!(neurons.get(n) instanceof LifSpec lif)) {
        continue;
      }
      String name = lif.label().isEmpty() ? "#" + n : lif.label();
      if (dt >= lif.tauRef()) {
        neuronsByProblem
            .computeIfAbsent(
                "dt = "
                    + plain(dt)
                    + " s is not below tauRef = "
                    + plain(lif.tauRef())
                    + " s: the refractory period ends within one step, so the neuron can spike"
                    + " again at the next step; use a dt below tauRef",
                k -> new ArrayList<>())
            .add(name);
      }
      for (String[] tau :
          new String[][] {{"tauM", plain(lif.tauM()), "v"}, {"tauS", plain(lif.tauS()), "s"}}) {
        if (dt >= Double.parseDouble(tau[1])) {
          neuronsByProblem
              .computeIfAbsent(
                  "dt = "
                      + plain(dt)
                      + " s is not below "
                      + tau[0]
                      + " = "
                      + tau[1]
                      + " s: Euler steps of "
                      + tau[2]
                      + " overshoot; use a dt well below "
                      + tau[0],
                  k -> new ArrayList<>())
              .add(name);
        }
      }
    }
    List<String> warnings = new ArrayList<>();
    neuronsByProblem.forEach(
        (problem, names) ->
            warnings.add(
                (names.size() == 1 ? "neuron " : "neurons ")
                    + String.join(", ", names)
                    + ": "
                    + problem));
    return warnings;
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A neuron of the network. */
  public sealed interface NeuronSpec permits LifSpec, InputSpec {
    /** Returns the neuron's label, or an empty string. */
    String label();
  }

  /**
   * A leaky integrate-and-fire neuron.
   *
   * @param tauM membrane time constant (s)
   * @param tauRef refractory period (s)
   * @param tauS synaptic time constant (s)
   * @param label a label for plots, or an empty string
   */
  public record LifSpec(double tauM, double tauRef, double tauS, String label)
      implements NeuronSpec {}

  /**
   * An input neuron with a fixed spike train.
   *
   * @param spikes the spike times (s), sorted
   * @param label a label for plots, or an empty string
   */
  public record InputSpec(List<Double> spikes, String label) implements NeuronSpec {
    public InputSpec {
      spikes = List.copyOf(spikes);
    }
  }

  /**
   * A connection: each spike of {@code pre} adds {@code weight} to the input of {@code post}.
   *
   * @param pre index of the spiking neuron
   * @param post index of the receiving neuron
   * @param weight weight of each spike
   */
  public record ConnectionSpec(int pre, int post, double weight) {}
}
