package neurograde.hidden.checks;

import java.util.List;
import neurograde.hidden.CheckFailure;
import neurograde.hidden.Mistake;
import neurograde.hidden.model.Near;
import neurograde.hidden.model.StepEnvelope;
import neurograde.hidden.model.StepEnvelope.Before;
import neurograde.hidden.model.StepEnvelope.Outcome;

/**
 * Judges one step of a student's neuron, run as a network runs it (receiveSpike, slope, step), and
 * names the check a deviation belongs to, so that it is charged once, where its cause lies.
 *
 * <p>Each step is judged from the state the neuron was in and the slopes it saved (a wrong slope is
 * 1a's), with the input the grader delivered rather than what the neuron says it holds: so the work
 * may be split between slope and step in any way. The accepted variants, step by step:
 *
 * <ul>
 *   <li>s: {@code s + dt ds/dt + w / tauS}, with the neuron's ds/dt or the equation's, from s after
 *       slope() or before it (a slope that adds the jump itself); the same at a spike and in the
 *       refractory period, where every variant agrees;
 *   <li>v, spikes and refRemaining: {@link StepEnvelope} (v = 1 or 0 at a spike; the refractory
 *       period's end integrated or rounded up to a whole step; refRemaining from the spike or from
 *       the step);
 *   <li>histories: one value each per step, the state after the step; at a spike the history may
 *       hold 1 while the state is already 0, or the reverse.
 * </ul>
 */
final class StepJudge {

  static final String EULER = "step.euler";
  static final String INPUT = "step.input-scaling";
  static final String DETECTION = "step.spike-detection";
  static final String INTERPOLATION = "step.interpolation";
  static final String RESET = "step.reset";
  static final String REFRACTORY = "step.refractory";
  static final String HISTORIES = "step.histories";

  private static final double TOL = StepEnvelope.TOL;

  private StepJudge() {}

  /**
   * A deviation found in one step.
   *
   * @param check the id of the check it belongs to
   * @param mistake the named mistake, or null
   * @param message what happened, for the student
   */
  record Finding(String check, Mistake mistake, String message) {

    CheckFailure failure() {
      return mistake == null ? CheckFailure.fail(message) : CheckFailure.fail(mistake, message);
    }
  }

  /**
   * How the neuron takes a spike outside the refractory period, per unit of weight: in the
   * refractory period it must take it the same way (whether that way is right is the input check's
   * business).
   *
   * @param own the rise of s beyond {@code s + dt ds/dt} with the neuron's own ds/dt
   * @param equations the rise beyond {@code s + dt ds/dt} with the equation's ds/dt
   */
  record InputHandling(double own, double equations) {}

  /**
   * Returns the first deviation in a step, or null.
   *
   * @param step the step
   * @param previousReceived the weight delivered before the previous step (0 if none)
   * @param input how the neuron takes input outside the refractory period
   */
  static Finding judge(LifRun.Step step, double previousReceived, InputHandling input) {
    Before b = step.before();
    StepEnvelope.After a = step.after();
    double dt = step.run().dt();
    if (!Near.within(a.t(), b.t() + dt, TOL)) {
      return new Finding(
          EULER,
          null,
          "the neuron's clock t should advance by dt = "
              + Fmt.num(dt)
              + " s in each step, from "
              + Fmt.num(b.t())
              + " to "
              + Fmt.num(b.t() + dt)
              + " s, but it became "
              + Fmt.num(a.t())
              + " s.");
    }
    int recorded = a.newSpikes().length;
    if (step.spikeCountAfter() < step.spikeCountBefore()) {
      return new Finding(
          DETECTION,
          null,
          "a step " + step.from() + " removed recorded spikes; spikes are only ever added.");
    }
    boolean spiked = Crossing.spiked(step);
    Finding s = judgeS(step, spiked, previousReceived, input);
    if (s != null) {
      return s;
    }
    List<Outcome> outcomes = StepEnvelope.outcomes(b, dt);
    boolean mustSpike = !outcomes.isEmpty() && outcomes.stream().allMatch(Outcome::spike);
    boolean maySpike = outcomes.stream().anyMatch(Outcome::spike);
    if (recorded > 1) {
      return new Finding(
          DETECTION,
          null,
          "one step "
              + step.from()
              + " recorded "
              + recorded
              + " spikes; a step records at most one.");
    }
    if (recorded == 0 && (mustSpike || (spiked && maySpike))) {
      return new Finding(
          DETECTION,
          null,
          "in the step "
              + step.from()
              + ", v reaches "
              + Fmt.num(outcomes.get(0).vIntegrated())
              + ", so the neuron spikes; your step recorded no spike.");
    }
    if (recorded == 0 && spiked) {
      return new Finding(
          REFRACTORY,
          null,
          "in the step "
              + step.from()
              + ", v stays below 1, but your step started a refractory period (refRemaining = "
              + Fmt.num(step.after().ref())
              + " s) without a spike.");
    }
    if (recorded == 1 && !maySpike) {
      if (updatedSlopeCrosses(step)) {
        return updatedState(step);
      }
      return new Finding(
          DETECTION,
          null,
          "a spike was recorded at "
              + Fmt.time(a.newSpikes()[0])
              + " in a step "
              + step.from()
              + ", in which v stays below the threshold 1.");
    }
    if (recorded == 1) {
      Finding time = judgeSpikeTime(step);
      if (time != null) {
        return time;
      }
    }
    Finding motion = spiked ? judgeReset(step) : judgeMotion(step, outcomes);
    return motion != null ? motion : judgeHistories(step, spiked);
  }

  // ------------------------------------------------------------------------------------------ s

  /**
   * Whether s after the step is {@code s + dt ds/dt + w / tauS}, with the neuron's ds/dt or the
   * equation's, from s after slope() or before it, w being what the grader delivered.
   */
  static boolean sAccepted(LifRun.Step step) {
    Before b = step.before();
    double dt = step.run().dt();
    double jump = step.received() / b.tauS();
    double pre = step.sBeforeSlope();
    return isAny(
        step.after().s(),
        b.s() + dt * b.dsdt() + jump,
        b.s() - dt * b.s() / b.tauS() + jump,
        pre + dt * b.dsdt() + jump,
        pre - dt * pre / b.tauS() + jump);
  }

  private static Finding judgeS(
      LifRun.Step step, boolean spiked, double previousReceived, InputHandling input) {
    if (sAccepted(step)) {
      return null;
    }
    Before b = step.before();
    double dt = step.run().dt();
    double w = step.received();
    double s = step.after().s();
    double jump = w / b.tauS();
    double ownNoInput = ownNoInput(step);
    double eqNoInput = equationsNoInput(step);
    String what =
        "s after the step "
            + step.from()
            + " should be s + dt ds/dt"
            + (w != 0 ? " + w / tauS" : "")
            + " = "
            + Fmt.num(ownNoInput + jump)
            + " (tauS = "
            + Fmt.num(b.tauS())
            + " s), but your step gave "
            + Fmt.num(s);
    double stale = (w + previousReceived) / b.tauS();
    boolean held = !Near.within(b.incoming(), w, TOL) && !Near.within(b.incoming(), 0, TOL);
    if ((w == 0 && b.incoming() != 0)
        || (held
            && isAny(s, ownNoInput + b.incoming() / b.tauS(), eqNoInput + b.incoming() / b.tauS()))
        || (previousReceived != 0 && isAny(s, ownNoInput + stale, eqNoInput + stale))) {
      return new Finding(
          INPUT,
          Mistake.INPUT_NOT_CLEARED,
          what
              + ": "
              + Mistake.INPUT_NOT_CLEARED.description()
              + ". Set weightedIncomingSpikes to 0 at the end of step().");
    }
    if (b.refractory()) {
      return refractoryS(step, input);
    }
    if (w != 0) {
      Finding inputFinding = judgeInput(step, what);
      if (inputFinding != null) {
        return inputFinding;
      }
    }
    if (spiked) {
      if (Near.within(s, 0, TOL)) {
        return new Finding(
            RESET,
            Mistake.S_RESET_AT_SPIKE,
            "at the spike "
                + step.from()
                + ", s became 0 where it should carry on to "
                + Fmt.num(ownNoInput + jump)
                + ": "
                + Mistake.S_RESET_AT_SPIKE.description()
                + ".");
      }
      return new Finding(RESET, null, what + ": s changed at the spike; only v is reset.");
    }
    if (w != 0) {
      return new Finding(INPUT, null, what + ".");
    }
    return new Finding(EULER, null, what + ".");
  }

  /** Judges s in a step that starts in the refractory period; null if it is acceptable. */
  static Finding judgeRefractoryS(LifRun.Step step, InputHandling input) {
    return sAccepted(step) ? null : refractoryS(step, input);
  }

  private static Finding refractoryS(LifRun.Step step, InputHandling input) {
    Before b = step.before();
    double dt = step.run().dt();
    double w = step.received();
    double s = step.after().s();
    double ownNoInput = ownNoInput(step);
    double eqNoInput = equationsNoInput(step);
    // Taking input as outside the refractory period is the refractory period's part done right.
    if (Double.isFinite(input.own())
        && isAny(s, ownNoInput + w * input.own(), eqNoInput + w * input.equations())) {
      return null;
    }
    String during =
        "during the refractory period "
            + step.from()
            + ", s should still decay and take its input (s + dt ds/dt"
            + (w != 0 ? " + w / tauS" : "")
            + " = "
            + Fmt.num(ownNoInput + w / b.tauS())
            + "), but your step gave "
            + Fmt.num(s);
    if (Near.within(s, b.s(), TOL)) {
      return new Finding(
          REFRACTORY,
          Mistake.REFRACTORY_FREEZES_INPUT,
          during
              + ", unchanged: "
              + Mistake.REFRACTORY_FREEZES_INPUT.description()
              + (w != 0 ? ", and the spike that arrived was lost." : "."));
    }
    if (w != 0
        && (Near.within(s, b.s() + w / b.tauS(), TOL)
            || (Double.isFinite(input.own()) && Near.within(s, b.s() + w * input.own(), TOL)))) {
      return new Finding(
          REFRACTORY,
          Mistake.S_NOT_DECAYING_IN_REFRACTORY,
          during
              + ": the spike was added but s did not decay; "
              + Mistake.S_NOT_DECAYING_IN_REFRACTORY.description()
              + ".");
    }
    if (w != 0 && isAny(s, ownNoInput, eqNoInput)) {
      return new Finding(
          REFRACTORY,
          Mistake.REFRACTORY_FREEZES_INPUT,
          during
              + ": s decayed but the spike that arrived was lost; "
              + Mistake.REFRACTORY_FREEZES_INPUT.description()
              + ".");
    }
    return new Finding(REFRACTORY, null, during + ".");
  }

  /**
   * Names a wrong input rise outside the refractory period, or returns null if it is none of the
   * known ones.
   */
  static Finding judgeInput(LifRun.Step step, String what) {
    Before b = step.before();
    double dt = step.run().dt();
    double w = step.received();
    double s = step.after().s();
    double ownNoInput = ownNoInput(step);
    double eqNoInput = equationsNoInput(step);
    double pre = step.sBeforeSlope();
    double preEqNoInput = pre - dt * pre / b.tauS();
    if (isAny(s, ownNoInput + w, eqNoInput + w)) {
      return input(Mistake.INPUT_NOT_SCALED, what);
    }
    if (isAny(s, ownNoInput + w / b.tauM(), eqNoInput + w / b.tauM())) {
      return input(Mistake.INPUT_SCALED_BY_TAU_M, what);
    }
    double rate = dt * w / b.tauS();
    if (isAny(s, eqNoInput + rate, preEqNoInput + rate)) {
      return input(Mistake.INPUT_ADDED_AS_RATE, what);
    }
    if (isAny(s, ownNoInput, eqNoInput, preEqNoInput)) {
      double vNoInput = b.v() + dt * b.dvdt();
      double v = step.after().v();
      if (isAny(v, vNoInput + w, vNoInput + w / b.tauS())) {
        return new Finding(
            INPUT,
            Mistake.INPUT_ADDED_TO_V,
            what + ", and v jumped instead: " + Mistake.INPUT_ADDED_TO_V.description() + ".");
      }
      return new Finding(INPUT, null, what + ": the incoming spikes were not added to s.");
    }
    return null;
  }

  private static Finding input(Mistake mistake, String what) {
    return new Finding(INPUT, mistake, what + ": " + mistake.description() + ".");
  }

  // ----------------------------------------------------------------------- spike time and reset

  private static Finding judgeSpikeTime(LifRun.Step step) {
    Before b = step.before();
    double dt = step.run().dt();
    double actual = step.after().newSpikes()[0];
    List<Double> accepted = StepEnvelope.interpolatedSpikeTimes(b, dt, step.after().s());
    if (accepted.isEmpty() || Near.any(actual, accepted, TOL)) {
      return null;
    }
    double start = b.t();
    double end = start + dt;
    String what =
        "your spike at "
            + Fmt.time(actual)
            + " in the step "
            + step.from()
            + ", expected "
            + Fmt.time(accepted.get(0))
            + " (linear interpolation of where v crossed 1)";
    if (Near.within(actual, end, TOL) || Near.within(actual, start, TOL)) {
      return new Finding(
          INTERPOLATION,
          Mistake.SPIKE_TIME_NOT_INTERPOLATED,
          "spike time is not interpolated: "
              + what
              + "; your time is the "
              + (Near.within(actual, end, TOL) ? "end" : "start")
              + " of the step.");
    }
    return new Finding(
        INTERPOLATION, null, "spike time is not the linear interpolation: " + what + ".");
  }

  private static Finding judgeReset(LifRun.Step step) {
    Before b = step.before();
    StepEnvelope.After a = step.after();
    double dt = step.run().dt();
    String afterSpike = Crossing.afterSpike(step);
    if (!Near.within(a.v(), 1, TOL) && !Near.within(a.v(), 0, TOL)) {
      double integrated = b.v() + dt * b.dvdt();
      String what =
          afterSpike
              + ", v should be reset (to 1, which the next step turns to 0, or to 0 at once), but it"
              + " is "
              + Fmt.num(a.v());
      if (a.v() > 1 || Near.within(a.v(), integrated, 1e-6)) {
        return new Finding(
            RESET, Mistake.V_NOT_RESET, what + ": " + Mistake.V_NOT_RESET.description() + ".");
      }
      return new Finding(RESET, null, what + ".");
    }
    return judgeRefractoryStart(step);
  }

  /**
   * Judges the refractory period a spiking step starts: refRemaining is tauRef counted from the
   * spike the neuron recorded (whose time is the interpolation check's business) or from the step,
   * so at most one step less than tauRef.
   */
  static Finding judgeRefractoryStart(LifRun.Step step) {
    Before b = step.before();
    StepEnvelope.After a = step.after();
    double dt = step.run().dt();
    double tauRef = b.tauRef();
    double ref = a.ref();
    double[] own = a.newSpikes();
    double fromOwnSpike = own.length > 0 ? tauRef - (b.t() + dt - own[0]) : Double.NaN;
    boolean fromOwn =
        Near.between(fromOwnSpike, TOL, tauRef + 1e-12, 0) && Near.within(ref, fromOwnSpike, TOL);
    if (fromOwn || Near.between(ref, tauRef - dt, tauRef, TOL)) {
      return null;
    }
    String what =
        Crossing.afterSpike(step)
            + ", refRemaining should start the refractory period of tauRef = "
            + Fmt.num(tauRef)
            + " s (from the spike or from the step), so lie between "
            + Fmt.num(tauRef - dt)
            + " and "
            + Fmt.num(tauRef)
            + " s, but it is "
            + Fmt.num(ref)
            + " s";
    if (Near.between(ref, Double.NEGATIVE_INFINITY, 0, TOL)) {
      return new Finding(
          REFRACTORY,
          Mistake.NO_REFRACTORY_PERIOD,
          what + ": " + Mistake.NO_REFRACTORY_PERIOD.description() + ".");
    }
    return new Finding(REFRACTORY, null, what + ".");
  }

  // ------------------------------------------------------------------ v between spikes

  private static Finding judgeMotion(LifRun.Step step, List<Outcome> outcomes) {
    Before b = step.before();
    StepEnvelope.After a = step.after();
    double dt = step.run().dt();
    for (Outcome outcome : outcomes) {
      if (outcome.matches(a)) {
        return null;
      }
    }
    if (StepEnvelope.motionAcceptable(withUpdatedSlope(step), dt, a)) {
      return updatedState(step);
    }
    double v = a.v();
    String what =
        "after the step "
            + step.from()
            + ", your neuron has v = "
            + Fmt.num(v)
            + ", refRemaining = "
            + Fmt.num(a.ref())
            + " s";
    if (b.ref() >= dt - 1e-12) {
      if (!Near.within(v, 0, TOL)) {
        return new Finding(
            REFRACTORY,
            Mistake.NO_REFRACTORY_PERIOD,
            what
                + ", but v must stay at 0 while the refractory period lasts: "
                + Mistake.NO_REFRACTORY_PERIOD.description()
                + ".");
      }
      boolean millisecond =
          !Near.within(dt, 0.001, 1e-15) && Near.within(a.ref(), b.ref() - 0.001, TOL);
      return new Finding(
          REFRACTORY,
          null,
          what
              + ", but refRemaining should count down by dt to "
              + Fmt.num(b.ref() - dt)
              + " s"
              + (millisecond
                  ? ": it went down by 1 ms in a step of " + Fmt.num(dt) + " s. Use dt, not 1 ms."
                  : "."));
    }
    if (b.refractory()) {
      double canonical = b.v() + (dt - b.ref()) * b.dvdt();
      String partial =
          what
              + ", but the refractory period ends "
              + Fmt.num(b.ref())
              + " s into the step, so v integrates over the rest of it, dt - refRemaining = "
              + Fmt.num(dt - b.ref())
              + " s, to "
              + Fmt.num(canonical)
              + " (or is held at 0 for the whole step)";
      String wrongPart = null;
      if (isAny(v, b.v() + b.ref() * b.dvdt(), b.v() + b.ref() * (b.s() - b.v()) / b.tauM())) {
        wrongPart = "; yours integrated over the refractory part, refRemaining";
      } else if (isAny(v, b.v() + dt * b.dvdt(), b.v() + dt * (b.s() - b.v()) / b.tauM())) {
        wrongPart = "; yours integrated over the whole step, refractory part included";
      }
      if (wrongPart != null) {
        return new Finding(
            REFRACTORY,
            Mistake.PARTIAL_STEP_WRONG_PART,
            partial + wrongPart + ": " + Mistake.PARTIAL_STEP_WRONG_PART.description() + ".");
      }
      return new Finding(REFRACTORY, null, partial + ".");
    }
    double w = step.received();
    double vNoInput = b.v() + dt * b.dvdt();
    if (w != 0 && isAny(v, vNoInput + w, vNoInput + w / b.tauS())) {
      return new Finding(
          INPUT,
          Mistake.INPUT_ADDED_TO_V,
          what
              + ": the incoming spike went into v; "
              + Mistake.INPUT_ADDED_TO_V.description()
              + ".");
    }
    return new Finding(
        EULER,
        null,
        what
            + ", but v + dt dv/dt = "
            + Fmt.num(vNoInput)
            + " (tauM = "
            + Fmt.num(b.tauM())
            + " s).");
  }

  /** The state before the step with dv/dt taken from the s after it (a mistake, euler's). */
  private static Before withUpdatedSlope(LifRun.Step step) {
    Before b = step.before();
    return new Before(
        b.t(),
        b.v(),
        b.s(),
        b.ref(),
        b.incoming(),
        (step.after().s() - b.v()) / b.tauM(),
        b.dsdt(),
        b.tauM(),
        b.tauRef(),
        b.tauS());
  }

  private static boolean updatedSlopeCrosses(LifRun.Step step) {
    Before b = step.before();
    return b.v() + step.run().dt() * (step.after().s() - b.v()) / b.tauM() >= 1;
  }

  private static Finding updatedState(LifRun.Step step) {
    Before b = step.before();
    return new Finding(
        EULER,
        Mistake.SLOPE_USES_UPDATED_STATE,
        "v after the step "
            + step.from()
            + " should be v + dt dv/dt = "
            + Fmt.num(b.v() + step.run().dt() * b.dvdt())
            + ", but your step gave "
            + Fmt.num(step.after().v())
            + ": "
            + Mistake.SLOPE_USES_UPDATED_STATE.description()
            + ". Use dvdt as slope() saved it, from the state at the start of the step.");
  }

  // --------------------------------------------------------------------------------- histories

  /**
   * Judges what a step recorded in the histories: one value each, the state after the step (at a
   * spike, 1 recorded while v is already 0, or the reverse, is the same step: the footnote allows
   * either value, and the history is what the assignment asks for).
   */
  static Finding judgeHistories(LifRun.Step step, boolean spiked) {
    int vGrowth = step.vHistoryGrowth();
    int sGrowth = step.sHistoryGrowth();
    if (vGrowth != 1 || sGrowth != 1) {
      String what =
          "one step added "
              + vGrowth
              + " value(s) to the v history and "
              + sGrowth
              + " to the s history; it should add one to each";
      if (vGrowth == 0 && sGrowth == 0) {
        return new Finding(
            HISTORIES,
            Mistake.HISTORY_NOT_RECORDED,
            what + ": " + Mistake.HISTORY_NOT_RECORDED.description() + ".");
      }
      if (vGrowth == 2 || sGrowth == 2) {
        return new Finding(
            HISTORIES,
            Mistake.HISTORY_RECORDED_TWICE,
            what + ": " + Mistake.HISTORY_RECORDED_TWICE.description() + ".");
      }
      return new Finding(HISTORIES, null, what + ".");
    }
    if (historyMatches(step, spiked)) {
      return null;
    }
    boolean old =
        Near.within(step.lastV(), step.before().v(), TOL)
            && Near.within(step.lastS(), step.before().s(), TOL);
    return new Finding(
        HISTORIES,
        null,
        "after the step "
            + step.from()
            + ", the histories recorded v = "
            + Fmt.num(step.lastV())
            + ", s = "
            + Fmt.num(step.lastS())
            + " but the neuron's state is v = "
            + Fmt.num(step.after().v())
            + ", s = "
            + Fmt.num(step.after().s())
            + (old ? ": the histories hold the state before the step, not after it." : "."));
  }

  private static boolean historyMatches(LifRun.Step step, boolean spiked) {
    if (!Near.relative(step.lastS(), step.after().s(), TOL)) {
      return false;
    }
    if (Near.within(step.lastV(), step.after().v(), TOL)) {
      return true;
    }
    return spiked && isZeroOrOne(step.lastV()) && isZeroOrOne(step.after().v());
  }

  private static boolean isZeroOrOne(double v) {
    return Near.within(v, 0, TOL) || Near.within(v, 1, TOL);
  }

  /** s after the step without input, with the neuron's own ds/dt. */
  private static double ownNoInput(LifRun.Step step) {
    return step.before().s() + step.run().dt() * step.before().dsdt();
  }

  /** s after the step without input, with the equation's ds/dt = -s / tauS. */
  private static double equationsNoInput(LifRun.Step step) {
    Before b = step.before();
    return b.s() - step.run().dt() * b.s() / b.tauS();
  }

  private static boolean isAny(double actual, double... candidates) {
    for (double candidate : candidates) {
      if (Near.relative(actual, candidate, TOL)) {
        return true;
      }
    }
    return false;
  }
}
