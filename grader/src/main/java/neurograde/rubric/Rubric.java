package neurograde.rubric;

import java.util.List;
import java.util.Optional;

/**
 * The marking scheme of an assignment: its items, each with checks (automatic) and a manual part.
 *
 * @param assignment the assignment's id, for example {@code a1}
 * @param title the assignment's title
 * @param items the items, in the order of the assignment
 */
public record Rubric(String assignment, String title, List<RubricItem> items) {

  public Rubric {
    items = List.copyOf(items);
  }

  /** Returns the total marks. */
  public double maxScore() {
    return items.stream().mapToDouble(RubricItem::marks).sum();
  }

  /** Returns the item with this id. */
  public Optional<RubricItem> item(String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** Returns every check of every item, in rubric order. */
  public List<RubricCheck> checks() {
    return items.stream().flatMap(i -> i.checks().stream()).toList();
  }

  /** Returns the item that a check belongs to. */
  public Optional<RubricItem> itemOfCheck(String checkId) {
    return items.stream()
        .filter(i -> i.checks().stream().anyMatch(c -> c.id().equals(checkId)))
        .findFirst();
  }
}
