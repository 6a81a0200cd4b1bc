package neurograde.hidden.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The acceptable outcomes of one {@code step(dt)} of a LIF neuron, judged from the state the neuron
 * was in and the slopes it saved, so that each step is judged on its own and a bug in {@code slope}
 * is not charged again here.
 *
 * <p>Every legitimate variant of the assignment is in the envelope: v set to 1 or to 0 at the
 * spike; the refractory period integrated for the rest of the step (canonical) or applied in whole
 * steps; refRemaining measured from the spike or from the step; the student's own slopes or the
 * equations' (a step that computes its slopes itself); and floating-point differences of equal
 * formulas (interpolating or extrapolating the spike time).
 */
public final class StepEnvelope {

  /** Tolerance on v, s and times: far above rounding differences, far below any real mistake. */
  public static final double TOL = 1e-9;

  /** Below this, refRemaining counts as zero; around dt, both refractory branches are accepted. */
  private static final double REF_EPS = 1e-12;

  private StepEnvelope() {}

  /**
   * The neuron just before {@code step(dt)}: after {@code slope()} and any {@code receiveSpike}.
   *
   * @param t clock (s)
   * @param v membrane potential
   * @param s input current
   * @param ref refractory time left (s)
   * @param incoming input received since the last step
   * @param dvdt the student's saved dv/dt
   * @param dsdt the student's saved ds/dt
   * @param tauM membrane time constant (s)
   * @param tauRef refractory period (s)
   * @param tauS synaptic time constant (s)
   */
  public record Before(
      double t,
      double v,
      double s,
      double ref,
      double incoming,
      double dvdt,
      double dsdt,
      double tauM,
      double tauRef,
      double tauS) {

    /** Returns the slopes the step may use: the student's, and the equations' at this state. */
    List<double[]> slopes() {
      List<double[]> slopes = new ArrayList<>();
      slopes.add(new double[] {dvdt, dsdt});
      double[] equations = {(s - v) / tauM, -s / tauS};
      if (!Near.within(equations[0], dvdt, TOL) || !Near.within(equations[1], dsdt, TOL)) {
        slopes.add(equations);
      }
      return slopes;
    }

    /** Returns whether the neuron is in its refractory period. */
    public boolean refractory() {
      return ref > REF_EPS;
    }
  }

  /**
   * The neuron just after the step.
   *
   * @param t clock (s)
   * @param v membrane potential
   * @param s input current
   * @param ref refractory time left (s)
   * @param newSpikes spikes recorded by this step
   */
  public record After(double t, double v, double s, double ref, double[] newSpikes) {}

  /**
   * One acceptable way the step can go.
   *
   * @param description how, for messages: "integrated", "held at 0 (refractory)", "spiked"
   * @param vIntegrated v after integrating, before any reset (NaN when held)
   * @param acceptedV the values v may have after the step
   * @param spike whether a spike is recorded
   * @param spikeTime the interpolated spike time (s), or NaN
   * @param stepStart start of the integrated part of the step (s)
   * @param refMin least acceptable refRemaining after the step (s)
   * @param refMax largest acceptable refRemaining after the step (s)
   */
  public record Outcome(
      String description,
      double vIntegrated,
      double[] acceptedV,
      boolean spike,
      double spikeTime,
      double stepStart,
      double refMin,
      double refMax) {

    /** Returns whether the neuron's state after the step is this outcome. */
    public boolean matches(After after) {
      if (spike != (after.newSpikes().length == 1) || after.newSpikes().length > 1) {
        return false;
      }
      if (spike && !Near.within(after.newSpikes()[0], spikeTime, TOL)) {
        return false;
      }
      return vAccepted(after.v()) && Near.between(after.ref(), refMin, refMax, TOL);
    }

    /** Returns whether v after the step is one this outcome accepts. */
    public boolean vAccepted(double v) {
      for (double accepted : acceptedV) {
        if (Near.within(v, accepted, TOL)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Returns every acceptable value of s after the step. */
  public static List<Double> acceptableS(Before before, double dt) {
    List<Double> values = new ArrayList<>();
    for (double[] slope : before.slopes()) {
      values.add(before.s() + dt * slope[1] + before.incoming() / before.tauS());
    }
    return values;
  }

  /** Returns whether s after the step is acceptable. */
  public static boolean sAcceptable(Before before, double dt, double s) {
    return Near.any(s, acceptableS(before, dt), TOL);
  }

  /** Returns every acceptable outcome for v, spikes and refRemaining. */
  public static List<Outcome> outcomes(Before before, double dt) {
    List<Outcome> outcomes = new ArrayList<>();
    double ref = before.ref();
    for (double[] slope : before.slopes()) {
      double dvdt = slope[0];
      // Integrating the part of the step after the refractory period (canonical).
      if (dt - ref > -REF_EPS) {
        double held = Math.max(ref, 0);
        integrate(before, dt, dt - held, before.t() + held, dvdt, outcomes);
      }
      // Whole steps: integrate the whole step once refRemaining is no longer positive.
      if (!before.refractory()) {
        integrate(before, dt, dt, before.t(), dvdt, outcomes);
      }
    }
    if (before.refractory()
        || (Near.within(ref, 0, REF_EPS) && ref != 0 && Near.within(before.v(), 0, TOL))) {
      // Held at 0; refRemaining counts down, possibly clamped at 0. A refRemaining within rounding
      // of
      // 0 (0.0045 - 4 * 0.001 is not exactly 0.0005) may be read either way, but only by a neuron
      // that
      // is being held (v = 0), and not at exactly 0, a neuron at rest.
      double next = ref - dt;
      outcomes.add(
          new Outcome(
              "held at 0 (refractory)",
              Double.NaN,
              new double[] {0},
              false,
              Double.NaN,
              before.t(),
              next,
              Math.max(next, 0)));
    }
    return outcomes;
  }

  /**
   * Returns the spike times that linear interpolation gives for a step that spiked, from any v the
   * step may have reached: with the student's slope, the equations', or the slope of the updated s
   * (a mistake charged by the Euler check, not here). Judging the spike time on the student's own
   * trajectory keeps one bug from costing two checks.
   */
  public static List<Double> interpolatedSpikeTimes(Before before, double dt, double sAfter) {
    List<Double> times = new ArrayList<>();
    List<double[]> slopes = new ArrayList<>(before.slopes());
    slopes.add(new double[] {(sAfter - before.v()) / before.tauM(), 0});
    for (double[] slope : slopes) {
      double held = Math.max(before.ref(), 0);
      for (double[] part : new double[][] {{dt - held, before.t() + held}, {dt, before.t()}}) {
        double h = part[0];
        double v = before.v() + h * slope[0];
        if (h > 0 && v >= 1 - 1e-12 && v != before.v()) {
          times.add(part[1] + h * (1 - before.v()) / (v - before.v()));
        }
      }
    }
    return times;
  }

  /**
   * Returns whether the neuron's state after the step is acceptable for v, spikes and refRemaining.
   */
  public static boolean motionAcceptable(Before before, double dt, After after) {
    return outcomes(before, dt).stream().anyMatch(o -> o.matches(after));
  }

  private static void integrate(
      Before before, double dt, double h, double t0, double dvdt, List<Outcome> outcomes) {
    double v = before.v() + h * dvdt;
    if (v >= 1 - 1e-12) {
      double spikeTime = t0 + h * (1 - before.v()) / (v - before.v());
      outcomes.add(
          new Outcome(
              "spiked",
              v,
              new double[] {0, 1},
              true,
              spikeTime,
              t0,
              before.tauRef() - dt,
              before.tauRef()));
    }
    if (v < 1 + 1e-12) {
      outcomes.add(
          new Outcome(
              "integrated",
              v,
              new double[] {v},
              false,
              Double.NaN,
              t0,
              Double.NEGATIVE_INFINITY,
              0));
    }
  }
}
