package neurograde.grading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricCheck;

/**
 * Checks that a rubric and the hidden tests agree both ways: every check is scored, every scored
 * check exists.
 */
public final class RubricAgreement {

  private RubricAgreement() {}

  /** Returns the ids of the hidden checks, the ones a rubric can score. */
  public static List<String> hiddenChecks() {
    return SubmissionGrader.hiddenCheckIds();
  }

  /** Returns each disagreement, or an empty list. */
  public static List<String> problems(Rubric rubric) {
    Set<String> hidden = new LinkedHashSet<>(SubmissionGrader.hiddenCheckIds());
    Set<String> scored = new LinkedHashSet<>();
    rubric.checks().stream().map(RubricCheck::id).forEach(scored::add);
    List<String> problems = new ArrayList<>();
    for (String id : scored) {
      if (!hidden.contains(id)) {
        problems.add("the rubric scores check \"" + id + "\", which no hidden test implements");
      }
    }
    for (String id : hidden) {
      if (!scored.contains(id)) {
        problems.add("hidden test \"" + id + "\" is not scored by any item of the rubric");
      }
    }
    return problems;
  }
}
