package neurograde.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricCheck;
import neurograde.rubric.RubricItem;
import neurograde.rubric.RubricItem.Kind;

/** Turns what the checks found into marks, item by item, as the rubric says. */
public final class Scorer {

  private Scorer() {}

  /**
   * What one check reported, or why it did not run.
   *
   * @param status passed, failed, error, timeout, crash, memory, forbidden, not-run or grader
   * @param fraction of the check's marks earned
   * @param message what was expected and what the code did
   * @param mistake a named mistake's id, or null
   * @param output what the student's code printed, or null
   */
  public record Outcome(
      String status, double fraction, String message, String mistake, String output) {}

  /**
   * Scores a submission.
   *
   * @param rubric the marking scheme
   * @param student the student's id
   * @param name the student's name, or null
   * @param outcomes each check's outcome by id; a check without one scores 0 as not run
   * @param diagnostics problems found before the tests ran
   * @param timings stage timings
   */
  public static SubmissionResult score(
      Rubric rubric,
      String student,
      String name,
      Map<String, Outcome> outcomes,
      List<Diagnostic> diagnostics,
      SubmissionResult.Timings timings) {
    List<ItemResult> items = new ArrayList<>();
    List<CheckResult> checks = new ArrayList<>();
    TreeSet<String> mistakes = new TreeSet<>();
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    for (RubricItem item : rubric.items()) {
      double auto = 0;
      for (RubricCheck check : item.checks()) {
        Outcome outcome =
            outcomes.getOrDefault(
                check.id(), new Outcome("not-run", 0, "this check did not run", null, null));
        double fraction = Math.max(0, Math.min(1, outcome.fraction()));
        boolean passed = outcome.status().equals("passed");
        double marks = Marks.round(check.marks() * (passed ? 1 : fraction));
        auto += marks;
        checks.add(
            new CheckResult(
                check.id(),
                item.id(),
                check.title(),
                passed,
                marks,
                check.marks(),
                outcome.status(),
                outcome.message() == null ? "" : outcome.message(),
                outcome.mistake(),
                outcome.output()));
        if (outcome.mistake() != null) {
          mistakes.add(outcome.mistake());
        }
        diagnose(check, outcome).ifPresent(all::add);
      }
      auto = Marks.round(auto);
      Kind kind = item.kind();
      Double autoScore = kind == Kind.MANUAL ? null : auto;
      Double autoMax = kind == Kind.MANUAL ? null : item.autoMarks();
      Double manualMax = kind == Kind.AUTO ? null : item.manualMarks();
      Double score = kind == Kind.AUTO ? auto : null;
      items.add(
          new ItemResult(
              item.id(),
              item.title(),
              kind.label(),
              score,
              item.marks(),
              autoScore,
              autoMax,
              null,
              manualMax));
    }
    double total = Marks.round(items.stream().mapToDouble(ItemResult::knownScore).sum());
    return new SubmissionResult(
        student,
        name,
        total,
        rubric.maxScore(),
        items,
        checks,
        List.copyOf(mistakes),
        all,
        timings);
  }

  /** Failures of the run itself become diagnostics too, so they stand out in the report. */
  private static java.util.Optional<Diagnostic> diagnose(RubricCheck check, Outcome outcome) {
    String kind =
        switch (outcome.status()) {
          case "timeout" -> "timeout";
          case "crash" -> "crash";
          case "memory" -> "memory";
          case "grader" -> "grader";
          default -> null;
        };
    return kind == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(Diagnostic.of(kind, check.id() + ": " + outcome.message()));
  }
}
