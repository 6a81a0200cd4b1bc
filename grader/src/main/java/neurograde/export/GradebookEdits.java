package neurograde.export;

import java.util.List;

/**
 * What a TA changed in a gradebook since it was written: manual marks entered, changed or cleared,
 * and comments.
 *
 * <p>A cell is changed if it differs from what the gradebook held when it was written (its hidden
 * sheet "Exported"); a cell left as it was changes nothing, so an older gradebook cannot undo marks
 * entered since. A gradebook without that sheet (from an older grader) is read as before: a number
 * is a mark, an empty cell changes nothing.
 *
 * @param marks the manual marks changed, in sheet order
 * @param comments the comments changed, in sheet order
 * @param tracked whether the gradebook recorded what it held when written
 */
record GradebookEdits(List<MarkEdit> marks, List<CommentEdit> comments, boolean tracked) {

  GradebookEdits {
    marks = List.copyOf(marks);
    comments = List.copyOf(comments);
  }

  /**
   * A manual mark changed.
   *
   * @param student the student's id
   * @param item the item's id
   * @param mark the new mark, or null if the TA cleared the cell
   * @param written the mark when the gradebook was written, or null if it was pending
   * @param cell where it is, for example {@code Marks!F7}
   */
  record MarkEdit(String student, String item, Double mark, Double written, String cell) {}

  /**
   * A comment changed.
   *
   * @param student the student's id
   * @param comment the new comment, or null if the TA cleared it
   * @param written the comment when the gradebook was written, empty if none
   */
  record CommentEdit(String student, String comment, String written) {}

  /** Returns whether nothing changed. */
  boolean isEmpty() {
    return marks.isEmpty() && comments.isEmpty();
  }
}
