package neurograde.run.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import neurograde.hidden.CheckInfo;
import neurograde.hidden.Layer;
import org.junit.jupiter.api.Test;

class BudgetsTest {

  private static final CheckInfo STEP = info("step.euler", false, false);
  private static final CheckInfo EXPERIMENT = info("exp3a.counts", true, false);
  private static final CheckInfo OBSERVATION = info("observe.experiments", true, true);

  private static CheckInfo info(String id, boolean slow, boolean observation) {
    return new CheckInfo(id, Layer.OWN, List.of(), slow, observation, "Checks", "method");
  }

  private static final Budgets MEASURED =
      Budgets.measured(
          Map.of(
              "step.euler", 3_000_000L,
              "exp3a.counts", 40_000_000L,
              "observe.experiments", 60_000_000L));

  @Test
  void beforeTheReferenceIsMeasured_theFixedCeilingsApply() {
    Budgets unmeasured = Budgets.unmeasured();

    assertThat(unmeasured.limitMs(STEP, false)).isEqualTo(JobRunner.LIMIT);
    assertThat(unmeasured.limitMs(EXPERIMENT, false)).isEqualTo(JobRunner.SLOW_LIMIT);
    assertThat(unmeasured.limitMs(EXPERIMENT, true)).isEqualTo(JobRunner.HUNG_SLOW_LIMIT);
    assertThat(unmeasured.limitMs(OBSERVATION, true)).isEqualTo(JobRunner.HUNG_LIMIT);
  }

  @Test
  void aCheck_getsAMultipleOfWhatTheReferenceNeeds_neverLessThanTheFloor() {
    assertThat(MEASURED.limitMs(STEP, false)).isEqualTo(Budgets.FLOOR_MS);
    assertThat(MEASURED.limitMs(EXPERIMENT, false)).isEqualTo(Budgets.FACTOR * 40);
  }

  @Test
  void anObservation_earnsNothing_soGetsASmallerMultiple() {
    assertThat(MEASURED.limitMs(OBSERVATION, false))
        .isEqualTo(Math.max(Budgets.OBSERVATION_FLOOR_MS, Budgets.OBSERVATION_FACTOR * 60));
  }

  @Test
  void anObservationAfterOutputWasCut_getsTheChecksMargin_andSaysWhy() {
    assertThat(MEASURED.limitMs(OBSERVATION, false, true))
        .isEqualTo(Math.max(Budgets.OBSERVATION_FLOOR_MS, Budgets.FACTOR * 60));
    assertThat(MEASURED.limit(OBSERVATION, false, true).described())
        .isEqualTo(
            "20 times the processor time the course's solution needs (at least 0.3 s, at most"
                + " 10.0 s), as for a check, since your code's output was cut at the cap");
    // Checks keep their margin, and a hung submission its short one.
    assertThat(MEASURED.limitMs(EXPERIMENT, false, true))
        .isEqualTo(MEASURED.limitMs(EXPERIMENT, false));
    assertThat(MEASURED.limitMs(OBSERVATION, true, true))
        .isEqualTo(MEASURED.limitMs(OBSERVATION, true));
  }

  @Test
  void onceTheSubmissionHasHung_everyCheckAndObservationGetsTheShortMargin() {
    assertThat(MEASURED.limitMs(STEP, true)).isEqualTo(Budgets.HUNG_FLOOR_MS);
    assertThat(MEASURED.limitMs(EXPERIMENT, true)).isEqualTo(Budgets.HUNG_FACTOR * 40);
    assertThat(MEASURED.limitMs(OBSERVATION, true))
        .isEqualTo(Math.min(JobRunner.HUNG_LIMIT, Budgets.HUNG_FACTOR * 60));
  }

  @Test
  void aCheckTheReferenceNeedsLongFor_isHeldToTheFixedCeiling() {
    Budgets slowMachine = Budgets.measured(Map.of("exp3a.counts", 5_000_000_000L));

    assertThat(slowMachine.limitMs(EXPERIMENT, false)).isEqualTo(JobRunner.SLOW_LIMIT);
    assertThat(slowMachine.limitMs(EXPERIMENT, true)).isEqualTo(JobRunner.HUNG_SLOW_LIMIT);
  }

  @Test
  void aCheckNotMeasured_getsTheFixedCeiling() {
    assertThat(MEASURED.limitMs(info("new.check", false, false), false)).isEqualTo(JobRunner.LIMIT);
  }

  @Test
  void aLimitIsDescribedByItsRule_soResultsDoNotDependOnTheWorkerThatMeasured() {
    Budgets anotherWorker = Budgets.measured(Map.of("exp3a.counts", 45_000_000L));

    assertThat(anotherWorker.limit(EXPERIMENT, false).ms())
        .isNotEqualTo(MEASURED.limit(EXPERIMENT, false).ms());
    assertThat(anotherWorker.limit(EXPERIMENT, false).described())
        .isEqualTo(MEASURED.limit(EXPERIMENT, false).described())
        .isEqualTo(
            "20 times the processor time the course's solution needs (at least 0.25 s, at most"
                + " 10.0 s)");
    assertThat(MEASURED.limit(STEP, true).described())
        .isEqualTo(
            "5 times the processor time the course's solution needs (at least 0.03 s, at most"
                + " 0.25 s)");
  }
}
