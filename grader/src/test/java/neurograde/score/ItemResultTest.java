package neurograde.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Marks here are sums rounded by {@link Marks#round}, so they are compared exactly. */
class ItemResultTest {

  private static final ItemResult AUTO =
      new ItemResult("1b", "LIFNeuron.step", "auto", 5.5, 7, 5.5, 7.0, null, null);
  private static final ItemResult MANUAL =
      new ItemResult("3a-iii", "Firing-rate plot", "manual", null, 1, null, null, null, 1.0);
  private static final ItemResult MIXED =
      new ItemResult("4b", "Activation functions", "mixed", null, 6, 2.4, 3.0, null, 3.0);

  @Nested
  class Pending {

    @Test
    void autoItem_isNeverPending() {
      assertThat(AUTO.pending()).isFalse();
    }

    @Test
    void manualAndMixedItemsWithoutTaMarks_arePending() {
      assertThat(MANUAL.pending()).isTrue();
      assertThat(MIXED.pending()).isTrue();
    }

    @Test
    void itemWithTaMarks_isNoLongerPending() {
      assertThat(MIXED.withManualScore(1.0).pending()).isFalse();
      assertThat(MANUAL.withManualScore(0.0).pending()).isFalse();
    }
  }

  @Nested
  class KnownScore {

    @Test
    void autoItem_knowsItsScore() {
      assertThat(AUTO.knownScore()).isEqualTo(5.5);
    }

    @Test
    void pendingMixedItem_knowsItsAutoPart() {
      assertThat(MIXED.knownScore()).isEqualTo(2.4);
    }

    @Test
    void pendingManualItem_knowsNothingYet() {
      assertThat(MANUAL.knownScore()).isEqualTo(0.0);
    }
  }

  @Nested
  class WithManualScore {

    @Test
    void mixedItem_addsTheTaMarksToItsAutoPart() {
      ItemResult marked = MIXED.withManualScore(2.5);

      assertThat(marked)
          .isEqualTo(
              new ItemResult("4b", "Activation functions", "mixed", 4.9, 6, 2.4, 3.0, 2.5, 3.0));
      assertThat(marked.knownScore()).isEqualTo(4.9);
    }

    @Test
    void manualItem_scoresTheTaMarks() {
      assertThat(MANUAL.withManualScore(0.75))
          .isEqualTo(
              new ItemResult(
                  "3a-iii", "Firing-rate plot", "manual", 0.75, 1, null, null, 0.75, 1.0));
    }

    @Test
    void sumThatIsNotExactInDoubles_isRounded() {
      ItemResult item = new ItemResult("x", "X", "mixed", null, 1, 0.1, 0.5, null, 0.5);

      // 0.1 + 0.2 is 0.30000000000000004 in doubles; Marks.round gives the double nearest 0.3.
      assertThat(item.withManualScore(0.2).score()).isEqualTo(0.3);
    }

    @Test
    void nullMarks_makeTheItemPendingAgain() {
      ItemResult cleared = MIXED.withManualScore(2.5).withManualScore(null);

      assertThat(cleared).isEqualTo(MIXED);
      assertThat(cleared.pending()).isTrue();
    }
  }
}
