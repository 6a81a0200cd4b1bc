package neurograde.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;

/**
 * Everything the grader found about one submission: the source of truth that reports and gradebooks
 * are made from.
 *
 * @param student the submission's id: its folder or zip name
 * @param name the student's name from the roster, or null
 * @param score the marks known so far: automatic marks plus any manual marks entered
 * @param maxScore the rubric's total
 * @param items a result per rubric item, in rubric order
 * @param checks a result per check, in rubric order
 * @param mistakes the named mistakes found, sorted
 * @param diagnostics problems with the submission itself: compile errors, forbidden calls, ...
 * @param comment the TA's feedback to the student, entered in the gradebook, or null
 * @param timings how long each stage took
 */
public record SubmissionResult(
    String student,
    @JsonInclude(JsonInclude.Include.NON_NULL) String name,
    double score,
    double maxScore,
    List<ItemResult> items,
    List<CheckResult> checks,
    List<String> mistakes,
    List<Diagnostic> diagnostics,
    @JsonInclude(JsonInclude.Include.NON_NULL) String comment,
    Timings timings) {

  public SubmissionResult {
    items = List.copyOf(items);
    checks = List.copyOf(checks);
    mistakes = List.copyOf(mistakes);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Creates a result without a TA's comment, as grading does. */
  public SubmissionResult(
      String student,
      String name,
      double score,
      double maxScore,
      List<ItemResult> items,
      List<CheckResult> checks,
      List<String> mistakes,
      List<Diagnostic> diagnostics,
      Timings timings) {
    this(student, name, score, maxScore, items, checks, mistakes, diagnostics, null, timings);
  }

  /** Returns the result of an item. */
  public ItemResult item(String id) {
    return byId(items, ItemResult::id, "item", id);
  }

  /** Returns the result of a check. */
  public CheckResult check(String id) {
    return byId(checks, CheckResult::id, "check", id);
  }

  private <T> T byId(List<T> results, Function<T, String> idOf, String kind, String id) {
    return results.stream()
        .filter(r -> idOf.apply(r).equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no " + kind + " " + id + " in the result of " + student));
  }

  /** Returns a copy with the student's name. */
  public SubmissionResult withName(String newName) {
    return new SubmissionResult(
        student, newName, score, maxScore, items, checks, mistakes, diagnostics, comment, timings);
  }

  /** Returns a copy with the TA's comment (null or blank for none). */
  public SubmissionResult withComment(String newComment) {
    String kept = newComment == null || newComment.isBlank() ? null : newComment;
    return new SubmissionResult(
        student, name, score, maxScore, items, checks, mistakes, diagnostics, kept, timings);
  }

  /** Returns a copy with other item results and the score recomputed from them. */
  public SubmissionResult withItems(List<ItemResult> newItems) {
    double total = Marks.round(newItems.stream().mapToDouble(ItemResult::knownScore).sum());
    return new SubmissionResult(
        student, name, total, maxScore, newItems, checks, mistakes, diagnostics, comment, timings);
  }

  /**
   * How long each stage took (ms). Timings are the only part of a result that differs between two
   * gradings of the same submission.
   */
  public record Timings(long compileMs, long screenMs, long testsMs) {}
}
