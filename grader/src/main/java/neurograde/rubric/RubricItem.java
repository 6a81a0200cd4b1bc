package neurograde.rubric;

import java.util.List;
import java.util.Optional;

/**
 * One question of the assignment, as it is marked.
 *
 * @param id the question's label, for example {@code 1b} or {@code 3d-v}
 * @param title a short title
 * @param marks the item's total marks
 * @param checks the checks of its automatic part, possibly none
 * @param manual its manual part, if a TA marks some of it
 */
public record RubricItem(
    String id, String title, double marks, List<RubricCheck> checks, Optional<ManualPart> manual) {

  public RubricItem {
    checks = List.copyOf(checks);
  }

  /** How an item is marked. */
  public enum Kind {
    /** Only by checks. */
    AUTO,
    /** Only by a TA. */
    MANUAL,
    /** By checks and by a TA. */
    MIXED;

    /** Returns the name used in result files: {@code auto}, {@code manual} or {@code mixed}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Returns how the item is marked. */
  public Kind kind() {
    if (checks.isEmpty()) {
      return Kind.MANUAL;
    }
    return manual.isPresent() ? Kind.MIXED : Kind.AUTO;
  }

  /** Returns the marks of the automatic part. */
  public double autoMarks() {
    return checks.stream().mapToDouble(RubricCheck::marks).sum();
  }

  /** Returns the marks of the manual part, 0 if there is none. */
  public double manualMarks() {
    return manual.map(ManualPart::marks).orElse(0.0);
  }

  /**
   * The part of an item that a TA marks.
   *
   * @param marks its marks
   * @param description what the TA looks for
   * @param answer the heading of the student's written answer in ANSWERS.md, if any
   */
  public record ManualPart(double marks, String description, Optional<String> answer) {}
}
