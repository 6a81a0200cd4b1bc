package neurograde.hidden.checks;

import java.util.ArrayList;
import java.util.List;
import neurograde.hidden.driver.Driver;
import neurograde.hidden.driver.LifState;
import neurograde.hidden.driver.NeuronRef;
import neurograde.hidden.driver.StateVariable;
import neurograde.hidden.driver.StudentCodeException;
import neurograde.hidden.driver.Tails;
import neurograde.hidden.model.StepEnvelope;

/**
 * Runs a student's LIF neuron step by step from a set state, recording each step for judging. It
 * never calls showState(): a showState() that is slow, huge or throws costs the show-state check
 * alone.
 */
final class LifRun {

  /** Time step of the scenarios (s), the assignment's. */
  static final double DT = 0.001;

  private final Driver driver;
  private final NeuronRef neuron;
  private final double dt;
  private final List<Step> steps = new ArrayList<>();
  private String slopeFailure;
  private boolean quiet;
  private int count;
  private int spikeCount;

  private LifRun(Driver driver, NeuronRef neuron, double dt) {
    this.driver = driver;
    this.neuron = neuron;
    this.dt = dt;
  }

  /** Starts a run on a new neuron with the given time constants and time step (s). */
  static LifRun of(Driver driver, double tauM, double tauRef, double tauS, double dt) {
    return new LifRun(driver, driver.newLif(tauM, tauRef, tauS), dt);
  }

  /** Starts a run on a new neuron with the default time constants, dt = 1 ms. */
  static LifRun standard(Driver driver) {
    return new LifRun(driver, driver.newLif(), DT);
  }

  /** Sets the state: clock (s), v, s and refractory time left (s). */
  LifRun set(double t, double v, double s, double refRemaining) {
    driver.set(neuron, StateVariable.T, t);
    driver.set(neuron, StateVariable.V, v);
    driver.set(neuron, StateVariable.S, s);
    driver.set(neuron, StateVariable.REF_REMAINING, refRemaining);
    return this;
  }

  Driver driver() {
    return driver;
  }

  NeuronRef neuron() {
    return neuron;
  }

  double dt() {
    return dt;
  }

  List<Step> steps() {
    return steps;
  }

  /** Returns the number of steps taken. */
  int completed() {
    return count;
  }

  /** Returns the number of spikes the neuron held after its last step. */
  int spikeCount() {
    return spikeCount;
  }

  /**
   * Returns why slope() failed on some step, or null: a step is judged with the equations' slopes
   * then.
   */
  String slopeFailure() {
    return slopeFailure;
  }

  /** Makes the run keep no step list, for long runs that judge each step as it comes. */
  LifRun quiet() {
    this.quiet = true;
    return this;
  }

  /** Delivers the given spike weights, calls slope() and step(dt), and records the step. */
  Step step(double... incoming) {
    double received = 0;
    LifState beforeInput = driver.state(neuron);
    // Counted from before slope(): a slope that also records a value records it twice a step.
    Tails before = driver.tails(neuron, Integer.MAX_VALUE);
    for (double w : incoming) {
      driver.receiveSpike(neuron, w);
      received += w;
    }
    try {
      driver.slope(neuron);
    } catch (StudentCodeException e) {
      if (slopeFailure == null) {
        slopeFailure = e.getMessage();
      }
    }
    LifState sloped = driver.state(neuron);
    int spikesBefore = driver.tails(neuron, Integer.MAX_VALUE).spikeCount();
    driver.step(neuron, dt);
    LifState after = driver.state(neuron);
    Tails tails = driver.tails(neuron, spikesBefore);
    Step step =
        new Step(
            this,
            count++,
            received,
            beforeInput.s(),
            new StepEnvelope.Before(
                sloped.t(),
                sloped.v(),
                sloped.s(),
                sloped.refRemaining(),
                sloped.weightedIncomingSpikes(),
                sloped.dvdt(),
                sloped.dsdt(),
                sloped.tauM(),
                sloped.tauRef(),
                sloped.tauS()),
            new StepEnvelope.After(
                after.t(), after.v(), after.s(), after.refRemaining(), tails.spikesFrom()),
            after.weightedIncomingSpikes(),
            tails.vHistorySize() - before.vHistorySize(),
            tails.sHistorySize() - before.sHistorySize(),
            tails.lastV(),
            tails.lastS(),
            spikesBefore,
            tails.spikeCount());
    spikeCount = tails.spikeCount();
    if (!quiet) {
      steps.add(step);
    }
    return step;
  }

  /**
   * One recorded step.
   *
   * @param run the run the step belongs to
   * @param index the step's number in the run, from 0
   * @param received the spike weight delivered with receiveSpike just before this step's slope()
   * @param sBeforeSlope s before the spikes were delivered and slope() was called
   * @param before the state before (after slope and receiveSpike)
   * @param after the state after
   * @param incomingAfter the input left after the step (should be 0)
   * @param vHistoryGrowth values slope() and step() added to the v history
   * @param sHistoryGrowth values slope() and step() added to the s history
   * @param lastV the last value in the v history after the step, NaN if it is empty
   * @param lastS the last value in the s history after the step, NaN if it is empty
   * @param spikeCountBefore number of spikes before
   * @param spikeCountAfter number of spikes after
   */
  record Step(
      LifRun run,
      int index,
      double received,
      double sBeforeSlope,
      StepEnvelope.Before before,
      StepEnvelope.After after,
      double incomingAfter,
      int vHistoryGrowth,
      int sHistoryGrowth,
      double lastV,
      double lastS,
      int spikeCountBefore,
      int spikeCountAfter) {

    /** Describes the state before the step, for messages. */
    String from() {
      return "from t = "
          + Fmt.num(before.t())
          + " s, v = "
          + Fmt.num(before.v())
          + ", s = "
          + Fmt.num(before.s())
          + (before.refractory() ? ", refRemaining = " + Fmt.num(before.ref()) + " s" : "")
          + (received != 0 ? ", with incoming spikes of total weight " + Fmt.num(received) : "");
    }
  }
}
