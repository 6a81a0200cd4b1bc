package neurograde.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricCheck;
import neurograde.rubric.RubricItem;
import neurograde.rubric.RubricLoader;
import org.junit.jupiter.api.Test;

class RubricAgreementTest {

  private final Rubric bundled = RubricLoader.bundled();

  /** The bundled rubric with the checks of one item replaced. */
  private Rubric withChecks(String itemId, List<RubricCheck> checks) {
    List<RubricItem> items = new ArrayList<>();
    for (RubricItem item : bundled.items()) {
      items.add(
          item.id().equals(itemId)
              ? new RubricItem(item.id(), item.title(), item.marks(), checks, item.manual())
              : item);
    }
    return new Rubric(bundled.assignment(), bundled.title(), items);
  }

  @Test
  void bundledRubric_agreesWithTheHiddenChecks() {
    assertThat(RubricAgreement.problems(bundled)).isEmpty();
  }

  @Test
  void bundledRubric_scoresEveryHiddenCheckExactlyOnce() {
    assertThat(bundled.checks())
        .extracting(RubricCheck::id)
        .containsExactlyInAnyOrderElementsOf(SubmissionGrader.hiddenCheckIds());
  }

  @Test
  void hiddenCheckIds_areUnique() {
    assertThat(SubmissionGrader.hiddenCheckIds()).isNotEmpty().doesNotHaveDuplicates();
  }

  @Test
  void rubricNamingAnUnknownCheck_isReported() {
    List<RubricCheck> checks = new ArrayList<>(bundled.item("1a").orElseThrow().checks());
    checks.add(new RubricCheck("slope.units", "Units of the slope", 1));

    assertThat(RubricAgreement.problems(withChecks("1a", checks)))
        .containsExactly(
            "the rubric scores check \"slope.units\", which no hidden test implements");
  }

  @Test
  void rubricOmittingAHiddenCheck_isReported() {
    assertThat(
            RubricAgreement.problems(
                withChecks("1a", List.of(new RubricCheck("slope.dvdt", "dv/dt", 2)))))
        .containsExactly("hidden test \"slope.dsdt\" is not scored by any item of the rubric");
  }

  @Test
  void renamedCheck_isReportedBothWaysUnknownFirst() {
    List<RubricCheck> checks =
        List.of(
            new RubricCheck("slope.dvdt", "dv/dt", 1), new RubricCheck("slope.ds-dt", "ds/dt", 1));

    assertThat(RubricAgreement.problems(withChecks("1a", checks)))
        .containsExactly(
            "the rubric scores check \"slope.ds-dt\", which no hidden test implements",
            "hidden test \"slope.dsdt\" is not scored by any item of the rubric");
  }

  @Test
  void observationsForTheReport_areNotChecksToScore() {
    List<RubricCheck> checks =
        List.of(
            new RubricCheck("slope.dvdt", "dv/dt", 1),
            new RubricCheck("slope.dsdt", "ds/dt", 1),
            new RubricCheck("observe.lif.trace", "trace", 1));

    assertThat(RubricAgreement.problems(withChecks("1a", checks)))
        .containsExactly(
            "the rubric scores check \"observe.lif.trace\", which no hidden test implements");
  }

  @Test
  void rubricWithoutChecks_reportsEveryHiddenCheck() {
    Rubric manualOnly =
        new Rubric(
            "a1",
            "Manual",
            List.of(
                new RubricItem(
                    "all",
                    "Everything",
                    47,
                    List.of(),
                    Optional.of(new RubricItem.ManualPart(47, "by hand", Optional.empty())))));

    assertThat(RubricAgreement.problems(manualOnly))
        .hasSize(SubmissionGrader.hiddenCheckIds().size())
        .allSatisfy(
            p ->
                assertThat(p)
                    .startsWith("hidden test \"")
                    .endsWith("\" is not scored by any item of the rubric"));
  }
}
