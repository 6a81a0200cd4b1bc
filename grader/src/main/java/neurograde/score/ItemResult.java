package neurograde.score;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The marks of one rubric item.
 *
 * @param id the item's id
 * @param title the item's title
 * @param kind {@code auto}, {@code manual} or {@code mixed}
 * @param score the item's marks, or null while a manual part is pending
 * @param max the item's maximum
 * @param autoScore marks from the checks, or null for a manual item
 * @param autoMax maximum from the checks, or null for a manual item
 * @param manualScore marks a TA entered, or null (pending, or no manual part)
 * @param manualMax maximum of the manual part, or null if there is none
 */
public record ItemResult(
    String id,
    String title,
    String kind,
    Double score,
    double max,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double autoScore,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double autoMax,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double manualScore,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double manualMax) {

  /** Returns whether a TA still has to mark part of this item. */
  public boolean pending() {
    return manualMax != null && manualScore == null;
  }

  /**
   * Returns the marks known so far: the score, or the automatic part while the manual part is
   * pending.
   */
  public double knownScore() {
    if (score != null) {
      return score;
    }
    return autoScore == null ? 0 : autoScore;
  }

  /** Returns this item with a TA's manual marks, and its score completed. */
  public ItemResult withManualScore(Double marks) {
    Double total = marks == null ? null : Marks.round((autoScore == null ? 0 : autoScore) + marks);
    return new ItemResult(id, title, kind, total, max, autoScore, autoMax, marks, manualMax);
  }
}
