package neurograde.hidden.checks;

import java.util.List;
import java.util.Locale;
import neurograde.hidden.Check;
import neurograde.hidden.CheckFailure;
import neurograde.hidden.Mistake;
import neurograde.hidden.driver.Driver;
import neurograde.hidden.model.Near;
import neurograde.hidden.model.StepEnvelope;
import neurograde.hidden.model.StepEnvelope.Outcome;
import org.junit.jupiter.api.Order;

/**
 * Question 1b: {@code step(dt)}. Each check runs a short scenario on the student's neuron and
 * judges every step from the state and slopes the neuron had just before it, so a step is never
 * charged for an earlier one or for {@code slope}.
 *
 * <p>Scenarios that spike do so only after at least one ordinary step since the state was set, so a
 * step that takes the previous v from its history (a legitimate variant) has one.
 */
@Order(2)
final class StepChecks {

  /** The published sequence that crosses the threshold: t = 0.3 s, v = 0.98, s = 1.3. */
  private static LifRun publishedCrossing(Driver driver) {
    return LifRun.standard(driver).set(0.3, 0.98, 1.3, 0);
  }

  @Check(
      value = "step.euler",
      uses = {"LIFNeuron#*"})
  void euler() {
    Driver driver = StepLayer.driver();
    List<LifRun> runs =
        List.of(
            LifRun.standard(driver).set(0.1, 0.2, 0.7, 0),
            LifRun.of(driver, 0.01, 0.002, 0.2, 0.0005).set(0, 0.5, -0.4, 0));
    for (LifRun run : runs) {
      for (int i = 0; i < 3; i++) {
        LifRun.Step step = run.step();
        checkClock(step, run.dt());
        checkS(step, run.dt());
        StepEnvelope.Before b = step.before();
        if (!StepEnvelope.motionAcceptable(b, run.dt(), step.after())) {
          double expected = b.v() + run.dt() * (b.s() - b.v()) / b.tauM();
          double updated = b.v() + run.dt() * (step.after().s() - b.v()) / b.tauM();
          String what =
              "v after one step of "
                  + Fmt.num(run.dt())
                  + " s "
                  + step.from()
                  + " (tauM = "
                  + Fmt.num(b.tauM())
                  + " s) should be v + dt dv/dt = "
                  + Fmt.num(expected)
                  + ", but your step gave "
                  + Fmt.num(step.after().v());
          if (Near.within(step.after().v(), updated, StepEnvelope.TOL)) {
            throw CheckFailure.fail(
                Mistake.SLOPE_USES_UPDATED_STATE,
                what
                    + ": "
                    + Mistake.SLOPE_USES_UPDATED_STATE.description()
                    + ". Use dvdt as slope() saved it, from the state at the start of the step.");
          }
          throw CheckFailure.fail(what + ".");
        }
      }
    }
    NeuronAudit.chargeQuiet(StepJudge.EULER);
  }

  @Check(
      value = "step.input-scaling",
      uses = {"LIFNeuron#*"})
  void inputScaling() {
    Driver driver = StepLayer.driver();
    LifRun run = LifRun.of(driver, 0.02, 0.002, 0.1, LifRun.DT).set(0, 0.1, 0.2, 0);
    run.step();
    LifRun.Step received = run.step(0.03, 0.02);
    StepEnvelope.Before b = received.before();
    double dt = run.dt();
    // Judged by the spikes delivered, not by what the neuron holds after slope(): the work may be
    // split between slope and step in any way.
    if (!StepJudge.sAccepted(received)) {
      double expected = b.s() + dt * b.dsdt() + 0.05 / b.tauS();
      double actual = received.after().s();
      String what =
          "after receiveSpike(0.03) and receiveSpike(0.02), s "
              + received.from()
              + " should be s + dt ds/dt + (0.03 + 0.02) / tauS = "
              + Fmt.num(expected)
              + " (tauS = 0.1 s), but your step gave "
              + Fmt.num(actual);
      StepJudge.Finding named = StepJudge.judgeInput(received, what);
      if (named != null) {
        throw named.failure();
      }
      double noInput = b.s() + dt * b.dsdt();
      if (Near.within(actual, noInput + 0.03 / b.tauS(), StepEnvelope.TOL)
          || Near.within(actual, noInput + 0.02 / b.tauS(), StepEnvelope.TOL)) {
        throw CheckFailure.fail(
            what
                + ": only one of the two spikes counted; receiveSpike must add to the input, not replace it.");
      }
      throw CheckFailure.fail(what + ".");
    }
    LifRun.Step next = run.step();
    // No spike arrived for this step: judged with no input, whatever the neuron still holds.
    if (!StepJudge.sAccepted(next)) {
      StepEnvelope.Before n = next.before();
      double expected = n.s() + dt * n.dsdt();
      double again = expected + 0.05 / b.tauS();
      String what =
          "in the step after the spikes were integrated, with no new spikes, s "
              + next.from()
              + " should be "
              + Fmt.num(expected)
              + ", but your step gave "
              + Fmt.num(next.after().s());
      if (Near.within(next.after().s(), again, StepEnvelope.TOL)
          || Near.within(
              next.after().s(),
              n.s() - dt * n.s() / n.tauS() + 0.05 / b.tauS(),
              StepEnvelope.TOL)) {
        throw CheckFailure.fail(
            Mistake.INPUT_NOT_CLEARED,
            what
                + ": "
                + Mistake.INPUT_NOT_CLEARED.description()
                + ". Set weightedIncomingSpikes to 0 at the end of step().");
      }
      throw CheckFailure.fail(what + ".");
    }
    NeuronAudit.chargeQuiet(StepJudge.INPUT);
  }

  @Check(
      value = "step.spike-detection",
      uses = {"LIFNeuron#*"})
  void spikeDetection() {
    Driver driver = StepLayer.driver();
    LifRun below = LifRun.standard(driver).set(0.1, 0.9, 1.05, 0);
    for (int i = 0; i < 3; i++) {
      LifRun.Step step = below.step();
      // Judged from the state before the step: a neuron whose s or v has gone astray through
      // another bug (Euler's, slope's) may really cross 1 here.
      boolean mayCross =
          StepEnvelope.outcomes(step.before(), below.dt()).stream().anyMatch(Outcome::spike);
      if (step.after().newSpikes().length > 0 && !mayCross) {
        throw CheckFailure.fail(
            "a spike was recorded at "
                + Fmt.time(step.after().newSpikes()[0])
                + " in a step "
                + step.from()
                + ", in which v only reaches "
                + Fmt.num(
                    step.before().v()
                        + below.dt()
                            * (step.before().s() - step.before().v())
                            / step.before().tauM())
                + ", below the threshold 1.");
      }
    }
    LifRun crossing = publishedCrossing(driver);
    boolean spiked = false;
    for (int i = 0; i < 4 && !spiked; i++) {
      LifRun.Step step = crossing.step();
      List<Outcome> outcomes = StepEnvelope.outcomes(step.before(), crossing.dt());
      int recorded = step.after().newSpikes().length;
      if (outcomes.stream().allMatch(Outcome::spike) && recorded != 1) {
        throw CheckFailure.fail(
            "in the step "
                + step.from()
                + ", v reaches "
                + Fmt.num(outcomes.get(0).vIntegrated())
                + ", so the neuron spikes once; your step recorded "
                + recorded
                + " spikes.");
      }
      if (recorded > 1) {
        throw CheckFailure.fail(
            "one step "
                + step.from()
                + " recorded "
                + recorded
                + " spikes; a step records at most one.");
      }
      spiked = recorded == 1;
    }
    if (!spiked) {
      neverFires(crossing);
    }
    // When in the step the spike happened is the interpolation check's business.
    // Dyadic numbers make every formula exact: v lands on 1.0 exactly, which is a spike (v >= 1).
    // Judged only if the first step reached the designed state; otherwise an earlier bug decides.
    double dt = 0.0009765625;
    LifRun exact =
        LifRun.of(driver, 0.03125, 0.00390625, 0.125, dt).set(0.5, 0.92578125, 2.140625, 0);
    exact.step();
    LifRun.Step onThreshold = exact.step();
    boolean designed =
        onThreshold.before().v() == 0.9637451171875 && onThreshold.before().s() == 2.1239013671875;
    if (designed && onThreshold.after().newSpikes().length == 0) {
      throw CheckFailure.fail(
          Mistake.THRESHOLD_STRICT,
          "in a step where v reaches exactly 1 ("
              + onThreshold.from()
              + ", tauM = 0.03125 s, dt = 2^-10 s), the neuron should spike, but your step recorded no spike: "
              + Mistake.THRESHOLD_STRICT.description()
              + ".");
    }
    NeuronAudit.chargeFull(StepJudge.DETECTION);
  }

  /**
   * Fails unless some state near the threshold makes the neuron spike: a step that never fires
   * cannot keep the mark of detecting its spikes (SPEC: a neuron that never fires cannot keep the
   * marks of step). Only where the neuron's slope() gives the equations' slopes (its own, or ending
   * in them: {@link StepLayer}); otherwise the slopes may be to blame.
   */
  private static void neverFires(LifRun crossing) {
    if (!StepLayer.slopesRight()) {
      return; // the slopes may be to blame: what detection would do cannot be seen
    }
    try {
      Crossing.find(publishedCrossing(crossing.driver()), "spike detection");
    } catch (CheckFailure e) {
      List<LifRun.Step> steps = crossing.steps();
      throw CheckFailure.fail(
          "your neuron never spiked: "
              + steps.get(0).from()
              + " v should cross 1 in the second step, but after "
              + steps.size()
              + " steps it is "
              + Fmt.num(steps.get(steps.size() - 1).after().v())
              + " and no spike was recorded, nor from other states near the threshold; a neuron"
              + " that never fires cannot keep the mark of spike detection.");
    }
  }

  @Check(
      value = "step.interpolation",
      uses = {"LIFNeuron#*"})
  void interpolation() {
    Driver driver = StepLayer.driver();
    List<LifRun> runs =
        List.of(
            publishedCrossing(driver),
            LifRun.of(driver, 0.01, 0.002, 0.05, LifRun.DT).set(1.2, 0.9, 1.4, 0));
    for (LifRun run : runs) {
      LifRun.Step spiking = Crossing.find(run, "the spike time");
      if (spiking.after().newSpikes().length == 0) {
        throw CheckFailure.fail(
            "your neuron crossed the threshold "
                + spiking.from()
                + " and reset, but recorded no spike time to check (see the spike detection"
                + " check).");
      }
      double actual = spiking.after().newSpikes()[0];
      List<Double> accepted =
          StepEnvelope.interpolatedSpikeTimes(spiking.before(), run.dt(), spiking.after().s());
      if (accepted.isEmpty()) {
        throw CheckFailure.fail(
            "your neuron spiked at "
                + Fmt.time(actual)
                + " in a step "
                + spiking.from()
                + " where v does not reach 1 (see the spike detection check).");
      }
      if (!Near.any(actual, accepted, StepEnvelope.TOL)) {
        double expected = accepted.get(0);
        StepEnvelope.Before b = spiking.before();
        double start = b.t();
        double end = start + run.dt();
        double reached = b.v() + run.dt() * b.dvdt();
        String what =
            "your spike at "
                + Fmt.time(actual)
                + ", expected "
                + Fmt.time(expected)
                + ": interpolating between v = "
                + Fmt.num(b.v())
                + " at "
                + Fmt.time(start)
                + " and v = "
                + Fmt.num(reached)
                + " at "
                + Fmt.time(end)
                + " puts the crossing of 1 there";
        if (Near.within(actual, end, StepEnvelope.TOL)
            || Near.within(actual, start, StepEnvelope.TOL)) {
          String which = Near.within(actual, end, StepEnvelope.TOL) ? "end" : "start";
          throw CheckFailure.fail(
              Mistake.SPIKE_TIME_NOT_INTERPOLATED,
              "spike time is not interpolated: "
                  + what
                  + "; your time is the "
                  + which
                  + " of the step.");
        }
        throw CheckFailure.fail("spike time is not the linear interpolation: " + what + ".");
      }
    }
    spikeWhereTheRefractoryPeriodEnds(driver);
    NeuronAudit.chargeFull(StepJudge.INTERPOLATION);
  }

  /** Time step of the partial-step scenarios: 2^-10 s, so the refractory time left is exact. */
  private static final double PARTIAL_DT = 0.0009765625;

  /**
   * A spike in the step where the refractory period ends, a quarter of the way in: the crossing is
   * interpolated over the part of the step after the period, from t0 = t + refRemaining. Judged
   * only for a neuron that integrates that part as the canonical model does (seen on a step that
   * does not reach 1): one that holds v for the whole step (a variant) has no such spike, and one
   * that integrates another part is charged by the refractory check.
   */
  private static void spikeWhereTheRefractoryPeriodEnds(Driver driver) {
    LifRun.Step quiet = partialStep(driver, 15);
    double left = quiet.before().ref();
    if (left < 1e-12
        || left > PARTIAL_DT - 1e-12
        || partialValues(quiet.before()).stream()
            .noneMatch(v -> Near.within(quiet.after().v(), v, StepEnvelope.TOL))) {
      return;
    }
    LifRun.Step spiking = partialStep(driver, 60);
    double[] spikes = spiking.after().newSpikes();
    StepEnvelope.Before b = spiking.before();
    double h = PARTIAL_DT - b.ref();
    double t0 = b.t() + b.ref();
    List<Double> accepted = new java.util.ArrayList<>();
    for (double v : partialValues(b)) {
      if (v >= 1 - 1e-12 && v != b.v()) {
        accepted.add(t0 + h * (1 - b.v()) / (v - b.v()));
      }
    }
    // No spike, or one where v does not reach 1: the spike detection check's business.
    if (spikes.length != 1
        || accepted.isEmpty()
        || Near.any(spikes[0], accepted, StepEnvelope.TOL)) {
      return;
    }
    double actual = spikes[0];
    double expected = accepted.get(0);
    String hint = "";
    if (Near.within(actual, expected - b.ref(), StepEnvelope.TOL)) {
      hint =
          ": yours is interpolated from the start of the step, t, but v only starts to move at t0 ="
              + " t + refRemaining";
    } else if (Near.within(actual, t0 + (expected - t0) * PARTIAL_DT / h, StepEnvelope.TOL)) {
      hint =
          ": yours scales the crossing by the whole step, dt, but v moved only over the part after"
              + " the period, h = dt - refRemaining";
    } else if (actual > b.t() + PARTIAL_DT + StepEnvelope.TOL) {
      hint = ", after the end of the step";
    }
    throw CheckFailure.fail(
        "spike time is not the linear interpolation: in a step "
            + spiking.from()
            + " (dt = 2^-10 s) the refractory period ends "
            + Fmt.num(b.ref())
            + " s into the step and v integrates over the rest of it, so the crossing of 1 is at "
            + Fmt.time(accepted.get(0))
            + ", but your spike is at "
            + Fmt.time(actual)
            + hint
            + ".");
  }

  /** The second step of a neuron set in its refractory period, which ends a quarter into it. */
  private static LifRun.Step partialStep(Driver driver, double s) {
    LifRun run =
        LifRun.of(driver, 0.02, 0.002, 0.05, PARTIAL_DT).set(0.25, 0, s, 1.25 * PARTIAL_DT);
    run.step();
    return run.step();
  }

  /**
   * v after integrating the part of the step after the period, with the student's slope or the
   * equations'.
   */
  private static List<Double> partialValues(StepEnvelope.Before b) {
    double h = PARTIAL_DT - b.ref();
    return List.of(b.v() + h * b.dvdt(), b.v() + h * (b.s() - b.v()) / b.tauM());
  }

  @Check(
      value = "step.reset",
      uses = {"LIFNeuron#*"})
  void reset() {
    Driver driver = StepLayer.driver();
    LifRun designed = publishedCrossing(driver);
    LifRun.Step spiking = Crossing.find(designed, "the reset");
    LifRun run = spiking.run();
    double v = spiking.after().v();
    if (!Near.within(v, 1, StepEnvelope.TOL) && !Near.within(v, 0, StepEnvelope.TOL)) {
      double integrated =
          spiking.before().v()
              + run.dt() * (spiking.before().s() - spiking.before().v()) / spiking.before().tauM();
      String what =
          Crossing.afterSpike(spiking)
              + ", v should be reset (to 1, which the next step"
              + " turns to 0, or to 0 at once), but it is "
              + Fmt.num(v);
      if (Near.within(v, integrated, 1e-6) || v > 1) {
        throw CheckFailure.fail(
            Mistake.V_NOT_RESET, what + ": " + Mistake.V_NOT_RESET.description() + ".");
      }
      throw CheckFailure.fail(what + ".");
    }
    if (!StepJudge.sAccepted(spiking)) {
      double expected = spiking.before().s() + run.dt() * spiking.before().dsdt();
      double s = spiking.after().s();
      String what =
          Crossing.afterSpike(spiking)
              + ", s should carry on as in any step, to s + dt ds/dt = "
              + Fmt.num(expected)
              + ", but it is "
              + Fmt.num(s);
      if (Near.within(s, 0, StepEnvelope.TOL)) {
        throw CheckFailure.fail(
            Mistake.S_RESET_AT_SPIKE, what + ": " + Mistake.S_RESET_AT_SPIKE.description() + ".");
      }
      throw CheckFailure.fail(what + ": only v is reset at a spike.");
    }
    for (int i = 0; i < 3; i++) {
      LifRun.Step after = run.step();
      if (after.after().v() >= 1 && after.after().newSpikes().length == 0) {
        throw CheckFailure.fail(
            Mistake.V_NOT_RESET,
            "v is "
                + Fmt.num(after.after().v())
                + " "
                + (i + 1)
                + " step(s) after the spike: "
                + Mistake.V_NOT_RESET.description()
                + ".");
      }
    }
    NeuronAudit.chargeFull(StepJudge.RESET);
  }

  @Check(
      value = "step.refractory",
      uses = {"LIFNeuron#*"})
  void refractory() {
    Driver driver = StepLayer.driver();
    StepJudge.InputHandling input = NeuronAudit.inputHandling(driver);
    List<LifRun> runs =
        List.of(
            publishedCrossing(driver),
            LifRun.of(driver, 0.02, 0.0045, 0.05, LifRun.DT).set(0.7, 0.95, 1.6, 0));
    for (LifRun designed : runs) {
      LifRun.Step spiking = Crossing.find(designed, "the refractory period");
      LifRun run = spiking.run();
      double dt = run.dt();
      double tauRef = spiking.before().tauRef();
      double ref = spiking.after().ref();
      String afterSpike = Crossing.afterSpike(spiking);
      if (ref <= StepEnvelope.TOL) {
        LifRun.Step next = run.step();
        if (!Near.within(next.after().v(), 0, StepEnvelope.TOL)) {
          throw CheckFailure.fail(
              Mistake.NO_REFRACTORY_PERIOD,
              afterSpike
                  + ", refRemaining stayed "
                  + Fmt.num(ref)
                  + " s and the next step"
                  + " moved v to "
                  + Fmt.num(next.after().v())
                  + ": "
                  + Mistake.NO_REFRACTORY_PERIOD.description()
                  + " (tauRef = "
                  + Fmt.num(tauRef)
                  + " s).");
        }
      }
      StepJudge.Finding start = StepJudge.judgeRefractoryStart(spiking);
      if (start != null) {
        throw start.failure();
      }
      boolean resumed = false;
      double previous = 0;
      for (int i = 0; i < (int) Math.ceil(tauRef / dt) + 2; i++) {
        // Input arrives while v is surely held (refRemaining >= dt), where every variant agrees.
        boolean held = run.steps().get(run.steps().size() - 1).after().ref() >= dt + 1e-12;
        LifRun.Step step = held ? run.step(0.02) : run.step();
        StepEnvelope.Before b = step.before();
        double v = step.after().v();
        String what =
            (i + 1)
                + " step(s) "
                + afterSpike
                + ", "
                + step.from()
                + ", your step gave v = "
                + Fmt.num(v)
                + ", refRemaining = "
                + Fmt.num(step.after().ref())
                + " s";
        if (b.ref() >= dt - 1e-12 && !spikesAsTheEnvelopeAllows(step)) {
          if (!Near.within(v, 0, StepEnvelope.TOL) || step.after().newSpikes().length > 0) {
            throw CheckFailure.fail(
                Mistake.NO_REFRACTORY_PERIOD,
                what
                    + ", but v must stay at 0 while the refractory period lasts: "
                    + Mistake.NO_REFRACTORY_PERIOD.description()
                    + ".");
          }
          double next = b.ref() - dt;
          if (!Near.within(step.after().ref(), next, StepEnvelope.TOL)
              && !Near.within(step.after().ref(), Math.max(0, next), StepEnvelope.TOL)) {
            throw CheckFailure.fail(
                what + ", but refRemaining should count down by dt to " + Fmt.num(next) + " s.");
          }
        } else if (!b.refractory() && Near.within(v, 0, StepEnvelope.TOL) && b.s() > 0.1) {
          throw CheckFailure.fail(
              what
                  + ", but the refractory period (tauRef = "
                  + Fmt.num(tauRef)
                  + " s) is over, so v should integrate again.");
        }
        // s must decay and take its input as always; v must leave the period as a variant does.
        StepJudge.Finding finding = StepJudge.judge(step, previous, input);
        if (finding != null && finding.check().equals(StepJudge.REFRACTORY)) {
          throw finding.failure();
        }
        previous = step.received();
        resumed |= !Near.within(v, 0, StepEnvelope.TOL);
      }
      if (!resumed) {
        throw CheckFailure.fail(
            "v stayed at 0 for more than tauRef = "
                + Fmt.num(tauRef)
                + " s "
                + afterSpike
                + ": the refractory period never ended.");
      }
    }
    NeuronAudit.chargeFull(StepJudge.REFRACTORY);
  }

  @Check(
      value = "step.histories",
      uses = {"LIFNeuron#*"})
  void histories() {
    Driver driver = StepLayer.driver();
    LifRun run = publishedCrossing(driver);
    for (int i = 0; i < 5; i++) {
      LifRun.Step step = run.step();
      StepJudge.Finding finding = StepJudge.judgeHistories(step, Crossing.spiked(step));
      if (finding != null) {
        throw finding.failure();
      }
    }
    NeuronAudit.chargeFull(StepJudge.HISTORIES);
  }

  /**
   * showState() comes written in the template, so this half mark of 1b is judged on the state the
   * student's step leaves: an unfinished step (the template's) earns nothing here either.
   */
  @Check(
      value = "step.show-state",
      uses = {"LIFNeuron#*"})
  void showState() {
    Driver driver = StepLayer.driver();
    LifRun run = LifRun.standard(driver).set(0.3, 0.98, 1.3, 0.00125);
    expectShown(run, run.driver().showState(run.neuron()));
    run.step(0.01);
    expectShown(run, run.driver().showState(run.neuron()));
    LifRun fresh = LifRun.standard(driver).set(0, 0, 0, 0);
    String shown = fresh.driver().showState(fresh.neuron());
    if (!shown.equals("0.0000s: s=0.000, v=0.0000, ref remaining=0.00000")) {
      throw CheckFailure.fail(
          "a neuron at rest should show [0.0000s: s=0.000, v=0.0000, ref remaining=0.00000], but yours shows ["
              + shown
              + "].");
    }
  }

  /**
   * Whether the step spiked as some accepted variant may from its state, the spike's time aside
   * (the interpolation check's business). Only a neuron held at v = 1 whose refRemaining is within
   * rounding of dt can: the part of the step after the period is then a sliver that starts at 1. A
   * spike time at the start of the step leaves refRemaining at tauRef - dt, within rounding of dt.
   */
  private static boolean spikesAsTheEnvelopeAllows(LifRun.Step step) {
    StepEnvelope.After a = step.after();
    return a.newSpikes().length == 1
        && StepEnvelope.outcomes(step.before(), step.run().dt()).stream()
            .anyMatch(
                o ->
                    o.spike()
                        && o.vAccepted(a.v())
                        && Near.between(a.ref(), o.refMin(), o.refMax(), StepEnvelope.TOL));
  }

  private static void expectShown(LifRun run, String shown) {
    var state = run.driver().state(run.neuron());
    String expected =
        String.format(
            Locale.ROOT,
            "%6.4fs: s=%5.3f, v=%6.4f, ref remaining=%7.5f",
            state.t(),
            state.s(),
            state.v(),
            state.refRemaining());
    if (!expected.equals(shown)) {
      throw CheckFailure.fail(
          "showState() should print the neuron's state as ["
              + expected
              + "] (the published format), but it printed ["
              + shown
              + "].");
    }
  }

  private static void checkClock(LifRun.Step step, double dt) {
    double expected = step.before().t() + dt;
    if (!Near.within(step.after().t(), expected, StepEnvelope.TOL)) {
      throw CheckFailure.fail(
          "the neuron's clock t should advance by dt = "
              + Fmt.num(dt)
              + " s in each step, from "
              + Fmt.num(step.before().t())
              + " to "
              + Fmt.num(expected)
              + " s, but it became "
              + Fmt.num(step.after().t())
              + " s.");
    }
  }

  private static void checkS(LifRun.Step step, double dt) {
    if (!StepEnvelope.sAcceptable(step.before(), dt, step.after().s())) {
      StepEnvelope.Before b = step.before();
      throw CheckFailure.fail(
          "s after one step of "
              + Fmt.num(dt)
              + " s "
              + step.from()
              + " (tauS = "
              + Fmt.num(b.tauS())
              + " s) should be s + dt ds/dt = "
              + Fmt.num(StepEnvelope.acceptableS(b, dt).get(0))
              + ", but your step gave "
              + Fmt.num(step.after().s())
              + ".");
    }
  }
}
