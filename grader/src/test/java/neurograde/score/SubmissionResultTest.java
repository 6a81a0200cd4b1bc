package neurograde.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import neurograde.score.SubmissionResult.Timings;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Scores here are sums rounded by {@link Marks#round}, so they are compared exactly. */
class SubmissionResultTest {

  private static final ItemResult STEP =
      new ItemResult("1b", "LIFNeuron.step", "auto", 6.0, 7, 6.0, 7.0, null, null);
  private static final ItemResult PERIOD =
      new ItemResult("3d-v", "Period of the ring", "mixed", null, 1, 0.5, 0.5, null, 0.5);
  private static final CheckResult INTERPOLATION =
      new CheckResult(
          "step.interpolation",
          "1b",
          "Interpolation",
          false,
          0.0,
          1.0,
          "failed",
          "spike at 0.302 s, expected 0.30129 s",
          "spike-time-not-interpolated",
          null);

  private static SubmissionResult result() {
    return new SubmissionResult(
        "alice",
        null,
        6.5,
        47,
        List.of(STEP, PERIOD),
        List.of(INTERPOLATION),
        List.of("spike-time-not-interpolated"),
        List.of(),
        new Timings(1, 2, 3));
  }

  @Nested
  class Lookup {

    @Test
    void itemById_isFound() {
      assertThat(result().item("3d-v")).isEqualTo(PERIOD);
    }

    @Test
    void checkById_isFound() {
      assertThat(result().check("step.interpolation")).isEqualTo(INTERPOLATION);
    }

    @Test
    void unknownItem_isAnErrorNamingItAndTheStudent() {
      assertThatThrownBy(() -> result().item("9z"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("no item 9z in the result of alice");
    }

    @Test
    void unknownCheck_isAnErrorNamingItAndTheStudent() {
      assertThatThrownBy(() -> result().check("step.magic"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("no check step.magic in the result of alice");
    }
  }

  @Nested
  class Copies {

    @Test
    void withName_changesOnlyTheName() {
      SubmissionResult named = result().withName("Alice Liddell");

      assertThat(named.name()).isEqualTo("Alice Liddell");
      assertThat(named.withName(null)).isEqualTo(result());
    }

    @Test
    void withItems_recomputesTheScoreFromTheKnownMarks() {
      SubmissionResult marked = result().withItems(List.of(STEP, PERIOD.withManualScore(0.5)));

      assertThat(marked.score()).isEqualTo(7.0);
      assertThat(marked.item("3d-v").score()).isEqualTo(1.0);
      assertThat(marked.checks()).isEqualTo(result().checks());
      assertThat(marked.maxScore()).isEqualTo(47.0);
    }

    @Test
    void withItems_roundsTheTotal() {
      ItemResult a = new ItemResult("a", "A", "auto", 0.1, 1, 0.1, 1.0, null, null);
      ItemResult b = new ItemResult("b", "B", "auto", 0.2, 1, 0.2, 1.0, null, null);

      // 0.1 + 0.2 is 0.30000000000000004 in doubles; Marks.round gives the double nearest 0.3.
      assertThat(result().withItems(List.of(a, b)).score()).isEqualTo(0.3);
    }

    @Test
    void listsGiven_areCopiedAndTheResultsListsCannotBeChanged() {
      List<ItemResult> items = new ArrayList<>(List.of(STEP));
      List<String> mistakes = new ArrayList<>(List.of("v-not-reset"));
      SubmissionResult result =
          new SubmissionResult(
              "bob", null, 6, 47, items, List.of(), mistakes, List.of(), new Timings(0, 0, 0));

      items.add(PERIOD);
      mistakes.clear();

      assertThat(result.items()).containsExactly(STEP);
      assertThat(result.mistakes()).containsExactly("v-not-reset");
      assertThatThrownBy(() -> result.items().add(PERIOD))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
