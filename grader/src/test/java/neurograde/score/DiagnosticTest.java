package neurograde.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiagnosticTest {

  @Test
  void messageQuotingAMegabyteOfStudentText_isShortenedSayingBy() {
    Diagnostic d = Diagnostic.of("compile", "cannot find symbol: " + "x".repeat(1_000_000));

    assertThat(d.message()).hasSizeLessThanOrEqualTo(Diagnostic.MAX_MESSAGE);
    assertThat(d.message())
        .endsWith(
            "... (1000020 more characters)"
                .replace("1000020", String.valueOf(1_000_020 - (Diagnostic.MAX_MESSAGE - 40))));
  }

  @Test
  void shortenedMessage_isNotShortenedAgainWhenReadBack() {
    Diagnostic once = Diagnostic.of("compile", "y".repeat(10_000));

    assertThat(Diagnostic.of("compile", once.message())).isEqualTo(once);
  }

  @Test
  void halfASurrogatePair_becomesAReplacementCharacter() {
    assertThat(Diagnostic.at("input", "A\uD800.java", null, "\uDC00 and \uD83D\uDE00").message())
        .isEqualTo("\uFFFD and \uD83D\uDE00");
    assertThat(Diagnostic.at("input", "A\uD800.java", null, "x").file()).isEqualTo("A\uFFFD.java");
  }
}
