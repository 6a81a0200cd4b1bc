package neurograde.hidden.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import neurograde.hidden.CheckFailure;
import neurograde.hidden.Layer;
import neurograde.hidden.Session;
import neurograde.hidden.driver.Driver;
import neurograde.hidden.driver.Experiment;
import neurograde.hidden.driver.NetworkRef;
import neurograde.hidden.driver.NetworkSnapshot;
import neurograde.hidden.driver.StudentCodeException;

/**
 * Runs the student's experiments with the reference's LIF neuron and network, so the experiments
 * are graded on the student's experiment code alone.
 *
 * <p>If the student's Experiments uses a method of their own LIFNeuron or SpikingNetwork that the
 * API does not have, it cannot run on the reference's; then it runs on the student's own classes,
 * and the checks say so.
 */
final class ExperimentRuns {

  /** Key of an experiment's snapshot among the submission's shared results. */
  private static final String SNAPSHOT = "experiment:";

  private ExperimentRuns() {}

  /**
   * A run whose network is still live in its driver, for calling spikesPerInterval or ringPeriod.
   *
   * @param driver the driver the experiment ran in
   * @param network the simulated network
   * @param ownClasses whether it ran on the student's own LIFNeuron and SpikingNetwork
   * @param snapshot what the network held when the experiment returned it
   */
  record Live(Driver driver, NetworkRef network, boolean ownClasses, NetworkSnapshot snapshot) {

    /** What the checks that read the network share of this run. */
    Snapshot shared() {
      return new Snapshot(snapshot, ownClasses);
    }
  }

  /**
   * Returns the experiment's simulated network, run once per submission and shared by the checks of
   * that experiment (its failure too).
   */
  static NetworkSnapshot snapshot(Experiment experiment) {
    Snapshot shared = shared(experiment);
    noteOwn(shared.ownClasses());
    return shared.snapshot();
  }

  /**
   * Whether the experiment ran on the student's own LIFNeuron and SpikingNetwork (its code uses
   * more than their API), so that its activity shows their own model, not the course's.
   */
  static boolean ranOnOwnClasses(Experiment experiment) {
    return shared(experiment).ownClasses();
  }

  /**
   * Each experiment is simulated once for the checks that read its snapshot and the one that calls
   * the student's methods on its live network, whichever comes first: a live run leaves its
   * snapshot for the others, and the run behind the snapshot is kept for the live check where the
   * submission's classes are shared by its checks (otherwise the live check runs it again, in its
   * own classes).
   */
  private static Snapshot shared(Experiment experiment) {
    return Session.shared(
        SNAPSHOT + experiment,
        () -> {
          Live live = fresh(experiment);
          if (Session.sharesClasses(live.ownClasses() ? Layer.OWN : Layer.EXPERIMENTS)) {
            kept(experiment).set(live);
          }
          return live.shared();
        });
  }

  /**
   * Returns the experiment's network for a check of its structure: fails if a subclass of the
   * course's classes in it replaces a method that the structure is read through.
   */
  static NetworkSnapshot structure(Experiment experiment) {
    return trusted(snapshot(experiment), STRUCTURE);
  }

  /**
   * Returns the experiment's network for a check of what it did when simulated: fails if a subclass
   * of the course's classes in it replaces any of their methods.
   */
  static NetworkSnapshot dynamics(Experiment experiment) {
    return trusted(snapshot(experiment), null);
  }

  /** The methods a network's structure is read through. */
  private static final Set<String> STRUCTURE =
      Set.of(
          "addNeuron",
          "getNeuron",
          "getNeurons",
          "connect",
          "getConnections",
          "getIdx",
          "setIdx",
          "getTauM",
          "getTauRef",
          "getTauS");

  /** Returns the network if no subclass in it replaces one of {@code methods} (any if null). */
  static NetworkSnapshot trusted(NetworkSnapshot net, Set<String> methods) {
    String replaced = replaced(net, methods);
    if (replaced != null) {
      throw CheckFailure.fail(
          replaced
              + ", so what the network reports is not what the course's classes computed and cannot"
              + " be judged. Build the experiments from LIFNeuron and SpikingNetwork themselves (a"
              + " subclass may add constructors and methods, but not replace theirs).");
    }
    return net;
  }

  /**
   * Says which subclass replaces which of {@code methods} (any method if null), or returns null.
   */
  static String replaced(NetworkSnapshot net, Set<String> methods) {
    Map<String, List<String>> replaced = new LinkedHashMap<>();
    for (NetworkSnapshot.Overridden o : net.overrides()) {
      if (methods == null || methods.contains(o.method())) {
        replaced
            .computeIfAbsent(
                "your " + o.subclass() + " extends the course's " + o.base() + " and replaces ",
                k -> new ArrayList<>())
            .add(o.method());
      }
    }
    if (replaced.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    replaced.forEach((who, names) -> parts.add(who + String.join(", ", names)));
    return String.join("; ", parts);
  }

  /** The run behind an experiment's snapshot, until a live check takes it. */
  private static AtomicReference<Live> kept(Experiment experiment) {
    return Session.shared("experiment-live:" + experiment, AtomicReference::new);
  }

  /**
   * Returns a run of the experiment whose network no check has used: the one behind its snapshot if
   * that was kept (see {@link #shared}), else a run in the current check.
   */
  static Live live(Experiment experiment) {
    Live kept = kept(experiment).getAndSet(null);
    if (kept != null) {
      noteOwn(kept.ownClasses());
      return kept;
    }
    Live live = fresh(experiment);
    Session.offer(SNAPSHOT + experiment, live.shared());
    return live;
  }

  /**
   * Runs the experiment afresh in the current check. Only the experiment itself falls back to the
   * student's own classes: a network that cannot be read on the course's is an error of its checks.
   */
  private static Live fresh(Experiment experiment) {
    Driver driver = Session.driver(Layer.EXPERIMENTS);
    boolean ownClasses = false;
    NetworkRef network;
    try {
      network = driver.experiment(experiment);
    } catch (StudentCodeException e) {
      if (!e.exceptionClass().equals("LinkageError")) {
        throw e;
      }
      driver = Session.driver(Layer.OWN);
      network = driver.experiment(experiment);
      ownClasses = true;
      noteOwn(true);
    }
    return new Live(driver, network, ownClasses, driver.snapshot(network));
  }

  private static void noteOwn(boolean own) {
    if (own) {
      Session.note(
          "Your Experiments uses something beyond the assignment's API of LIFNeuron or SpikingNetwork, so it ran on your own"
              + " classes rather than the course's; a mistake in those shows here too.");
    }
  }

  private record Snapshot(NetworkSnapshot snapshot, boolean ownClasses) {}
}
