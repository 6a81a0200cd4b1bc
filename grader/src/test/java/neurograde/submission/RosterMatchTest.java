package neurograde.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RosterMatchTest {

  private static Map<String, String> roster(String... idsAndNames) {
    Map<String, String> roster = new LinkedHashMap<>();
    for (int i = 0; i < idsAndNames.length; i += 2) {
      roster.put(idsAndNames[i], idsAndNames[i + 1]);
    }
    return roster;
  }

  @Test
  void idsThatDifferOnlyInCase_matchAndKeepTheSubmissionsId() {
    RosterMatch match =
        RosterMatch.of(
            roster("Alice", "Alice Archer", "bob", "Bob Baker"), List.of("alice", "bob"));

    assertThat(match.names())
        .containsExactly(entry("alice", "Alice Archer"), entry("bob", "Bob Baker"));
    assertThat(match.absent()).isEmpty();
    assertThat(match.warnings())
        .containsExactly(
            "roster id \"Alice\" matched the submission \"alice\" ignoring case; its result is"
                + " alice.json");
  }

  @Test
  void rosterIdWithoutASubmission_isAbsent() {
    RosterMatch match = RosterMatch.of(roster("alice", "Alice", "nick", null), List.of("alice"));

    assertThat(match.names()).containsOnlyKeys("alice");
    assertThat(match.absent()).containsExactly(entry("nick", null));
    assertThat(match.warnings()).isEmpty();
  }

  @Test
  void submissionNotOnTheRoster_isGradedWithAWarning() {
    RosterMatch match = RosterMatch.of(roster("alice", "Alice"), List.of("alice", "zed"));

    assertThat(match.names()).containsOnlyKeys("alice");
    assertThat(match.warnings())
        .containsExactly("submission \"zed\" is not on the roster; it was graded all the same");
  }

  @Test
  void noRoster_warnsNothing() {
    RosterMatch match = RosterMatch.of(Map.of(), List.of("alice", "bob"));

    assertThat(match.names()).isEmpty();
    assertThat(match.absent()).isEmpty();
    assertThat(match.warnings()).isEmpty();
  }
}
