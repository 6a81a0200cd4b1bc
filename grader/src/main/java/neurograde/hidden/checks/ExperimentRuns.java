package neurograde.hidden.checks;

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

  private ExperimentRuns() {}

  /**
   * A run whose network is still live in its driver, for calling spikesPerInterval or ringPeriod.
   *
   * @param driver the driver the experiment ran in
   * @param network the simulated network
   * @param ownClasses whether it ran on the student's own LIFNeuron and SpikingNetwork
   */
  record Live(Driver driver, NetworkRef network, boolean ownClasses) {}

  /**
   * Returns the experiment's simulated network, run once per submission and shared by the checks of
   * that experiment (its failure too).
   */
  static NetworkSnapshot snapshot(Experiment experiment) {
    Snapshot shared =
        Session.shared(
            "experiment:" + experiment,
            () -> {
              Live live = live(experiment);
              return new Snapshot(live.driver().snapshot(live.network()), live.ownClasses());
            });
    noteOwn(shared.ownClasses());
    return shared.snapshot();
  }

  /** Runs the experiment afresh in the current check. */
  static Live live(Experiment experiment) {
    try {
      Driver driver = Session.driver(Layer.EXPERIMENTS);
      return new Live(driver, driver.experiment(experiment), false);
    } catch (StudentCodeException e) {
      if (!e.exceptionClass().equals("LinkageError")) {
        throw e;
      }
      Driver driver = Session.driver(Layer.OWN);
      Live live = new Live(driver, driver.experiment(experiment), true);
      noteOwn(true);
      return live;
    }
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
