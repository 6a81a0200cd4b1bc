package neurograde.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricCheck;
import neurograde.rubric.RubricLoader;
import neurograde.score.Scorer.Outcome;
import neurograde.score.SubmissionResult.Timings;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests of the scorer. Every mark the scorer gives goes through {@link Marks#round}, which returns
 * the double nearest a number of 6 decimals; so marks are compared exactly ("exact by
 * construction"), and only sums the scorer does not round (the rubric's own maxima) get a
 * tolerance.
 */
class ScorerTest {

  /** Three items, one of each kind: A (auto, 3 marks), M (manual, 1 mark), X (mixed, 0.5 + 0.5). */
  private static final Rubric RUBRIC =
      RubricLoader.parse(
          "test.yaml",
          """
      assignment: t
      title: Test
      items:
        - id: A
          title: Auto
          marks: 3
          checks:
            - {id: a.one, marks: 1, title: One}
            - {id: a.two, marks: 2, title: Two}
        - id: M
          title: Manual
          marks: 1
          manual: {marks: 1, description: judged by eye}
        - id: X
          title: Mixed
          marks: 1
          checks: [{id: x.one, marks: 0.5, title: X one}]
          manual: {marks: 0.5, description: written answer}
      """);

  private static final Timings TIMINGS = new Timings(40, 5, 120);

  private static Outcome passed() {
    return new Outcome("passed", 1, "", null, null);
  }

  private static Outcome failed(double fraction) {
    return new Outcome("failed", fraction, "expected 1, got 2", null, null);
  }

  private static SubmissionResult score(Map<String, Outcome> outcomes) {
    return Scorer.score(RUBRIC, "alice", "Alice Liddell", outcomes, List.of(), TIMINGS);
  }

  private static Map<String, Outcome> allPassed(Rubric rubric) {
    Map<String, Outcome> outcomes = new HashMap<>();
    rubric.checks().forEach(c -> outcomes.put(c.id(), passed()));
    return outcomes;
  }

  @Nested
  class Items {

    @Test
    void autoItemWithEveryCheckPassed_earnsItsMarks() {
      SubmissionResult result = score(allPassed(RUBRIC));

      assertThat(result.item("A"))
          .isEqualTo(new ItemResult("A", "Auto", "auto", 3.0, 3.0, 3.0, 3.0, null, null));
      assertThat(result.item("A").pending()).isFalse();
    }

    @Test
    void manualItem_hasNoAutoPartAndIsPending() {
      SubmissionResult result = score(allPassed(RUBRIC));

      assertThat(result.item("M"))
          .isEqualTo(new ItemResult("M", "Manual", "manual", null, 1.0, null, null, null, 1.0));
      assertThat(result.item("M").pending()).isTrue();
    }

    @Test
    void mixedItem_hasItsAutoScoreAndAPendingManualPart() {
      SubmissionResult result = score(allPassed(RUBRIC));

      assertThat(result.item("X"))
          .isEqualTo(new ItemResult("X", "Mixed", "mixed", null, 1.0, 0.5, 0.5, null, 0.5));
      assertThat(result.item("X").pending()).isTrue();
    }

    @Test
    void itemsFollowTheRubricOrder() {
      assertThat(score(Map.of()).items()).extracting(ItemResult::id).containsExactly("A", "M", "X");
    }

    @Test
    void total_isTheKnownMarksOutOfTheRubricsTotal() {
      SubmissionResult result = score(allPassed(RUBRIC));

      // Sums of marks rounded by Marks.round: exact.
      assertThat(result.score()).isEqualTo(3.5);
      assertThat(result.maxScore()).isEqualTo(5.0);
    }

    @Test
    void studentNameAndTimings_areCarriedOver() {
      SubmissionResult result = score(Map.of());

      assertThat(result.student()).isEqualTo("alice");
      assertThat(result.name()).isEqualTo("Alice Liddell");
      assertThat(result.timings()).isEqualTo(TIMINGS);
    }
  }

  @Nested
  class Checks {

    @Test
    void passedCheck_earnsAllItsMarks() {
      SubmissionResult result = score(Map.of("a.two", passed()));

      assertThat(result.check("a.two"))
          .isEqualTo(
              new CheckResult("a.two", "A", "Two", true, 2.0, 2.0, "passed", "", null, null));
    }

    @Test
    void failedCheckWithAFraction_earnsThatFractionOfItsMarks() {
      Outcome outcome =
          new Outcome(
              "failed", 0.25, "2 of 8 spike times wrong", "spike-time-not-interpolated", "debug\n");

      SubmissionResult result = score(Map.of("a.two", outcome));

      assertThat(result.check("a.two"))
          .isEqualTo(
              new CheckResult(
                  "a.two",
                  "A",
                  "Two",
                  false,
                  0.5,
                  2.0,
                  "failed",
                  "2 of 8 spike times wrong",
                  "spike-time-not-interpolated",
                  "debug\n"));
      assertThat(result.item("A").score()).isEqualTo(0.5); // 2 * 0.25, exact
    }

    @Test
    void missingOutcome_scoresZeroAsNotRun() {
      SubmissionResult result = score(Map.of("a.two", passed()));

      assertThat(result.check("a.one"))
          .isEqualTo(
              new CheckResult(
                  "a.one",
                  "A",
                  "One",
                  false,
                  0.0,
                  1.0,
                  "not-run",
                  "this check did not run",
                  null,
                  null));
      assertThat(result.item("A").score()).isEqualTo(2.0);
    }

    @Test
    void noOutcomesAtAll_scoreNothing() {
      SubmissionResult result = score(Map.of());

      assertThat(result.checks()).extracting(CheckResult::status).containsOnly("not-run");
      assertThat(result.checks()).extracting(CheckResult::score).containsOnly(0.0);
      assertThat(result.item("A").score()).isEqualTo(0.0);
      assertThat(result.item("X").autoScore()).isEqualTo(0.0);
      assertThat(result.score()).isEqualTo(0.0);
      assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void fractionAboveOne_isCappedAtTheChecksMarks() {
      assertThat(score(Map.of("a.two", failed(1.7))).check("a.two").score()).isEqualTo(2.0);
    }

    @Test
    void negativeFraction_earnsNothing() {
      assertThat(score(Map.of("a.two", failed(-0.5))).check("a.two").score()).isEqualTo(0.0);
    }

    @Test
    void fractionThatIsNotANumber_earnsNothing() {
      assertThat(score(Map.of("a.two", failed(Double.NaN))).check("a.two").score()).isEqualTo(0.0);
    }

    @Test
    void passedStatus_earnsFullMarksWhateverTheFraction() {
      Outcome passedWithoutFraction = new Outcome("passed", 0, "", null, null);

      CheckResult check = score(Map.of("a.two", passedWithoutFraction)).check("a.two");

      assertThat(check.passed()).isTrue();
      assertThat(check.score()).isEqualTo(2.0);
    }

    @Test
    void failedStatusWithTheWholeFraction_earnsFullMarksButIsNotPassed() {
      CheckResult check = score(Map.of("a.two", failed(1))).check("a.two");

      assertThat(check.passed()).isFalse();
      assertThat(check.score()).isEqualTo(2.0);
    }

    @Test
    void nullMessage_becomesEmpty() {
      assertThat(
              score(Map.of("a.one", new Outcome("failed", 0, null, null, null)))
                  .check("a.one")
                  .message())
          .isEmpty();
    }

    @Test
    void outcomeOfACheckTheRubricDoesNotName_isIgnored() {
      SubmissionResult result = score(Map.of("a.three", passed()));

      assertThat(result.checks())
          .extracting(CheckResult::id)
          .containsExactly("a.one", "a.two", "x.one");
      assertThat(result.score()).isEqualTo(0.0);
    }

    @Test
    void checksFollowTheRubricOrderWithTheirItems() {
      assertThat(score(Map.of()).checks())
          .extracting(CheckResult::id, CheckResult::item)
          .containsExactly(tuple("a.one", "A"), tuple("a.two", "A"), tuple("x.one", "X"));
    }
  }

  @Nested
  class Rounding {

    private final Rubric bundled = RubricLoader.bundled();

    @Test
    void fiveChecksOfPointSix_makeExactlyThree() {
      SubmissionResult result =
          Scorer.score(bundled, "ref", null, allPassed(bundled), List.of(), TIMINGS);

      // Each check's marks and the item's sum go through Marks.round: exact.
      assertThat(result.item("4b").autoScore()).isEqualTo(3.0);
      assertThat(result.item("4b").autoMax()).isCloseTo(3.0, within(1e-9));
      assertThat(result.item("4b").knownScore()).isEqualTo(3.0);
    }

    @Test
    void tenthsThatDoNotAddUpInDoubles_areRoundedToExactMarks() {
      Rubric tenths =
          RubricLoader.parse(
              "tenths.yaml",
              """
          assignment: t
          title: Tenths
          items:
            - id: T
              title: Tenths
              marks: 0.3
              checks: [{id: t.1, marks: 0.1}, {id: t.2, marks: 0.1}, {id: t.3, marks: 0.1}]
          """);

      SubmissionResult result =
          Scorer.score(tenths, "alice", null, allPassed(tenths), List.of(), TIMINGS);

      // 0.1 + 0.1 + 0.1 is 0.30000000000000004 in doubles; Marks.round makes it the double nearest
      // 0.3.
      assertThat(result.item("T").score()).isEqualTo(0.3);
      assertThat(result.score()).isEqualTo(0.3);
    }

    @Test
    void thirdsOfPointSix_roundToExactTenths() {
      Map<String, Outcome> outcomes = new HashMap<>();
      for (RubricCheck check : bundled.item("4b").orElseThrow().checks()) {
        outcomes.put(check.id(), new Outcome("failed", 1.0 / 3, "", null, null));
      }

      SubmissionResult result = Scorer.score(bundled, "bob", null, outcomes, List.of(), TIMINGS);

      // 0.6 / 3 is 0.19999999999999998 in doubles, five of them 0.9999999999999999; Marks.round
      // makes each check exactly 0.2 and the item exactly 1.0.
      assertThat(result.checks())
          .filteredOn(c -> c.item().equals("4b"))
          .extracting(CheckResult::score)
          .containsOnly(0.2);
      assertThat(result.item("4b").autoScore()).isEqualTo(1.0);
      assertThat(result.score()).isEqualTo(1.0);
    }

    @Test
    void everyCheckPassedOnTheBundledRubric_earnsAllAutoMarksAndLeavesTheManualOnesPending() {
      SubmissionResult result =
          Scorer.score(bundled, "ref", null, allPassed(bundled), List.of(), TIMINGS);

      // 47 marks less the manual parts (1 + 1 + 1 + 0.5 + 0.5 + 1 + 3 + 1.5 = 9.5); rounded, so
      // exact.
      assertThat(result.score()).isEqualTo(37.5);
      assertThat(result.maxScore()).isEqualTo(47.0);
      assertThat(result.items())
          .filteredOn(i -> i.kind().equals("auto"))
          .allSatisfy(i -> assertThat(i.score()).as(i.id()).isCloseTo(i.max(), within(1e-9)));
      assertThat(result.items())
          .filteredOn(i -> !i.kind().equals("auto"))
          .allSatisfy(i -> assertThat(i.pending()).as(i.id()).isTrue());
    }
  }

  @Nested
  class Diagnostics {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"timeout", "crash", "memory", "grader"})
    void runFailure_becomesADiagnosticOfItsKindNamingTheCheck(String status) {
      Outcome outcome = new Outcome(status, 0, "did not finish within 2.0 s", null, null);

      SubmissionResult result = score(Map.of("a.two", outcome));

      assertThat(result.diagnostics())
          .containsExactly(Diagnostic.of(status, "a.two: did not finish within 2.0 s"));
      assertThat(result.check("a.two").status()).isEqualTo(status);
      assertThat(result.check("a.two").score()).isEqualTo(0.0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"passed", "failed", "error", "forbidden", "not-run"})
    void otherStatus_isNoDiagnostic(String status) {
      assertThat(score(Map.of("a.two", new Outcome(status, 0, "m", null, null))).diagnostics())
          .isEmpty();
    }

    @Test
    void givenDiagnosticsComeFirstThenRunFailuresInRubricOrder() {
      Diagnostic compile = Diagnostic.at("compile", "LIFNeuron.java", 12, "';' expected");
      Map<String, Outcome> outcomes =
          Map.of(
              "x.one", new Outcome("crash", 0, "the worker died", null, null),
              "a.one", new Outcome("memory", 0, "ran out of memory", null, null));

      SubmissionResult result =
          Scorer.score(RUBRIC, "alice", null, outcomes, List.of(compile), TIMINGS);

      assertThat(result.diagnostics())
          .containsExactly(
              compile,
              Diagnostic.of("memory", "a.one: ran out of memory"),
              Diagnostic.of("crash", "x.one: the worker died"));
    }
  }

  @Nested
  class Mistakes {

    @Test
    void namedMistakes_areSortedAndListedOnce() {
      Map<String, Outcome> outcomes =
          Map.of(
              "a.one", new Outcome("failed", 0, "m", "no-refractory-period", null),
              "a.two", new Outcome("failed", 0.5, "m", "input-not-scaled", null),
              "x.one", new Outcome("failed", 0, "m", "no-refractory-period", null));

      assertThat(score(outcomes).mistakes())
          .containsExactly("input-not-scaled", "no-refractory-period");
    }

    @Test
    void noMistakes_giveAnEmptyList() {
      assertThat(score(Map.of("a.one", failed(0))).mistakes()).isEmpty();
    }
  }
}
