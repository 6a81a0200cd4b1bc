package neurograde.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import neurograde.score.CheckResult;
import neurograde.score.Diagnostic;
import neurograde.score.ItemResult;
import neurograde.score.Marks;
import neurograde.score.ResultFiles;
import neurograde.score.SubmissionResult;

/**
 * Writes Gradescope's autograder {@code results.json} for one submission (format:
 * https://gradescope-autograders.readthedocs.io/en/latest/specs/).
 *
 * <p>Each check with automatic marks is one test, named by its item and title and numbered by its
 * item; its output is the check's message and the named mistake found. The score is the automatic
 * marks only: manual parts are graded in Gradescope's own interface, as the top-level output tells
 * the student, along with the problems found in the submission itself (compile errors, forbidden
 * calls).
 */
public final class GradescopeResults {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final String VISIBLE = "visible";

  private GradescopeResults() {}

  /** Writes the results file so that it is never half-written. */
  public static void write(Path file, SubmissionResult result) throws IOException {
    ResultFiles.writeAtomically(file, toJson(result));
  }

  /** Returns the JSON text of a submission's results. */
  public static String toJson(SubmissionResult result) {
    List<Test> tests = new ArrayList<>();
    double score = 0;
    for (CheckResult check : result.checks()) {
      tests.add(
          new Test(
              check.item() + " " + check.title(),
              check.item(),
              check.score(),
              check.max(),
              check.passed() ? "passed" : "failed",
              output(check),
              VISIBLE));
      score += check.score();
    }
    Results results =
        new Results(Marks.round(score), output(result, score), VISIBLE, "hidden", tests);
    try {
      return JSON.writeValueAsString(results) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot write the Gradescope results of " + result.student(), e);
    }
  }

  private static String output(CheckResult check) {
    if (check.mistake() == null) {
      return check.message();
    }
    return (check.message().isEmpty() ? "" : check.message() + "\n")
        + "Mistake: "
        + check.mistake();
  }

  private static String output(SubmissionResult result, double score) {
    double autoMax = result.checks().stream().mapToDouble(CheckResult::max).sum();
    StringBuilder text =
        new StringBuilder(
            "Automatic marks: "
                + Numbers.plain(Marks.round(score))
                + " of "
                + Numbers.plain(Marks.round(autoMax))
                + ".\n");
    List<ItemResult> manual = result.items().stream().filter(i -> i.manualMax() != null).toList();
    if (!manual.isEmpty()) {
      double manualMax = manual.stream().mapToDouble(ItemResult::manualMax).sum();
      text.append("The manual parts (")
          .append(Numbers.plain(Marks.round(manualMax)))
          .append(" marks: ")
          .append(String.join(", ", manual.stream().map(ItemResult::id).toList()))
          .append(") are graded by your TA in Gradescope; they are not part of this score.\n");
    }
    if (!result.diagnostics().isEmpty()) {
      text.append("\nProblems with the submission:\n");
      for (Diagnostic diagnostic : result.diagnostics()) {
        text.append("- ").append(diagnostic.kind()).append(": ");
        if (diagnostic.file() != null) {
          text.append(diagnostic.file())
              .append(diagnostic.line() == null ? "" : ":" + diagnostic.line())
              .append(": ");
        }
        text.append(diagnostic.message()).append('\n');
      }
    }
    return text.toString();
  }

  @JsonPropertyOrder({"score", "output", "visibility", "stdout_visibility", "tests"})
  private record Results(
      double score,
      String output,
      String visibility,
      @JsonProperty("stdout_visibility") String stdoutVisibility,
      List<Test> tests) {}

  @JsonPropertyOrder({"name", "number", "score", "max_score", "status", "output", "visibility"})
  private record Test(
      String name,
      String number,
      double score,
      @JsonProperty("max_score") double maxScore,
      String status,
      String output,
      String visibility) {}
}
