package neurograde.hidden.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import neurograde.hidden.model.StepEnvelope.After;
import neurograde.hidden.model.StepEnvelope.Before;
import neurograde.hidden.model.StepEnvelope.Outcome;
import neurons.LIFNeuron;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class StepEnvelopeTest {

  /** Agreement with the published values, which the reference reproduces to the last digits. */
  private static final double PUBLISHED_TOL = 1e-12;

  private static final double DT = 0.001;

  // ---------------------------------------------------------------- the canonical transitions

  /**
   * One of the course's published state sequences: a setup, dt, and the states shown after each
   * step.
   */
  private record Sequence(
      String name, JsonNode setup, double dt, List<String> states, List<Double> spikes) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Sequence> publishedSequences() {
    JsonNode published;
    try (InputStream in = StepEnvelopeTest.class.getResourceAsStream("/published-a1.json")) {
      published = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Sequence> sequences = new ArrayList<>();
    for (JsonNode entry : published.get("showState")) {
      List<String> states = new ArrayList<>();
      entry.get("states").forEach(s -> states.add(s.asText()));
      List<Double> spikes = new ArrayList<>();
      if (entry.has("spikes")) {
        entry.get("spikes").forEach(s -> spikes.add(s.asDouble()));
      }
      sequences.add(
          new Sequence(
              entry.get("setup").toString(),
              entry.get("setup"),
              entry.get("dt").asDouble(),
              states,
              spikes));
    }
    return sequences.stream();
  }

  private static LIFNeuron setUp(JsonNode setup) {
    LIFNeuron neuron = new LIFNeuron();
    if (setup.has("t")) {
      neuron.setT(setup.get("t").asDouble());
    }
    if (setup.has("v")) {
      neuron.setV(setup.get("v").asDouble());
    }
    if (setup.has("s")) {
      neuron.setS(setup.get("s").asDouble());
    }
    if (setup.has("refRemaining")) {
      neuron.setRefRemaining(setup.get("refRemaining").asDouble());
    }
    if (setup.has("receiveSpike")) {
      neuron.receiveSpike(setup.get("receiveSpike").asDouble());
    }
    return neuron;
  }

  /** The reference neuron's state just before step: after slope and any receiveSpike. */
  private static Before before(LIFNeuron n) {
    return new Before(
        n.getT(),
        n.getV(),
        n.getS(),
        n.getRefRemaining(),
        n.getWeightedIncomingSpikes(),
        n.getDvdt(),
        n.getDsdt(),
        n.getTauM(),
        n.getTauRef(),
        n.getTauS());
  }

  private static After after(LIFNeuron n, int spikesBefore) {
    List<Double> spikes = n.getSpikes();
    double[] newSpikes =
        spikes.subList(spikesBefore, spikes.size()).stream()
            .mapToDouble(Double::doubleValue)
            .toArray();
    return new After(n.getT(), n.getV(), n.getS(), n.getRefRemaining(), newSpikes);
  }

  @Nested
  class PublishedSequences {

    @ParameterizedTest(name = "{0}")
    @MethodSource("neurograde.hidden.model.StepEnvelopeTest#publishedSequences")
    void everyReferenceTransition_isInTheEnvelope(Sequence sequence) {
      LIFNeuron neuron = setUp(sequence.setup());
      assertThat(neuron.showState()).isEqualTo(sequence.states().get(0));

      for (int i = 1; i < sequence.states().size(); i++) {
        neuron.slope();
        Before b = before(neuron);
        int spikes = neuron.getSpikes().size();
        neuron.step(sequence.dt());
        After a = after(neuron, spikes);

        assertThat(neuron.showState())
            .as("published state %d", i)
            .isEqualTo(sequence.states().get(i));
        assertThat(StepEnvelope.sAcceptable(b, sequence.dt(), a.s()))
            .as("s of step %d", i)
            .isTrue();
        assertThat(StepEnvelope.motionAcceptable(b, sequence.dt(), a))
            .as("v, spikes and refRemaining of step %d", i)
            .isTrue();
      }
      assertThat(neuron.getSpikes()).hasSameSizeAs(sequence.spikes());
      for (int k = 0; k < sequence.spikes().size(); k++) {
        assertThat(neuron.getSpikes().get(k))
            .isCloseTo(sequence.spikes().get(k), within(PUBLISHED_TOL));
      }
    }

    @Test
    void publishedSpike_isOneOfTheInterpolatedTimes() {
      LIFNeuron neuron = new LIFNeuron();
      neuron.setT(0.3);
      neuron.setV(0.98);
      neuron.setS(1.3);
      neuron.slope();
      neuron.step(DT);
      neuron.slope();
      Before spiking = before(neuron);
      neuron.step(DT);

      List<Double> times = StepEnvelope.interpolatedSpikeTimes(spiking, DT, neuron.getS());

      assertThat(times)
          .anySatisfy(
              time -> assertThat(time).isCloseTo(0.30128776978417265, within(PUBLISHED_TOL)));
      assertThat(times).allSatisfy(time -> assertThat(time).isBetween(0.301, 0.302));
    }
  }

  // ---------------------------------------------------------------- variants and mistakes

  /** Ways a student's step may differ from the canonical one. */
  enum Way {
    /** SPEC 2.2: v set to 0 at the spike (the statement's footnote) instead of 1. */
    RESET_TO_ZERO(true),
    /** SPEC 2.2: v clamped for whole steps while refRemaining > 0, vPrev from the history. */
    WHOLE_STEP_REFRACTORY(true),
    /**
     * SPEC 2.2: refRemaining measured from the step's start: tauRef - dt at the end of the spiking
     * step.
     */
    REF_FROM_STEP_START(true),
    /** refRemaining measured from the step's end: tauRef. */
    REF_FROM_STEP_END(true),
    /** SPEC 2.2: step computes its slopes itself, from the state at the start of the step. */
    OWN_SLOPES(true),
    /** SPEC 2.2: spike time extrapolated from the slope, t0 + (1 - vPrev) / dvdt. */
    EXTRAPOLATED_SPIKE_TIME(true),
    /** Mistake: spike time at the end of the step. */
    SPIKE_AT_END_OF_STEP(false),
    /** Mistake: v integrates during the refractory period. */
    V_NOT_HELD(false),
    /** Mistake: incoming spikes added to s without the 1/tauS scaling. */
    INPUT_NOT_SCALED(false),
    /** Mistake: v keeps its value above threshold after a spike. */
    V_NOT_RESET(false);

    final boolean acceptable;

    Way(boolean acceptable) {
      this.acceptable = acceptable;
    }
  }

  /**
   * A LIF neuron stepped as a student might: the canonical model of SPEC 2.1 unless told otherwise.
   * Each step records the state before it and after it.
   */
  private static final class StudentNeuron {
    final double tauM = 0.02;
    final double tauRef = 0.002;
    final double tauS = 0.05;
    final Set<Way> ways;
    double t;
    double v;
    double s;
    double ref;
    double incoming;
    double dvdt;
    double dsdt;
    final List<Double> vHistory = new ArrayList<>();
    final List<Before> befores = new ArrayList<>();
    final List<After> afters = new ArrayList<>();

    StudentNeuron(Set<Way> ways, double t, double v, double s, double ref) {
      this.ways = ways;
      this.t = t;
      this.v = v;
      this.s = s;
      this.ref = ref;
    }

    void slope() {
      dvdt = (s - v) / tauM;
      dsdt = -s / tauS;
    }

    /**
     * Saves slopes that are wrong (a slope() that saves nothing), which a step computing its own
     * ignores.
     */
    void staleSlope() {
      dvdt = 0;
      dsdt = 0;
    }

    void step(double dt) {
      befores.add(new Before(t, v, s, ref, incoming, dvdt, dsdt, tauM, tauRef, tauS));
      double slopeV = ways.contains(Way.OWN_SLOPES) ? (s - v) / tauM : dvdt;
      double slopeS = ways.contains(Way.OWN_SLOPES) ? -s / tauS : dsdt;
      s += dt * slopeS + (ways.contains(Way.INPUT_NOT_SCALED) ? incoming : incoming / tauS);
      double vPrev =
          ways.contains(Way.WHOLE_STEP_REFRACTORY) && !vHistory.isEmpty()
              ? vHistory.get(vHistory.size() - 1)
              : v;
      double h;
      double t0;
      if (ways.contains(Way.V_NOT_HELD)) {
        h = dt;
        t0 = t;
        v += h * slopeV;
        ref = Math.max(0, ref - dt);
      } else if (ways.contains(Way.WHOLE_STEP_REFRACTORY)) {
        h = dt;
        t0 = t;
        if (ref > 0) {
          v = 0;
          ref -= dt;
        } else {
          v += h * slopeV;
        }
      } else if (dt - ref > 0) {
        h = dt - ref;
        t0 = t + ref;
        v += h * slopeV;
        ref = 0;
      } else {
        h = dt;
        t0 = t;
        v = 0;
        ref -= dt;
      }
      double[] spikes = {};
      if (v >= 1) {
        double tStar =
            ways.contains(Way.SPIKE_AT_END_OF_STEP)
                ? t + dt
                : ways.contains(Way.EXTRAPOLATED_SPIKE_TIME)
                    ? t0 + (1 - vPrev) / slopeV
                    : t0 + h * (1 - vPrev) / (v - vPrev);
        spikes = new double[] {tStar};
        if (!ways.contains(Way.V_NOT_RESET)) {
          v = ways.contains(Way.RESET_TO_ZERO) ? 0 : 1;
        }
        ref =
            ways.contains(Way.REF_FROM_STEP_START)
                ? tauRef - dt
                : ways.contains(Way.REF_FROM_STEP_END) ? tauRef : tauRef - (t + dt - tStar);
      }
      vHistory.add(v);
      incoming = 0;
      t += dt;
      afters.add(new After(t, v, s, ref, spikes));
    }

    /** Returns the index of the first step outside the envelope, or -1 if every step is in it. */
    int firstRejectedStep(double dt) {
      for (int i = 0; i < befores.size(); i++) {
        Before b = befores.get(i);
        After a = afters.get(i);
        if (!StepEnvelope.sAcceptable(b, dt, a.s()) || !StepEnvelope.motionAcceptable(b, dt, a)) {
          return i;
        }
      }
      return -1;
    }

    int spikeCount() {
      return (int) afters.stream().filter(a -> a.newSpikes().length > 0).count();
    }
  }

  /**
   * The published crossing (t = 0.3 s, v = 0.98, s = 1.3) run on, with an input spike every 7
   * steps.
   */
  private static StudentNeuron crossingRun(Set<Way> ways, int steps) {
    StudentNeuron neuron = new StudentNeuron(ways, 0.3, 0.98, 1.3, 0);
    for (int i = 0; i < steps; i++) {
      if (i % 7 == 3) {
        neuron.incoming += 0.06;
      }
      neuron.slope();
      neuron.step(DT);
    }
    return neuron;
  }

  @Nested
  class AcceptableVariants {

    @Test
    void canonicalModel_staysInTheEnvelopeThroughSeveralSpikes() {
      StudentNeuron neuron = crossingRun(EnumSet.noneOf(Way.class), 80);

      assertThat(neuron.spikeCount()).isGreaterThanOrEqualTo(4);
      assertThat(neuron.firstRejectedStep(DT)).isEqualTo(-1);
    }

    @ParameterizedTest
    @EnumSource(
        value = Way.class,
        names = {
          "RESET_TO_ZERO",
          "WHOLE_STEP_REFRACTORY",
          "REF_FROM_STEP_START",
          "REF_FROM_STEP_END",
          "OWN_SLOPES",
          "EXTRAPOLATED_SPIKE_TIME"
        })
    void variant_staysInTheEnvelopeThroughSeveralSpikes(Way way) {
      StudentNeuron neuron = crossingRun(EnumSet.of(way), 80);

      assertThat(neuron.spikeCount()).isGreaterThanOrEqualTo(4);
      assertThat(neuron.firstRejectedStep(DT)).isEqualTo(-1);
    }

    @Test
    void variantsCombined_stayInTheEnvelope() {
      StudentNeuron neuron =
          crossingRun(
              EnumSet.of(
                  Way.RESET_TO_ZERO,
                  Way.WHOLE_STEP_REFRACTORY,
                  Way.REF_FROM_STEP_END,
                  Way.EXTRAPOLATED_SPIKE_TIME),
              80);

      assertThat(neuron.spikeCount()).isGreaterThanOrEqualTo(4);
      assertThat(neuron.firstRejectedStep(DT)).isEqualTo(-1);
    }

    @Test
    void variantThatSetsVToZero_isAcceptedAtTheSpikeStep() {
      StudentNeuron canonical = crossingRun(EnumSet.noneOf(Way.class), 2);
      StudentNeuron zero = crossingRun(EnumSet.of(Way.RESET_TO_ZERO), 2);

      assertThat(canonical.afters.get(1).v()).isCloseTo(1.0, within(0.0));
      assertThat(zero.afters.get(1).v()).isCloseTo(0.0, within(0.0));
      assertThat(StepEnvelope.motionAcceptable(zero.befores.get(1), DT, zero.afters.get(1)))
          .isTrue();
    }

    @Test
    void wholeStepRefractory_holdsVAStepLongerThanTheCanonicalModel() {
      // After the spike at 0.30129 s, refRemaining is 0.00029 s at 0.303 s: the canonical model
      // integrates
      // the last 0.00071 s of the next step, the whole-step variant holds v at 0 for all of it.
      StudentNeuron canonical = crossingRun(EnumSet.noneOf(Way.class), 4);
      StudentNeuron wholeSteps = crossingRun(EnumSet.of(Way.WHOLE_STEP_REFRACTORY), 4);

      assertThat(canonical.afters.get(3).v()).isCloseTo(0.0436, within(5e-5));
      assertThat(wholeSteps.afters.get(3).v()).isCloseTo(0.0, within(0.0));
      assertThat(
              StepEnvelope.motionAcceptable(
                  wholeSteps.befores.get(3), DT, wholeSteps.afters.get(3)))
          .isTrue();
    }

    @Test
    void extrapolatedSpikeTime_differsFromTheInterpolatedOneOnlyByRounding() {
      StudentNeuron interpolated = crossingRun(EnumSet.noneOf(Way.class), 2);
      StudentNeuron extrapolated = crossingRun(EnumSet.of(Way.EXTRAPOLATED_SPIKE_TIME), 2);

      assertThat(extrapolated.afters.get(1).newSpikes()[0])
          .isCloseTo(interpolated.afters.get(1).newSpikes()[0], within(1e-15));
    }

    @Test
    void refRemainingFromTheStepStartOrEnd_spansTheAcceptedRange() {
      StudentNeuron fromStart = crossingRun(EnumSet.of(Way.REF_FROM_STEP_START), 2);
      StudentNeuron fromEnd = crossingRun(EnumSet.of(Way.REF_FROM_STEP_END), 2);

      assertThat(fromStart.afters.get(1).ref()).isCloseTo(0.001, within(1e-15));
      assertThat(fromEnd.afters.get(1).ref()).isCloseTo(0.002, within(0.0));
      assertThat(
              StepEnvelope.motionAcceptable(fromStart.befores.get(1), DT, fromStart.afters.get(1)))
          .isTrue();
      assertThat(StepEnvelope.motionAcceptable(fromEnd.befores.get(1), DT, fromEnd.afters.get(1)))
          .isTrue();
    }

    @Test
    void stepComputingItsOwnSlopes_isAcceptedWhenTheSavedSlopesAreWrong() {
      StudentNeuron neuron = new StudentNeuron(EnumSet.of(Way.OWN_SLOPES), 0.1, 0.2, 0.7, 0);
      neuron.incoming = 0.02;
      neuron.staleSlope();
      neuron.step(DT);

      Before b = neuron.befores.get(0);
      assertThat(b.dvdt()).isCloseTo(0.0, within(0.0));
      assertThat(neuron.afters.get(0).v()).isCloseTo(0.2 + DT * (0.7 - 0.2) / 0.02, within(1e-15));
      assertThat(StepEnvelope.sAcceptable(b, DT, neuron.afters.get(0).s())).isTrue();
      assertThat(StepEnvelope.motionAcceptable(b, DT, neuron.afters.get(0))).isTrue();
    }

    @Test
    void stepUsingTheSavedSlopes_isJudgedOnThemEvenWhenTheyAreWrong() {
      // A wrong slope() is charged by the slope checks, not again here.
      StudentNeuron neuron = new StudentNeuron(EnumSet.noneOf(Way.class), 0.1, 0.2, 0.7, 0);
      neuron.staleSlope();
      neuron.step(DT);

      assertThat(neuron.afters.get(0).v()).isCloseTo(0.2, within(0.0));
      assertThat(neuron.firstRejectedStep(DT)).isEqualTo(-1);
    }
  }

  @Nested
  class Mistakes {

    @Test
    void spikeAtTheEndOfTheStep_isRejectedAtTheSpike() {
      StudentNeuron neuron = crossingRun(EnumSet.of(Way.SPIKE_AT_END_OF_STEP), 4);

      assertThat(neuron.afters.get(1).newSpikes())
          .containsExactly(new double[] {0.302}, within(1e-15));
      assertThat(neuron.firstRejectedStep(DT)).isEqualTo(1);
      assertThat(
              StepEnvelope.interpolatedSpikeTimes(
                  neuron.befores.get(1), DT, neuron.afters.get(1).s()))
          .noneSatisfy(time -> assertThat(time).isCloseTo(0.302, within(StepEnvelope.TOL)));
    }

    @Test
    void vNotHeldDuringTheRefractoryPeriod_isRejectedTheStepAfterTheSpike() {
      StudentNeuron neuron = crossingRun(EnumSet.of(Way.V_NOT_HELD), 4);

      assertThat(neuron.befores.get(2).ref()).isGreaterThan(DT);
      assertThat(neuron.afters.get(2).v()).isGreaterThan(0.01);
      assertThat(neuron.firstRejectedStep(DT)).isEqualTo(2);
    }

    @Test
    void inputNotDividedByTauS_isRejectedInTheStepThatReceivesIt() {
      StudentNeuron neuron = new StudentNeuron(EnumSet.of(Way.INPUT_NOT_SCALED), 0, 0, 0, 0);
      neuron.incoming = 0.03;
      neuron.slope();
      neuron.step(DT);

      assertThat(neuron.afters.get(0).s()).isCloseTo(0.03, within(1e-15));
      assertThat(StepEnvelope.acceptableS(neuron.befores.get(0), DT))
          .singleElement()
          .satisfies(s -> assertThat(s).isCloseTo(0.6, within(1e-15)));
      assertThat(StepEnvelope.sAcceptable(neuron.befores.get(0), DT, neuron.afters.get(0).s()))
          .isFalse();
      assertThat(neuron.firstRejectedStep(DT)).isEqualTo(0);
    }

    @Test
    void inputNotDividedByTauS_isAcceptedInStepsWithoutInput() {
      StudentNeuron neuron = new StudentNeuron(EnumSet.of(Way.INPUT_NOT_SCALED), 0, 0.3, 0.5, 0);
      neuron.slope();
      neuron.step(DT);

      assertThat(neuron.firstRejectedStep(DT)).isEqualTo(-1);
    }

    @Test
    void vNotReset_isRejectedAtTheSpike() {
      StudentNeuron neuron = crossingRun(EnumSet.of(Way.V_NOT_RESET), 4);

      assertThat(neuron.afters.get(1).v()).isGreaterThan(1.0);
      assertThat(neuron.firstRejectedStep(DT)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(
        value = Way.class,
        names = {"SPIKE_AT_END_OF_STEP", "V_NOT_HELD", "V_NOT_RESET"})
    void mistake_isRejectedEvenTogetherWithAVariant(Way mistake) {
      for (Way variant : Way.values()) {
        if (variant.acceptable) {
          StudentNeuron neuron = crossingRun(EnumSet.of(mistake, variant), 10);
          assertThat(neuron.firstRejectedStep(DT))
              .as("%s with %s", mistake, variant)
              .isNotEqualTo(-1);
        }
      }
    }
  }

  // ---------------------------------------------------------------- the envelope's parts

  @Nested
  class Parts {

    private Before state(double v, double s, double ref) {
      return new Before(0.5, v, s, ref, 0, (s - v) / 0.02, -s / 0.05, 0.02, 0.002, 0.05);
    }

    @Test
    void stepInWhichTheRefractoryPeriodEnds_acceptsTheRestOfTheStepOrAWholeStepHeld() {
      // Published sequence 2's second step: refRemaining 0.0005 s, so v integrates for 0.0005 s.
      Before ending = state(0, 0.49, 0.0005);
      double rest = 0.0005 * 0.49 / 0.02;

      assertThat(StepEnvelope.motionAcceptable(ending, DT, after(rest, 0))).isTrue();
      assertThat(StepEnvelope.motionAcceptable(ending, DT, after(0, 0)))
          .as("held for the whole step")
          .isTrue();
      assertThat(StepEnvelope.motionAcceptable(ending, DT, after(2 * rest, 0)))
          .as("integrated over the whole step, refractory part included")
          .isFalse();
    }

    private After after(double v, double ref) {
      return new After(0.5 + DT, v, 0, ref, new double[0]);
    }

    @Test
    void notANumber_isNoAcceptableOutcome() {
      Before crossing = state(0.98, 1.3, 0);

      assertThat(StepEnvelope.motionAcceptable(crossing, DT, after(Double.NaN, 0))).isFalse();
      assertThat(StepEnvelope.sAcceptable(crossing, DT, Double.NaN)).isFalse();
      assertThat(
              StepEnvelope.motionAcceptable(
                  crossing, DT, new After(0.5 + DT, 1, 0, 0.0013, new double[] {Double.NaN})))
          .isFalse();
    }

    @Test
    void refractory_isTrueOnlyForAPositiveRefRemaining() {
      assertThat(state(0, 1, 0.0005).refractory()).isTrue();
      assertThat(state(0, 1, 0).refractory()).isFalse();
      assertThat(state(0, 1, 1e-13).refractory()).as("within rounding of 0").isFalse();
      assertThat(state(0, 1, -0.0005).refractory()).isFalse();
    }

    @Test
    void acceptableS_addsTheEquationsSlopeOnlyWhenTheSavedOneDiffers() {
      Before agreeing = state(0.2, 0.5, 0);
      Before stale = new Before(0.5, 0.2, 0.5, 0, 0.01, 0, 0, 0.02, 0.002, 0.05);

      assertThat(StepEnvelope.acceptableS(agreeing, DT))
          .singleElement()
          .satisfies(s -> assertThat(s).isCloseTo(0.5 - DT * 10, within(1e-15)));
      assertThat(StepEnvelope.acceptableS(stale, DT))
          .hasSize(2)
          .satisfies(
              values -> assertThat(values.get(0)).isCloseTo(0.5 + 0.01 / 0.05, within(1e-15)))
          .satisfies(
              values ->
                  assertThat(values.get(1)).isCloseTo(0.5 - DT * 10 + 0.01 / 0.05, within(1e-15)));
    }

    @Test
    void outcomes_ofAQuietStepAwayFromRefractory_areTheIntegratedVOnly() {
      List<Outcome> outcomes = StepEnvelope.outcomes(state(0.2, 0.5, -0.0005), DT);

      assertThat(outcomes)
          .isNotEmpty()
          .allSatisfy(
              o -> {
                assertThat(o.spike()).isFalse();
                assertThat(o.acceptedV())
                    .containsExactly(new double[] {0.2 + DT * 15}, within(1e-15));
              });
    }

    @Test
    void outcomes_ofAQuietStepAtRefRemainingZero_doNotAcceptVHeldAtZero() {
      // A neuron at rest (refRemaining exactly 0) must integrate: holding v at 0 there is the mark
      // of an
      // inverted refractory test (v = 0 whenever refRemaining is 0).
      Before atRest = state(0.2, 0.5, 0);

      assertThat(
              StepEnvelope.motionAcceptable(
                  atRest, DT, new After(0.501, 0.2 + DT * 15, 0.49, 0, new double[0])))
          .isTrue();
      assertThat(
              StepEnvelope.motionAcceptable(
                  atRest, DT, new After(0.501, 0, 0.49, 0, new double[0])))
          .isFalse();
    }

    @Test
    void outcomes_ofAHeldNeuronWithRefRemainingARoundingAboveZero_acceptHoldingOnce() {
      // 0.0045 - 4 * 0.001 - 0.0005 is not exactly 0: a neuron held at v = 0 may be held once more.
      Before held = state(0, 0.5, 1e-19);

      assertThat(
              StepEnvelope.motionAcceptable(held, DT, new After(0.501, 0, 0.49, 0, new double[0])))
          .isTrue();
    }

    @Test
    void outcomes_whenRefRemainingIsWithinRoundingOfDt_acceptBothHoldingAndIntegrating() {
      // 0.0045 - 4 * 0.001 is not exactly 0.0005: a refRemaining a rounding away from dt may be
      // read either way.
      double ref = DT * (1 + 1e-14);
      Before b = state(0, 1, ref);

      After held = new After(0.501, 0, 0.98, ref - DT, new double[0]);
      After integrated = new After(0.501, 0, 0.98, 0, new double[0]);

      assertThat(StepEnvelope.motionAcceptable(b, DT, held)).isTrue();
      assertThat(StepEnvelope.motionAcceptable(b, DT, integrated)).isTrue();
      assertThat(StepEnvelope.outcomes(b, DT))
          .extracting(Outcome::description)
          .contains("held at 0 (refractory)", "integrated");
    }

    @Test
    void outcomes_whileSurelyRefractory_holdVAtZero() {
      Before b = state(0, 1.2, 0.0015);

      assertThat(StepEnvelope.outcomes(b, DT))
          .singleElement()
          .satisfies(
              o -> {
                assertThat(o.description()).isEqualTo("held at 0 (refractory)");
                assertThat(o.refMin()).isCloseTo(0.0005, within(1e-15));
                assertThat(o.refMax()).isCloseTo(0.0005, within(1e-15));
              });
    }

    @Test
    void spikingOutcome_acceptsVOfZeroOrOneAndRefRemainingBetweenTauRefMinusDtAndTauRef() {
      Before b = state(0.99, 1.5, 0);

      Outcome spiked =
          StepEnvelope.outcomes(b, DT).stream().filter(Outcome::spike).findFirst().orElseThrow();

      assertThat(spiked.acceptedV()).containsExactly(new double[] {0, 1}, within(0.0));
      assertThat(spiked.refMin()).isCloseTo(0.001, within(1e-15));
      assertThat(spiked.refMax()).isCloseTo(0.002, within(1e-15));
      assertThat(spiked.spikeTime())
          .isCloseTo(0.5 + DT * (1 - 0.99) / (DT * (1.5 - 0.99) / 0.02), within(1e-15));
    }

    @Test
    void matches_rejectsTwoSpikesInOneStep() {
      Before b = state(0.99, 1.5, 0);
      Outcome spiked =
          StepEnvelope.outcomes(b, DT).stream().filter(Outcome::spike).findFirst().orElseThrow();
      double time = spiked.spikeTime();

      assertThat(spiked.matches(new After(0.501, 1, 1.47, 0.0015, new double[] {time}))).isTrue();
      assertThat(spiked.matches(new After(0.501, 1, 1.47, 0.0015, new double[] {time, time})))
          .isFalse();
      assertThat(spiked.matches(new After(0.501, 1, 1.47, 0.0015, new double[0]))).isFalse();
    }

    @Test
    void matches_allowsRoundingButNotARealDifference() {
      Before b = state(0.99, 1.5, 0);
      Outcome spiked =
          StepEnvelope.outcomes(b, DT).stream().filter(Outcome::spike).findFirst().orElseThrow();
      double time = spiked.spikeTime();

      assertThat(
              spiked.matches(
                  new After(0.501, 1 + 1e-12, 1.47, 0.0015, new double[] {time + 1e-12})))
          .isTrue();
      assertThat(spiked.matches(new After(0.501, 1, 1.47, 0.0015, new double[] {time + 1e-6})))
          .isFalse();
      assertThat(spiked.matches(new After(0.501, 0.5, 1.47, 0.0015, new double[] {time})))
          .isFalse();
      assertThat(spiked.matches(new After(0.501, 1, 1.47, 0.0025, new double[] {time}))).isFalse();
    }

    @Test
    void interpolatedSpikeTimes_areEmptyForAStepThatStaysBelowThreshold() {
      assertThat(StepEnvelope.interpolatedSpikeTimes(state(0.2, 0.5, 0), DT, 0.49)).isEmpty();
    }

    @Test
    void tolerance_isFarAboveRoundingAndFarBelowAnyMistake() {
      assertThat(StepEnvelope.TOL).isBetween(1e-12, 1e-6);
    }
  }
}
