package neurograde.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import neurograde.score.CheckResult;
import neurograde.score.Diagnostic;
import neurograde.score.SubmissionResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every acceptable variant earns every automatic mark; every misconception loses the checks it
 * breaks, only those, and is named. The fixtures are the reference with one change each.
 */
class FairnessIT {

  private static Map<String, SubmissionResult> results;

  /** Where the fixtures are graded: the observations stay there for the tests to read. */
  @TempDir static Path out;

  @BeforeAll
  static void gradeFixtures() {
    results = FixtureBatch.grade(Path.of("src/test/resources/submissions"), out);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("reference", Set.of(), Set.of()),
        Arguments.of("variant-whole-step-refractory", Set.of(), Set.of()),
        Arguments.of("variant-reset-zero-ref-from-step-start", Set.of(), Set.of()),
        Arguments.of("variant-neuron-by-neuron", Set.of(), Set.of()),
        Arguments.of("variant-only-lif-neurons-updated", Set.of(), Set.of()),
        Arguments.of("variant-own-time-grid", Set.of(), Set.of()),
        Arguments.of("variant-relabelled-experiments", Set.of(), Set.of()),
        Arguments.of("variant-alternative-activations", Set.of(), Set.of()),
        Arguments.of("variant-unseeded-jitter", Set.of(), Set.of()),
        Arguments.of("variant-collections-linkedlist-deque-stream", Set.of(), Set.of()),
        Arguments.of("variant-array-backed-histories-linear-scan", Set.of(), Set.of()),
        Arguments.of("variant-refractory-until-absolute-time", Set.of(), Set.of()),
        Arguments.of("variant-simulate-deliver-each-spike", Set.of(), Set.of()),
        Arguments.of("variant-simulate-pointer-per-neuron", Set.of(), Set.of()),
        Arguments.of("variant-step-inline-slopes-from-old-state", Set.of(), Set.of()),
        Arguments.of("variant-fma-interpolate-from-step-end", Set.of(), Set.of()),
        Arguments.of("variant-experiments-reordered-longer-runs", Set.of(), Set.of()),
        Arguments.of("variant-ring-inhibitory-first-reversed-seed5", Set.of(), Set.of()),
        Arguments.of("variant-ring-period-span-over-laps", Set.of(), Set.of()),
        Arguments.of("variant-activations-other-forms", Set.of(), Set.of()),
        Arguments.of("variant-own-launcher-class-with-main", Set.of(), Set.of()),
        Arguments.of("variant-whole-step-refractory-from-spike-v1", Set.of(), Set.of()),
        Arguments.of("variant-clock-advanced-first", Set.of(), Set.of()),
        Arguments.of("variant-history-one-state-zero", Set.of(), Set.of()),
        Arguments.of("variant-input-taken-in-slope", Set.of(), Set.of()),
        Arguments.of("variant-experiments-harmless-subclasses", Set.of(), Set.of()),
        Arguments.of("variant-3c-simulated-in-two-calls", Set.of(), Set.of()),
        Arguments.of("variant-simulate-scans-all-spikes", Set.of(), Set.of()),
        Arguments.of("variant-experiments-say-when-they-run", Set.of(), Set.of()),
        Arguments.of(
            "mistake-spike-time-end-of-step",
            Set.of("step.interpolation"),
            Set.of("spike-time-not-interpolated")),
        Arguments.of(
            "mistake-no-refractory-period",
            Set.of("step.refractory"),
            Set.of("no-refractory-period")),
        Arguments.of(
            "mistake-refractory-freezes-input",
            Set.of("step.refractory"),
            Set.of("refractory-freezes-input")),
        Arguments.of(
            "mistake-input-not-scaled", Set.of("step.input-scaling"), Set.of("input-not-scaled")),
        Arguments.of(
            "mistake-input-added-to-v", Set.of("step.input-scaling"), Set.of("input-added-to-v")),
        Arguments.of("mistake-v-not-reset", Set.of("step.reset"), Set.of("v-not-reset")),
        Arguments.of(
            "mistake-threshold-strict", Set.of("step.spike-detection"), Set.of("threshold-strict")),
        Arguments.of(
            "mistake-slope-uses-updated-state",
            Set.of("step.euler"),
            Set.of("slope-uses-updated-state")),
        Arguments.of(
            "mistake-history-recorded-twice",
            Set.of("step.histories"),
            Set.of("history-recorded-twice")),
        Arguments.of(
            "mistake-history-not-recorded",
            Set.of("step.histories"),
            Set.of("history-not-recorded")),
        Arguments.of(
            "mistake-simulate-same-step-delivery",
            Set.of("simulate.delivery-after-step"),
            Set.of("simulate-same-step-delivery")),
        Arguments.of(
            "mistake-simulate-one-spike-per-step",
            Set.of("simulate.spike-counts"),
            Set.of("simulate-one-spike-per-step")),
        Arguments.of(
            "mistake-simulate-wrong-window",
            Set.of("simulate.spike-counts"),
            Set.of("simulate-wrong-window")),
        Arguments.of("mistake-simulate-no-continuation", Set.of("simulate.time-history"), Set.of()),
        Arguments.of("mistake-show-state-unfinished", Set.of("step.show-state"), Set.of()),
        // 1a unfinished, 1b written: step is judged with the equations' slope (SPEC 2.2's layers)
        Arguments.of("mistake-slope-unfinished", Set.of("slope.dvdt", "slope.dsdt"), Set.of()),
        Arguments.of("mistake-slope-empty", Set.of("slope.dvdt", "slope.dsdt"), Set.of()),
        // and 1b's own mistake still costs its check where 1a is unfinished
        Arguments.of(
            "mistake-threshold-strict-slope-unfinished",
            Set.of("slope.dvdt", "slope.dsdt", "step.spike-detection"),
            Set.of("threshold-strict")),
        // a neuron that never fires cannot keep the marks of step, spike detection included
        Arguments.of(
            "mistake-step-empty",
            Set.of(
                "step.euler",
                "step.input-scaling",
                "step.spike-detection",
                "step.interpolation",
                "step.reset",
                "step.refractory",
                "step.histories"),
            Set.of("history-not-recorded")),
        Arguments.of(
            "mistake-3a-default-tau-s",
            Set.of("exp3a.lif-parameters"),
            Set.of("experiment-default-tau-s")),
        Arguments.of("mistake-3a-weight-0.05", Set.of("exp3a.network"), Set.of()),
        Arguments.of("mistake-3b-short-simulation", Set.of("exp3b.simulated"), Set.of()),
        Arguments.of(
            "mistake-ring-without-inhibition", Set.of("exp3d.inhibition", "exp3d.wave"), Set.of()),
        Arguments.of("mistake-activations", Set.of("act.sigmoid-derivative", "act.dfdx"), Set.of()),
        Arguments.of("mistake-3c-excitatory-c", Set.of("exp3c.network"), Set.of()),
        Arguments.of(
            "mistake-simulate-one-step-too-many", Set.of("simulate.time-history"), Set.of()),
        Arguments.of(
            "mistake-spike-not-recorded",
            Set.of("step.spike-detection", "step.interpolation"),
            Set.of()),
        Arguments.of("mistake-3b-self-loop-in-shared-helper", Set.of("exp3b.network"), Set.of()),
        Arguments.of("mistake-interpolation-from-v", Set.of("step.interpolation"), Set.of()),
        Arguments.of("mistake-ring-period-neighbour-delay", Set.of("exp3d.period"), Set.of()),
        Arguments.of(
            "mistake-input-not-cleared", Set.of("step.input-scaling"), Set.of("input-not-cleared")),
        Arguments.of("mistake-dsdt-uses-taum", Set.of("slope.dsdt"), Set.of()),
        Arguments.of("mistake-ring-period-in-ms", Set.of("exp3d.period"), Set.of()),
        Arguments.of("mistake-simulate-weight-ignored", Set.of("simulate.connections"), Set.of()),
        Arguments.of(
            "mistake-simulate-window-closed-at-both-ends",
            Set.of("simulate.spike-counts"),
            Set.of("simulate-wrong-window")),
        Arguments.of("mistake-simulate-delivers-to-pre", Set.of("simulate.connections"), Set.of()),
        Arguments.of("mistake-slope-sign", Set.of("slope.dvdt"), Set.of()),
        Arguments.of("mistake-slope-wrong-time-constant", Set.of("slope.dvdt"), Set.of()),
        Arguments.of(
            "mistake-never-fires-three-faults",
            Set.of("step.input-scaling", "step.interpolation", "step.refractory"),
            Set.of(
                "input-added-as-rate", "refractory-freezes-input", "spike-time-not-interpolated")),
        Arguments.of(
            "mistake-input-as-rate-in-slope",
            Set.of("step.input-scaling"),
            Set.of("input-added-as-rate")),
        Arguments.of(
            "mistake-input-scaled-by-tau-m",
            Set.of("step.input-scaling"),
            Set.of("input-scaled-by-tau-m")),
        Arguments.of("mistake-s-reset-at-spike", Set.of("step.reset"), Set.of("s-reset-at-spike")),
        Arguments.of(
            "mistake-s-not-decaying-in-refractory",
            Set.of("step.refractory"),
            Set.of("s-not-decaying-in-refractory")),
        Arguments.of(
            "mistake-partial-step-inverted",
            Set.of("step.refractory"),
            Set.of("partial-step-wrong-part")),
        Arguments.of(
            "mistake-partial-step-whole",
            Set.of("step.refractory"),
            Set.of("partial-step-wrong-part")),
        Arguments.of("mistake-refractory-countdown-1ms", Set.of("step.refractory"), Set.of()),
        Arguments.of(
            "mistake-slope-records-history",
            Set.of("step.histories"),
            Set.of("history-recorded-twice")),
        Arguments.of(
            "mistake-simulate-connection-backwards", Set.of("simulate.connections"), Set.of()),
        Arguments.of(
            "mistake-ring-inhibition-forward", Set.of("exp3d.inhibition", "exp3d.wave"), Set.of()),
        Arguments.of(
            "mistake-simulate-dt-hard-coded",
            Set.of("simulate.every-neuron"),
            Set.of("simulate-dt-hard-coded")),
        Arguments.of(
            "mistake-simulate-window-hard-coded",
            Set.of("simulate.spike-counts"),
            Set.of("simulate-dt-hard-coded")),
        Arguments.of(
            "mistake-simulate-grid-hard-coded",
            Set.of("simulate.time-history"),
            Set.of("simulate-dt-hard-coded")),
        Arguments.of(
            "mistake-3c-reuses-3b", Set.of("exp3c.simulated"), Set.of("experiment-3c-reuses-3b")),
        Arguments.of("mistake-3c-inhibition-reversed", Set.of("exp3c.network"), Set.of()),
        Arguments.of("mistake-ring-skips-a-neuron", Set.of("exp3d.ring", "exp3d.wave"), Set.of()),
        Arguments.of("mistake-ring-period-within-burst", Set.of("exp3d.period"), Set.of()),
        Arguments.of("variant-simulate-grid-by-adding-dt", Set.of(), Set.of()),
        Arguments.of(
            "mistake-spike-time-from-step-start-after-refractory",
            Set.of("step.interpolation"),
            Set.of()),
        Arguments.of(
            "mistake-spike-time-interpolated-over-dt", Set.of("step.interpolation"), Set.of()),
        Arguments.of(
            "mistake-spike-time-start-of-step",
            Set.of("step.interpolation"),
            Set.of("spike-time-not-interpolated")),
        Arguments.of("mistake-slope-missing-parentheses", Set.of("slope.dvdt"), Set.of()),
        Arguments.of(
            "mistake-simulate-window-open-at-start",
            Set.of("simulate.spike-counts"),
            Set.of("simulate-wrong-window")),
        Arguments.of("mistake-simulate-delivers-twice", Set.of("simulate.connections"), Set.of()),
        Arguments.of(
            "mistake-simulate-counts-post-spikes", Set.of("simulate.connections"), Set.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void submission_losesExactlyTheChecksItsMistakeBreaks(
      String fixture, Set<String> lost, Set<String> mistakes) {
    SubmissionResult result = results.get(fixture);

    assertThat(failed(result)).as("checks lost by %s", fixture).isEqualTo(new TreeSet<>(lost));
    assertThat(result.mistakes())
        .as("mistakes named for %s", fixture)
        .containsExactlyInAnyOrderElementsOf(mistakes);
    for (CheckResult check : result.checks()) {
      if (check.mistake() != null) {
        assertThat(check.message()).as("message of %s", check.id()).isNotBlank();
      }
    }
    assertThat(result.diagnostics()).as("diagnostics of %s", fixture).isEmpty();
    assertThat(result.score())
        .isEqualTo(
            37.5
                - result.checks().stream()
                    .filter(c -> !c.passed())
                    .mapToDouble(CheckResult::max)
                    .sum());
  }

  /**
   * A network that scans all of a neuron's spikes so far at every step makes main about forty times
   * slower than the reference's: slow, but correct, and its plots are for a TA to mark.
   */
  @Test
  void slowButCorrectNetwork_stillGetsAllItsPlots() throws IOException {
    JsonNode slow = observations("variant-simulate-scans-all-spikes");
    JsonNode reference = observations("reference");

    assertThat(slow.has("unobserved"))
        .as("observations it lost: %s", slow.get("unobserved"))
        .isFalse();
    assertThat(slow.path("plots").path("figures").size())
        .isEqualTo(reference.path("plots").path("figures").size())
        .isPositive();
  }

  /**
   * The checks of an experiment simulate it once between them: the run behind the checks that read
   * its network serves the check that calls the student's methods on it, whichever comes first.
   */
  @Test
  void experimentsAreSimulatedOnceForTheirChecks() {
    SubmissionResult result = results.get("variant-experiments-say-when-they-run");

    assertThat(timesPrinted(result, "exp3a.", "firingRateExperiment runs")).isEqualTo(1);
    assertThat(timesPrinted(result, "exp3d.", "ringOscillator runs")).isEqualTo(1);
  }

  private static int timesPrinted(SubmissionResult result, String checks, String line) {
    int times = 0;
    for (CheckResult check : result.checks()) {
      if (check.id().startsWith(checks) && check.output() != null) {
        times += (int) check.output().lines().filter(line::equals).count();
      }
    }
    return times;
  }

  private static JsonNode observations(String fixture) throws IOException {
    return new ObjectMapper()
        .readTree(out.resolve("observations").resolve(fixture + ".json").toFile());
  }

  @Test
  void ringPeriodOfOneBurst_isToldWhatItMeasured() {
    assertThat(results.get("mistake-ring-period-within-burst").check("exp3d.period").message())
        .contains("ringPeriod returned 0.03")
        .contains("That is about the time between two spikes of one burst");
    assertThat(results.get("mistake-ring-period-neighbour-delay").check("exp3d.period").message())
        .contains("That is about the time from one neuron to the next");
  }

  @Test
  void spikeWhereTheRefractoryPeriodEnds_isToldHowItWasInterpolated() {
    assertThat(
            results
                .get("mistake-spike-time-from-step-start-after-refractory")
                .check("step.interpolation")
                .message())
        .contains("the refractory period ends 0.000244141 s into the step")
        .contains("yours is interpolated from the start of the step");
    assertThat(
            results
                .get("mistake-spike-time-interpolated-over-dt")
                .check("step.interpolation")
                .message())
        .contains("yours scales the crossing by the whole step, dt");
  }

  @Test
  void ringThatIsNotARing_isToldWhyNoWaveTravels() {
    assertThat(results.get("mistake-ring-skips-a-neuron").check("exp3d.wave").message())
        .contains("its excitatory connections do not form one ring of the 8 neurons");
  }

  @Test
  void inhibitionWrittenBackwards_isToldItIsReversed() {
    assertThat(results.get("mistake-3c-inhibition-reversed").check("exp3c.network").message())
        .isEqualTo(
            "the inhibitory connection is reversed: it runs 0 -> 3 (weight -0.2), so neuron 0"
                + " inhibits C. In Fig. 1(c) C inhibits A or B: connect 3 -> 0.");
  }

  @Test
  void ringWithOneWrongConnection_keepsTheMarksOfItsConstantsAndInhibition() {
    SubmissionResult result = results.get("mistake-ring-skips-a-neuron");

    assertThat(result.check("exp3d.ring").message())
        .startsWith("the excitatory connections form a ring of 4 neurons, not 8");
    assertThat(result.check("exp3d.parameters").passed()).isTrue();
    assertThat(result.check("exp3d.inhibition").passed()).isTrue();
  }

  @Test
  void neuronThatNeverFires_losesTheMarksOfEachFaultWithItsCause() {
    SubmissionResult result = results.get("mistake-never-fires-three-faults");

    assertThat(result.check("step.input-scaling").message())
        .contains("each raises s by w dt / tauS instead of w / tauS");
    assertThat(result.check("step.refractory").message())
        .contains("and the spike that arrived was lost");
    assertThat(result.check("step.interpolation").message())
        .contains("your time is the end of the step");
  }

  @Test
  void inhibitionNetworkBuiltOnTheSimulated3bNetwork_isToldWhyCNeverFires() {
    assertThat(results.get("mistake-3c-reuses-3b").check("exp3c.simulated").message())
        .startsWith(
            "C never fired: it took part in only the last 1500 of the network's 2500 time steps")
        .contains("(the network had been simulated for 1 s when C was added)");
  }

  @Test
  void syntaxErrorInOneExperiment_costsThatExperimentOnly() {
    SubmissionResult result = results.get("fault-compile-error-in-experiments");

    assertThat(failed(result))
        .containsExactly("exp3a.input", "exp3a.lif-parameters", "exp3a.network", "exp3a.simulated");
    assertThat(result.checks())
        .filteredOn(c -> !c.passed())
        .allSatisfy(
            c ->
                assertThat(c.message())
                    .startsWith(
                        "Experiments.firingRateExperiment threw UnsupportedOperationException: Experiments.firingRateExperiment did not compile"));
    assertThat(result.diagnostics())
        .containsExactly(
            Diagnostic.at("compile", "src/main/java/neurons/Experiments.java", 76, "';' expected"),
            Diagnostic.at(
                "compile",
                "src/main/java/neurons/Experiments.java",
                null,
                "Experiments.firingRateExperiment was left out because of"
                    + " the errors above; the rest of src/main/java/neurons/Experiments.java was graded"));
  }

  @Test
  void missingBraceInExperiments_costsTheExperimentsOnly() {
    SubmissionResult result = results.get("fault-missing-brace-in-experiments");

    assertThat(failed(result)).allMatch(id -> id.startsWith("exp3")).hasSize(17);
    assertThat(result.checks())
        .filteredOn(c -> c.id().startsWith("exp3"))
        .allSatisfy(
            c ->
                assertThat(c.message()).startsWith("not graded: Experiments.java did not compile"));
    assertThat(result.diagnostics()).extracting(Diagnostic::kind).containsOnly("compile");
  }

  @Test
  void infiniteLoopInStep_timesOutTheChecksThatSpikeAndNothingElse() {
    SubmissionResult result = results.get("fault-infinite-loop-in-step");

    assertThat(failed(result))
        .containsExactlyInAnyOrder(
            "step.spike-detection",
            "step.interpolation",
            "step.reset",
            "step.refractory",
            "step.histories");
    assertThat(result.checks())
        .filteredOn(c -> !c.passed())
        .allSatisfy(
            c -> {
              assertThat(c.status()).isEqualTo("timeout");
              assertThat(c.message())
                  .contains(
                      "(it was running LIFNeuron.step in LIFNeuron.java); is there an endless loop?");
            });
    assertThat(result.diagnostics()).extracting(Diagnostic::kind).containsOnly("timeout");
  }

  private static Set<String> failed(SubmissionResult result) {
    return result.checks().stream()
        .filter(c -> !c.passed())
        .map(CheckResult::id)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
