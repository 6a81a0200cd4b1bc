package neurograde.hidden.checks;

import java.util.List;
import java.util.Random;
import neurograde.hidden.driver.Driver;
import neurograde.hidden.driver.NetworkRef;
import neurograde.hidden.driver.NetworkSnapshot;
import neurograde.hidden.driver.NetworkSnapshot.Kind;
import neurograde.hidden.driver.NeuronRef;

/**
 * Networks whose answers nobody has published, for judging the student's functions of a network
 * (spikesPerInterval, ringPeriod). On the assignment's own networks a function that returns the
 * published numbers, or the answer of a network that never fires, passes without reading the
 * network at all. Each keeps the student's layout (which neuron has which index), so a function
 * that finds its neurons by index still finds them.
 */
final class Unpublished {

  /**
   * How much slower the slowed copy of a network runs: a power of two, so that scaling every time
   * and weight by it is exact in floating point and the copy is the same run, spike for spike, at
   * twice the times.
   */
  static final double SLOWER = 2;

  /** Jitter of the input spikes of the firing-rate network (a share of each spike's interval). */
  private static final double JITTER = 0.25;

  private static final long SEED = 20260301L;

  private Unpublished() {}

  /**
   * Replays a network {@link #SLOWER} times slower in a driver and returns it: LIF time constants,
   * input spike times, time step and duration scaled, and the weights too, so each spike moves s as
   * much as before. Returns null if the network holds neurons of the student's own kind, or was not
   * simulated.
   */
  static NetworkRef slowed(Driver driver, NetworkSnapshot net) {
    double dt = net.dt();
    if (Double.isNaN(dt) || net.neurons().stream().anyMatch(n -> n.kind() == Kind.OTHER)) {
      return null;
    }
    NetworkRef copy = driver.newNetwork();
    for (NetworkSnapshot.NeuronInfo neuron : net.neurons()) {
      NeuronRef added;
      if (neuron.kind() == Kind.LIF) {
        added =
            driver.newLif(SLOWER * neuron.tauM(), SLOWER * neuron.tauRef(), SLOWER * neuron.tauS());
      } else {
        double[] times = neuron.spikes().clone();
        for (int i = 0; i < times.length; i++) {
          times[i] *= SLOWER;
        }
        added = driver.newInput(times);
      }
      driver.addNeuron(copy, added);
    }
    for (NetworkSnapshot.ConnectionInfo c : net.connections()) {
      driver.connect(copy, c.pre(), c.post(), SLOWER * c.weight());
    }
    driver.simulate(copy, SLOWER * net.duration(), SLOWER * dt);
    return copy;
  }

  /**
   * The course's firing-rate network (its LIF neuron, weight 0.03, rates 5 to 100 Hz) with input
   * spikes jittered by a fixed seed, so its counts are nobody's published ones, laid out like
   * {@code like}: its one LIF neuron and its inputs at their indices, every input driving the LIF
   * neuron. Returns null unless {@code like} is one LIF neuron and inputs.
   */
  static Rated firingRate(Driver driver, NetworkSnapshot like) {
    List<NetworkSnapshot.NeuronInfo> kinds = like.neurons();
    int lif = -1;
    for (int i = 0; i < kinds.size(); i++) {
      Kind kind = kinds.get(i).kind();
      if (kind == Kind.OTHER || (kind == Kind.LIF && lif >= 0)) {
        return null;
      }
      if (kind == Kind.LIF) {
        lif = i;
      }
    }
    if (lif < 0 || kinds.size() < 2) {
      return null;
    }
    NetworkRef net = driver.newNetwork();
    for (int i = 0; i < kinds.size(); i++) {
      driver.addNeuron(
          net,
          i == lif
              ? driver.newLif(0.02, 0.002, 0.1)
              : driver.newInput(
                  neurons.SpikeTrains.generate(
                      FiringRateChecks.RATES,
                      FiringRateChecks.ENDS,
                      JITTER,
                      new Random(SEED + i))));
    }
    for (int i = 0; i < kinds.size(); i++) {
      if (i != lif) {
        driver.connect(net, i, lif, 0.03);
      }
    }
    driver.simulate(net, 40, 0.001);
    return new Rated(net, lif);
  }

  /** The course's firing-rate network as LIF and input only, in that order or the other. */
  static Rated firingRate(Driver driver, boolean lifFirst) {
    Kind first = lifFirst ? Kind.LIF : Kind.INPUT;
    Kind second = lifFirst ? Kind.INPUT : Kind.LIF;
    return firingRate(driver, layout(first, second));
  }

  private static NetworkSnapshot layout(Kind... kinds) {
    List<NetworkSnapshot.NeuronInfo> neurons =
        java.util.Arrays.stream(kinds)
            .map(
                k ->
                    new NetworkSnapshot.NeuronInfo(
                        k, "", Double.NaN, Double.NaN, Double.NaN, new double[0], 0))
            .toList();
    return new NetworkSnapshot(neurons, List.of(), new double[0], List.of());
  }

  /**
   * A firing-rate network and the index of its LIF neuron.
   *
   * @param network the simulated network
   * @param lif the index of its LIF neuron
   */
  record Rated(NetworkRef network, int lif) {}
}
