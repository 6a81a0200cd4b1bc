package neurograde.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswersTest {

  private static final String WITH_SUBSECTIONS_AND_CODE =
      """
      # Written answers

      ## 3d-v: Period of the ring
      The wave takes about 0.39 s to go around the ring. I measured it like this:
      ```python
      # onsets of the bursts of neuron A, then the median lap
      period = np.median(np.diff(onsets[1:]))
      ```
      which gives 0.394 s.

      ## 4b

      ### Sigmoid
      The derivative approaches 0 as |z| grows; its maximum is 0.25, at z = 0.
      ### Tanh
      Maximum 1 at z = 0.

      ## 4c
      ### 4c-i
      w f'(wx + b)
      """;

  @Test
  void commentInACodeFence_isNotAHeading() {
    Answers answers = Answers.parse(WITH_SUBSECTIONS_AND_CODE);

    assertThat(answers.answer("3d-v"))
        .startsWith("The wave takes about 0.39 s")
        .contains("# onsets of the bursts of neuron A, then the median lap")
        .endsWith("which gives 0.394 s.");
  }

  @Test
  void subHeadings_belongToTheItemAbove() {
    Answers answers = Answers.parse(WITH_SUBSECTIONS_AND_CODE);

    assertThat(answers.answer("4b"))
        .isEqualTo(
            "### Sigmoid\nThe derivative approaches 0 as |z| grows; its maximum is 0.25, at z = 0.\n\n"
                + "### Tanh\nMaximum 1 at z = 0.");
    assertThat(answers.answer("4c")).isEqualTo("### 4c-i\nw f'(wx + b)");
    assertThat(answers.answer("4c-i")).isEqualTo("w f'(wx + b)");
  }

  @Test
  void headingMayNameTheItemAmongOtherWords() {
    Answers answers =
        Answers.parse("## Question 3c-iii (inhibition)\nC silences A.\n## 4a\nstep\n");

    assertThat(answers.answer("3c-iii")).isEqualTo("C silences A.");
    assertThat(answers.answer("3c")).isNull();
    assertThat(answers.answer("4a")).isEqualTo("step");
    assertThat(answers.answer("4b")).isNull();
  }

  @Test
  void byteOrderMarkAndWindowsLineEnds_areRead() {
    Answers answers = Answers.parse("\uFEFF## 3d-v\r\nabout 0.39 s\r\n## 4a\r\n0 or 1\r\n");

    assertThat(answers.answer("3d-v")).isEqualTo("about 0.39 s");
    assertThat(answers.answer("4a")).isEqualTo("0 or 1");
  }

  @Test
  void hashWithoutASpace_isText() {
    Answers answers = Answers.parse("## 4a\n#include is not a heading\n");

    assertThat(answers.answer("4a")).isEqualTo("#include is not a heading");
  }

  @Test
  void wholeFile_keepsEveryHeadingAndLevelInOrder() {
    Answers answers = Answers.parse("intro\n## 4b\n### Sigmoid\nflat tails\n");

    assertThat(answers.blocks())
        .containsExactly(
            new Answers.Block(0, "", "intro"),
            new Answers.Block(2, "4b", ""),
            new Answers.Block(3, "Sigmoid", "flat tails"));
    assertThat(Answers.parse(null).isEmpty()).isTrue();
    assertThat(Answers.parse("").isEmpty()).isTrue();
  }
}
