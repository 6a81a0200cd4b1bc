package neurograde.hidden.checks;

import java.util.ArrayList;
import java.util.List;
import neurograde.hidden.Session;
import neurograde.hidden.checks.StepJudge.Finding;
import neurograde.hidden.checks.StepJudge.InputHandling;
import neurograde.hidden.driver.Driver;
import neurograde.hidden.driver.StudentCodeException;
import neurons.SpikeTrains;

/**
 * The student's whole neuron, driven as a network drives it (receiveSpike, slope, step) through the
 * published sequences and small networks, every step judged by {@link StepJudge}. The step checks
 * test one thing each on designed states; this holds the neuron as a whole to the same standard, so
 * that a mistake those states miss still costs the check it belongs to, once.
 *
 * <p>Each run stops at its first deviation: what follows may be its consequence. Two audits: the
 * quiet one never makes a correct neuron spike (the checks of Euler's update and the input use it,
 * and must not stop at a bug that only spiking reaches); the full one adds the runs that spike.
 * Both are computed once per submission.
 */
final class NeuronAudit {

  private static final double DT = 0.001;

  /** Q2's test network: tauS 0.1 s, a 30 Hz input for 1 s with weight 0.05, simulated for 1 s. */
  private static final double Q2_TAU_S = 0.1;

  private static final double Q2_WEIGHT = 0.05;

  /** Steps of Q2's network before the course's neuron first spikes (at 0.126829 s). */
  private static final int Q2_QUIET_STEPS = 120;

  /**
   * Spikes in Q2's network: the course's neuron fires 36 times, the accepted variants 35 or 36; the
   * band is wide, since every step has been judged on its own before this is asked.
   */
  private static final int Q2_FEWEST = 30;

  private static final int Q2_MOST = 42;

  /**
   * How long the pair runs (s): long enough for a few hundred spikes and input in every phase of
   * the refractory period, short enough to keep the audit well inside a check's time limit.
   */
  private static final double PAIR_DURATION = 0.6;

  private NeuronAudit() {}

  /** Fails with the first deviation the quiet audit found that belongs to the check. */
  static void chargeQuiet(String check) {
    charge(check, Session.shared("neuron-audit:quiet", () -> audit(false)));
  }

  /** Fails with the first deviation the full audit found that belongs to the check. */
  static void chargeFull(String check) {
    charge(check, Session.shared("neuron-audit:full", () -> audit(true)));
  }

  private static void charge(String check, List<Finding> findings) {
    for (Finding finding : findings) {
      if (finding.check().equals(check)) {
        throw finding.failure();
      }
    }
  }

  private static List<Finding> audit(boolean full) {
    Driver driver = StepLayer.driver();
    InputHandling input = inputHandling(driver);
    List<Finding> findings = new ArrayList<>();
    // The course's published sequences: a spike received by a neuron at rest, and a refractory
    // period that ends inside a step.
    LifRun received = LifRun.standard(driver).quiet();
    add(findings, run(received, new double[] {0.03, 0}, input));
    LifRun refractory = LifRun.standard(driver).quiet().set(0, 0, 0.5, 0.0015);
    add(findings, run(refractory, new double[] {0, 0}, input));
    double[] q2 = q2Inputs(full ? Integer.MAX_VALUE : Q2_QUIET_STEPS);
    LifRun q2Run = LifRun.of(driver, 0.02, 0.002, Q2_TAU_S, DT).quiet();
    Finding q2Finding = run(q2Run, q2, input);
    add(findings, q2Finding);
    if (!full) {
      return List.copyOf(findings);
    }
    // The published crossing, then the same with a spike arriving in the refractory period.
    LifRun crossing = LifRun.standard(driver).quiet().set(0.3, 0.98, 1.3, 0);
    add(findings, run(crossing, new double[6], input));
    LifRun withInput = LifRun.standard(driver).quiet().set(0.3, 0.98, 1.3, 0);
    add(findings, run(withInput, new double[] {0, 0, 0.02, 0, 0, 0, 0}, input));
    // The crossing at dt = 0.5 ms: a refractory period counted in steps of 1 ms is half as long.
    LifRun finer = LifRun.of(driver, 0.02, 0.002, 0.05, DT / 2).quiet().set(0.3, 0.98, 1.3, 0);
    add(findings, run(finer, new double[12], input));
    add(findings, pair(driver, input));
    if (findings.isEmpty() && q2Run.completed() == q2.length) {
      add(findings, q2Count(driver, q2Run.spikeCount()));
    }
    return List.copyOf(findings);
  }

  /**
   * How the neuron takes a spike outside the refractory period, per unit of weight; NaN if it could
   * not be measured.
   */
  static InputHandling inputHandling(Driver driver) {
    try {
      LifRun probe = LifRun.standard(driver).quiet().set(0.5, 0.1, 0.3, 0);
      probe.step();
      LifRun.Step step = probe.step(0.02);
      var b = step.before();
      double s = step.after().s();
      return new InputHandling(
          (s - (b.s() + probe.dt() * b.dsdt())) / 0.02,
          (s - (b.s() - probe.dt() * b.s() / b.tauS())) / 0.02);
    } catch (StudentCodeException e) {
      return new InputHandling(Double.NaN, Double.NaN);
    }
  }

  /**
   * Runs the neuron one step per weight (0 for no input) and returns the first deviation; a run
   * that throws stops there without a finding (the checks that reach the exception charge it).
   */
  private static Finding run(LifRun run, double[] weights, InputHandling input) {
    double previous = 0;
    try {
      for (double w : weights) {
        LifRun.Step step = w != 0 ? run.step(w) : run.step();
        Finding finding = StepJudge.judge(step, previous, input);
        if (finding != null) {
          return finding;
        }
        previous = w;
      }
    } catch (StudentCodeException e) {
      return null;
    }
    return null;
  }

  /** The weights Q2's input delivers before each step, for the first {@code steps} steps. */
  private static double[] q2Inputs(int steps) {
    double[] train = SpikeTrains.generate(new double[] {30}, new double[] {1});
    double[] grid = SpikeTrains.arange(0, 1, DT);
    int n = Math.min(steps, grid.length);
    double[] weights = new double[n];
    for (int k = 1; k < n; k++) {
      weights[k] = Q2_WEIGHT * Trains.count(train, grid[k - 1], grid[k - 1] + DT);
    }
    return weights;
  }

  /**
   * The two neurons of 3b exciting each other, both the student's, driven by 30 Hz for 0.3 s: many
   * spikes, and input arriving in every phase of the refractory period.
   */
  private static Finding pair(Driver driver, InputHandling input) {
    double[] train = SpikeTrains.generate(new double[] {30}, new double[] {0.3});
    LifRun a = LifRun.standard(driver).quiet();
    LifRun b = LifRun.standard(driver).quiet();
    double toA = 0;
    double toB = 0;
    double previousA = 0;
    double previousB = 0;
    try {
      for (double tt : SpikeTrains.arange(0, PAIR_DURATION, DT)) {
        LifRun.Step stepA = toA != 0 ? a.step(toA) : a.step();
        LifRun.Step stepB = toB != 0 ? b.step(toB) : b.step();
        for (Finding finding :
            new Finding[] {
              StepJudge.judge(stepA, previousA, input), StepJudge.judge(stepB, previousB, input)
            }) {
          if (finding != null) {
            return finding;
          }
        }
        previousA = toA;
        previousB = toB;
        toA = Q2_WEIGHT * (Trains.count(train, tt, tt + DT) + stepB.after().newSpikes().length);
        toB = Q2_WEIGHT * stepA.after().newSpikes().length;
      }
    } catch (StudentCodeException e) {
      return null;
    }
    return null;
  }

  /**
   * Q2's spike count, once every step has passed: a neuron that never fires in Q2's network cannot
   * keep the marks of step. Unless slope() is wrong, which 1a charges.
   */
  private static Finding q2Count(Driver driver, int spikes) {
    if (spikes >= Q2_FEWEST && spikes <= Q2_MOST) {
      return null;
    }
    if (!Crossing.slopeFollowsEquations(driver, 0.02, 0.002, Q2_TAU_S)) {
      return null;
    }
    return new Finding(
        StepJudge.DETECTION,
        null,
        "in the test network of question 2 (a 30 Hz input for 1 s, weight 0.05, into a neuron with"
            + " tauS = 0.1 s), your neuron spiked "
            + spikes
            + " times; the course's spikes 36 times (the accepted variants 35 or 36).");
  }

  private static void add(List<Finding> findings, Finding finding) {
    if (finding != null) {
      findings.add(finding);
    }
  }
}
