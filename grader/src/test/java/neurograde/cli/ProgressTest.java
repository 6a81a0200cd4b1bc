package neurograde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricLoader;
import neurograde.score.Diagnostic;
import neurograde.score.ItemResult;
import neurograde.score.Scorer;
import neurograde.score.SubmissionResult;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static final Rubric RUBRIC = RubricLoader.bundled();

  private static SubmissionResult allPassed(List<Diagnostic> diagnostics) {
    Map<String, Scorer.Outcome> outcomes = new java.util.HashMap<>();
    RUBRIC
        .checks()
        .forEach(c -> outcomes.put(c.id(), new Scorer.Outcome("passed", 1, "", null, null)));
    return Scorer.score(
        RUBRIC, "alice", null, outcomes, diagnostics, new SubmissionResult.Timings(0, 0, 0));
  }

  @Test
  void aPerfectAutomaticScore_isNotShownAsMarksLost() {
    assertThat(Progress.marks(allPassed(List.of()))).isEqualTo("37.5/37.5 automatic, 9.5 to mark");
  }

  @Test
  void partWayThroughMarking_andDone() {
    SubmissionResult result = allPassed(List.of());
    SubmissionResult some =
        result.withItems(
            result.items().stream()
                .map(i -> i.id().equals("4b") ? i.withManualScore(2.5) : i)
                .toList());
    SubmissionResult all =
        result.withItems(
            result.items().stream()
                .map(i -> i.pending() ? i.withManualScore(i.manualMax()) : i)
                .toList());

    assertThat(Progress.marks(some)).isEqualTo("40/47, 6.5 to mark");
    assertThat(Progress.marks(all)).isEqualTo("47/47");
    assertThat(all.items()).noneMatch(ItemResult::pending);
  }

  @Test
  void aStudentWhoSubmittedNothing() {
    SubmissionResult absent =
        Scorer.score(
            RUBRIC,
            "nick",
            null,
            Map.of(),
            List.of(Diagnostic.of("missing", "no submission from this student")),
            new SubmissionResult.Timings(0, 0, 0));

    assertThat(Progress.marks(absent)).isEqualTo("0/47, no submission");
  }
}
