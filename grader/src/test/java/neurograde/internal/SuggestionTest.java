package neurograde.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionTest {

  @Test
  void closeName_isSuggested_ignoringCase() {
    assertThat(Suggestion.didYouMean("step.eular", List.of("step.reset", "step.euler")))
        .isEqualTo(" (did you mean \"step.euler\"?)");
    assertThat(Suggestion.didYouMean("Marks", List.of("marks", "title")))
        .isEqualTo(" (did you mean \"marks\"?)");
  }

  @Test
  void farName_isNotSuggested() {
    assertThat(Suggestion.didYouMean("weight", List.of("id", "marks", "title"))).isEmpty();
    assertThat(Suggestion.didYouMean("x", List.of())).isEmpty();
  }

  @Test
  void distance_countsInsertionsDeletionsAndReplacements() {
    assertThat(Suggestion.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestion.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestion.distance("same", "same")).isZero();
  }
}
