package neurograde.hidden.checks;

import java.util.List;
import neurograde.hidden.CheckFailure;
import neurograde.hidden.Session;
import neurograde.hidden.driver.Driver;
import neurograde.hidden.model.StepEnvelope;

/**
 * Finds a threshold crossing in the student's own neuron, for the checks of what happens at a
 * spike.
 *
 * <p>The designed state crosses 1 in its second step. If the student's {@code slope()} does not
 * follow the equations (charged by 1a), their {@code step()} may never reach 1 from there; then
 * other states are tried until the student's own slopes lead to a crossing, so a wrong slope does
 * not cost the spike checks of 1b as well. (Where it can, {@link StepLayer} has already given their
 * slope() the equations' slopes, and this search is not needed.)
 */
final class Crossing {

  /**
   * Starting values of v and s to try, in this order, when the student's slopes miss the designed
   * crossing: however their slopes are wrong, some state near the threshold crosses it after a
   * quiet step. The large values of s are for a dv/dt that divides only v by tauM ({@code s - v /
   * tauM}): it climbs only when s outweighs v / tauM, 90 at tauM = 0.01 s.
   */
  private static final double[] FALLBACK_V = {0.95, 0.9, 0.8, 0.5};

  private static final double[] FALLBACK_S = {
    1.2, 1.3, 1.5, 2, 3, 5, 10, 30, 100, 0.5, -1, -3, -10, -30, -100, 300, 1000, 3000, -300, -1000,
    -3000
  };

  private static final int MAX_STEPS = 8;

  private Crossing() {}

  /**
   * Returns the spiking step of a run that spiked after at least one quiet step.
   *
   * @param designed the run to try first, with its state set
   * @param what what is being checked, for the failure message
   */
  static LifRun.Step find(LifRun designed, String what) {
    LifRun.Step spike = spikeAfterQuietStep(designed, 4);
    if (spike != null) {
      return spike;
    }
    Driver driver = designed.driver();
    double tauM = designed.steps().get(0).before().tauM();
    double tauRef = designed.steps().get(0).before().tauRef();
    double tauS = designed.steps().get(0).before().tauS();
    if (slopeFollowsEquations(driver, tauM, tauRef, tauS)) {
      throw noSpike(designed, what);
    }
    for (double s0 : FALLBACK_S) {
      for (double v0 : FALLBACK_V) {
        LifRun run = LifRun.of(driver, tauM, tauRef, tauS, designed.dt()).set(0.3, v0, s0, 0);
        spike = spikeAfterQuietStep(run, MAX_STEPS);
        if (spike != null) {
          Session.note(
              "Your slope() does not follow the equations (see 1a), so this was checked from v = "
                  + Fmt.num(v0)
                  + ", s = "
                  + Fmt.num(s0)
                  + ", where your own slopes lead to a spike.");
          return spike;
        }
      }
    }
    throw noSpike(designed, what);
  }

  private static LifRun.Step spikeAfterQuietStep(LifRun run, int maxSteps) {
    for (int i = 0; i < maxSteps; i++) {
      LifRun.Step step = run.step();
      if (spiked(step)) {
        return i == 0 ? null : step;
      }
    }
    return null;
  }

  /**
   * Whether the neuron spiked in a step: it recorded a spike, or it entered its refractory period
   * (a step that resets and starts the refractory period but forgets to record the spike is charged
   * by the spike detection check only).
   */
  static boolean spiked(LifRun.Step step) {
    return step.after().newSpikes().length > 0
        || (!step.before().refractory() && step.after().ref() > StepEnvelope.TOL);
  }

  /** "after the spike at 0.30129 s", or where the neuron crossed without recording a spike. */
  static String afterSpike(LifRun.Step step) {
    double[] spikes = step.after().newSpikes();
    return spikes.length > 0
        ? "after the spike at " + Fmt.time(spikes[0])
        : "after the threshold crossing " + step.from() + " (your step recorded no spike time)";
  }

  /** Whether slope() gives the equations' slopes at v = 0.4, s = 1.1 for these time constants. */
  static boolean slopeFollowsEquations(Driver driver, double tauM, double tauRef, double tauS) {
    return StepLayer.followsEquations(
        driver, new double[][] {{tauM, tauRef, tauS}}, new double[][] {{0, 0.4, 1.1}});
  }

  private static CheckFailure noSpike(LifRun run, String what) {
    List<LifRun.Step> steps = run.steps();
    return CheckFailure.fail(
        "the neuron should spike within a few steps "
            + steps.get(0).from()
            + ", but your step recorded no spike"
            + " (v reached "
            + Fmt.num(steps.get(steps.size() - 1).after().v())
            + "), so "
            + what
            + " could not be checked; see the spike detection check.");
  }
}
