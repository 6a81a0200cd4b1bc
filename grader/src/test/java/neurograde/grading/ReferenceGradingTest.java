package neurograde.grading;

import static org.assertj.core.api.Assertions.assertThat;

import neurograde.Grading;
import neurograde.rubric.RubricLoader;
import neurograde.run.WorkerOptions;
import neurograde.score.CheckResult;
import neurograde.score.ItemResult;
import neurograde.score.SubmissionResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReferenceGradingTest {

  private static Grading grading;

  @BeforeAll
  static void start() {
    grading =
        new Grading(RubricLoader.bundled(), WorkerOptions.defaults().withSize(1).withoutWarmUp());
  }

  @AfterAll
  static void stop() {
    grading.close();
  }

  @Test
  void reference_earnsEveryAutomaticMark() {
    SubmissionResult result = grading.grade(BundledSubmissions.reference(), null).result();

    for (CheckResult check : result.checks()) {
      System.out.println(check.id() + " " + check.status() + " " + check.message());
    }
    System.out.println(result.diagnostics());
    assertThat(result.checks())
        .allSatisfy(c -> assertThat(c.passed()).as(c.id() + ": " + c.message()).isTrue());
    for (ItemResult item : result.items()) {
      if (item.autoMax() != null) {
        assertThat(item.autoScore()).as(item.id()).isEqualTo(item.autoMax());
      }
    }
  }

  @Test
  void template_earnsNoAutomaticMark() {
    SubmissionResult result = grading.grade(BundledSubmissions.template(), null).result();

    for (CheckResult check : result.checks()) {
      System.out.println(check.id() + " " + check.status() + " " + check.message());
    }
    assertThat(result.checks()).allSatisfy(c -> assertThat(c.score()).as(c.id()).isZero());
  }
}
