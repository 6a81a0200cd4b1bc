package neurograde.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import neurograde.report.Answers.Answer;
import neurograde.report.Answers.Status;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswersTest {

  private static Answer found(String text, String labelledAs) {
    return new Answer(Status.FOUND, text, labelledAs);
  }

  @Nested
  class Labels {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "## 4a",
          "# 4a",
          "#### 4a",
          "## Q4a",
          "## Question 4a",
          "## 4(a)",
          "## 4.a",
          "## 4A: derivative of ReLU",
          "##   4a   ##",
          "**4a**",
          "**4a.**",
          "**Question 4a:**",
          "__Q4(a)__",
        })
    void everyCommonWayOfLabelling4a_findsTheAnswer(String label) {
      Answers answers = Answers.parse("# Answers\n\n" + label + "\nmax(0, z) has slope 0 or 1\n");

      assertThat(answers.answer("4a").text()).isEqualTo("max(0, z) has slope 0 or 1");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "## 3c-iii",
          "## 3c(iii)",
          "## 3.c.iii",
          "## Question 3c-iii (inhibition)",
          "## Q3c iii",
          "### 3ciii"
        })
    void everyCommonWayOfLabelling3cIii_findsTheAnswer(String label) {
      Answers answers = Answers.parse(label + "\nC silences A and B.\n## 3d-v\n0.39 s\n");

      assertThat(answers.answer("3c-iii").text()).isEqualTo("C silences A and B.");
      assertThat(answers.answer("3d-v").text()).isEqualTo("0.39 s");
    }

    @Test
    void aBoldLabel_keepsTheRestOfItsLine() {
      Answers answers = Answers.parse("**4a:** the step function\nH(z)\n**4b.** plots\n");

      assertThat(answers.answer("4a")).isEqualTo(found("the step function\nH(z)", "**4a:**"));
      assertThat(answers.answer("4b")).isEqualTo(found("plots", "**4b.**"));
    }

    @Test
    void partsUnderAQuestionHeading_takeTheQuestionsNumber() {
      Answers answers =
          Answers.parse(
              """
              ## Question 4
              ### (a)
              H(z)
              ### (b)
              #### i. Sigmoid
              peaks at 0.25
              ## Question 3
              ### (c)
              #### (iii)
              C wins
              ## Q2
              **(a)** not an item
              **(b)** either
              """);

      assertThat(answers.answer("4a").text()).isEqualTo("H(z)");
      assertThat(answers.answer("4b"))
          .isEqualTo(found("#### i. Sigmoid\npeaks at 0.25", "### (b)"));
      assertThat(answers.answer("3c-iii").text()).isEqualTo("C wins");
      assertThat(answers.answer("2b")).isEqualTo(found("either", "**(b)**"));
      assertThat(answers.labels())
          .containsExactly("4", "4a", "4b", "4b-i", "3", "3c", "3c-iii", "2", "2a", "2b");
    }

    @Test
    void aLoneLetterUnderAFullLabel_isNotAPart() {
      Answers answers = Answers.parse("## 3c-iii\n### A\nstops at 0.84 s\n### B\nstops later\n");

      assertThat(answers.answer("3c-iii").text())
          .isEqualTo("### A\nstops at 0.84 s\n### B\nstops later");
    }

    @Test
    void boldTextThatIsNotALabel_staysInTheAnswer() {
      Answers answers =
          Answers.parse(
              """
              ## Question 3c-iii
              **A** and **B** stop.
              **2 spikes** of C were enough; **0.84 s** is when A stops.
              **Note:** B stops later.
              ## 3d-v
              """);

      assertThat(answers.answer("3c-iii").text())
          .isEqualTo(
              "**A** and **B** stop.\n"
                  + "**2 spikes** of C were enough; **0.84 s** is when A stops.\n"
                  + "**Note:** B stops later.");
    }

    @Test
    void aHeadingMayCarryOtherWordsAndNumbers() {
      Answers answers =
          Answers.parse(
              "## Period of about 0.39 s (3d-v)\nmedian of the laps\n## 4c (uses 4b)\nw f'\n");

      assertThat(answers.answer("3d-v").text()).isEqualTo("median of the laps");
      assertThat(answers.answer("4c").text()).isEqualTo("w f'");
      assertThat(answers.answer("4b").status()).isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void aNameThatIsNotALabel_isLookedForInHeadings() {
      Answers answers = Answers.parse("## My reflection\nIt went well.\n## 4a\nH(z)\n");

      assertThat(answers.answer("Reflection"))
          .isEqualTo(found("It went well.", "## My reflection"));
    }
  }

  @Nested
  class WhereAnAnswerEnds {

    @Test
    void aHigherLevelHeadingOfAnotherItem_endsIt() {
      Answers answers = Answers.parse("# 4b\nthree plots\n## 4c:\nw f'(wx + b)\n");

      assertThat(answers.answer("4b").text()).isEqualTo("three plots");
      assertThat(answers.answer("4c").text()).isEqualTo("w f'(wx + b)");
    }

    @Test
    void subHeadingsWithoutALabel_orOfItsOwnParts_belongToIt() {
      Answers answers =
          Answers.parse(
              """
              ## 4b
              ### Sigmoid
              The derivative approaches 0 as |z| grows.
              ### 4b-ii Tanh
              Maximum 1 at z = 0.
              ## 4c
              """);

      assertThat(answers.answer("4b").text())
          .isEqualTo(
              "### Sigmoid\nThe derivative approaches 0 as |z| grows.\n"
                  + "### 4b-ii Tanh\nMaximum 1 at z = 0.");
      assertThat(answers.answer("4b-ii").text()).isEqualTo("Maximum 1 at z = 0.");
    }

    @Test
    void anItemWrittenOnlyInParts_collectsThemWithTheirLabels() {
      Answers answers =
          Answers.parse("## 4c-i\nw f'\n\n## 4c-ii\nx f'\n## 4c-iii\nf'\n## Notes\nlate\n");

      assertThat(answers.answer("4c"))
          .isEqualTo(found("## 4c-i\nw f'\n\n## 4c-ii\nx f'\n\n## 4c-iii\nf'", "## 4c-i"));
    }

    @Test
    void anItemLabelledTwice_showsBoth() {
      Answers answers = Answers.parse("## 4a\nH(z)\n## 4b\nplots\n## 4a (again)\nat 0: any\n");

      assertThat(answers.answer("4a").text()).isEqualTo("H(z)\n\n## 4a (again)\nat 0: any");
    }
  }

  @Nested
  class TheStudentsText {

    @Test
    void linesBulletsAndIndentation_areKept() {
      Answers answers =
          Answers.parse(
              "## 4b\n\n- sigmoid: max 0.25 at 0\n- tanh: max 1 at 0\n    - ReLU: 1 for z > 0\n\n");

      assertThat(answers.answer("4b").text())
          .isEqualTo("- sigmoid: max 0.25 at 0\n- tanh: max 1 at 0\n    - ReLU: 1 for z > 0");
    }

    @Test
    void headingsInCodeFences_areCode_evenWithFencesInside() {
      Answers answers =
          Answers.parse(
              """
              ## 3d-v
              ````markdown
              ```python
              # 4a
              ```
              ## 4b
              ````
              about 0.39 s
              ~~~
              # 4c
              ~~~
              ## 4a
              H(z)
              """);

      assertThat(answers.answer("3d-v").text())
          .isEqualTo(
              "````markdown\n```python\n# 4a\n```\n## 4b\n````\nabout 0.39 s\n~~~\n# 4c\n~~~");
      assertThat(answers.answer("4a").text()).isEqualTo("H(z)");
      assertThat(answers.answer("4b").status()).isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void aFenceNeverClosed_doesNotHideTheAnswersAfterIt() {
      Answers answers = Answers.parse("## 3d-v\n```python\nperiod = 0.39\n## 4a\nH(z)\n");

      assertThat(answers.answer("3d-v").text()).isEqualTo("```python\nperiod = 0.39");
      assertThat(answers.answer("4a").text()).isEqualTo("H(z)");
    }

    @Test
    void byteOrderMarkAndEveryKindOfLineEnd_areRead() {
      Answers answers = Answers.parse("\uFEFF## 3d-v\r\nabout 0.39 s\r\n## 4a\rH(z)\r## 4b\nplots");

      assertThat(answers.answer("3d-v").text()).isEqualTo("about 0.39 s");
      assertThat(answers.answer("4a").text()).isEqualTo("H(z)");
      assertThat(answers.answer("4b").text()).isEqualTo("plots");
    }

    @Test
    void hashWithoutASpace_andSevenHashes_areText() {
      Answers answers = Answers.parse("## 4a\n#include is not a heading\n####### 4b\n");

      assertThat(answers.answer("4a").text()).isEqualTo("#include is not a heading\n####### 4b");
    }

    @Test
    void controlCharactersAndBrokenSurrogates_becomeVisibleSymbols() {
      Answers answers = Answers.parse("## 4a\nH\u0000(z)\u0007 \uD800x \uDC00\u007f\tend\n");

      assertThat(answers.answer("4a").text())
          .isEqualTo("H\u2400(z)\u2407 \uFFFDx \uFFFD\u2421\tend");
    }

    @Test
    void markupIsKeptAsTheCharactersTheStudentTyped() {
      Answers answers = Answers.parse("## 4a\n<script>alert(1)</script> &amp; <b>bold</b>\n");

      assertThat(answers.answer("4a").text())
          .isEqualTo("<script>alert(1)</script> &amp; <b>bold</b>");
    }
  }

  @Nested
  class WhenThereIsNoAnswer {

    @Test
    void noFile_emptyFile_noLabel_andAnEmptySection_areToldApart() {
      assertThat(Answers.parse(null).answer("4a")).isEqualTo(new Answer(Status.NO_FILE, "", ""));
      assertThat(Answers.parse(" \n\n").answer("4a"))
          .isEqualTo(new Answer(Status.EMPTY_FILE, "", ""));
      assertThat(Answers.parse("## 4b\nplots\n").answer("4a"))
          .isEqualTo(new Answer(Status.NOT_FOUND, "", ""));
      assertThat(Answers.parse("## Question 4a\n\n## 4b\nplots\n").answer("4a"))
          .isEqualTo(new Answer(Status.EMPTY, "", "## Question 4a"));
    }
  }

  /**
   * Inputs built to make a parser slow or to break the page: each must be read in linear time (the
   * limit is generous: a quadratic parser takes minutes on them) with the outcome stated.
   */
  @Nested
  class HostileInput {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Test
    void aHeadingLineOfAMegabyteOfSpaces() {
      String markdown = "## 4a" + " ".repeat(1_000_000) + "x\nH(z)\n";

      Answers answers = assertTimeoutPreemptively(LIMIT, () -> Answers.parse(markdown));

      assertThat(answers.answer("4a"))
          .isEqualTo(found("H(z)", "## 4a" + " ".repeat(115) + "\u2026"));
    }

    @Test
    void aMegabyteOfHeadings() {
      String markdown = "## 4a\nH(z)\n" + "#\n".repeat(500_000) + "### 4b\n";

      Answers answers = assertTimeoutPreemptively(LIMIT, () -> Answers.parse(markdown));

      assertThat(answers.answer("4a").text()).isEqualTo("H(z)");
      assertThat(answers.answer("4b")).isEqualTo(new Answer(Status.EMPTY, "", "### 4b"));
    }

    @Test
    void aMegabyteOfNestedSubHeadingsUnderOneItem() {
      String markdown = "# 4b\n" + "## notes\n### more\n".repeat(50_000) + "# 4c\nw f'\n";

      Answers answers =
          assertTimeoutPreemptively(
              LIMIT,
              () -> {
                Answers parsed = Answers.parse(markdown);
                parsed.answer("4b");
                parsed.answer("4c");
                return parsed;
              });

      String cut =
          "\n[... cut here: the answer is longer than 20,000 characters; the whole file is at the"
              + " end of the report]";
      assertThat(answers.answer("4b").text())
          .startsWith("## notes\n### more\n## notes\n")
          .endsWith(cut)
          .hasSize(Answers.MAX_ANSWER_CHARS + cut.length());
      assertThat(answers.answer("4c").text()).isEqualTo("w f'");
    }

    @Test
    void aMegabyteOfFenceLinesThatNeverClose() {
      StringBuilder markdown = new StringBuilder("## 4a\nH(z)\n");
      for (int i = 0; i < 100_000; i++) {
        markdown.append("`".repeat(3 + i % 5)).append("x\n");
      }
      markdown.append("## 4b\nplots\n");

      Answers answers = assertTimeoutPreemptively(LIMIT, () -> Answers.parse(markdown.toString()));

      assertThat(answers.answer("4b").text()).isEqualTo("plots");
    }

    @Test
    void aMegabyteOfBoldMarkersAndDigits() {
      String markdown = "## 4a\n" + "**".repeat(300_000) + "\n" + "4".repeat(300_000) + "a\n";

      Answers answers = assertTimeoutPreemptively(LIMIT, () -> Answers.parse(markdown));

      assertThat(answers.labels()).containsExactly("4a");
    }

    @Test
    void aFileLongerThanTheLimit_isCut() {
      String markdown = "## 4a\n" + "y".repeat(Answers.MAX_CHARS) + "\n## 4b\nplots\n";

      Answers answers = Answers.parse(markdown);

      assertThat(answers.unread()).isEqualTo(6 + 1 + 12);
      assertThat(answers.answer("4b").status()).isEqualTo(Status.NOT_FOUND);
      assertThat(answers.answer("4a").text())
          .startsWith("yyyy")
          .endsWith(
              "[... cut here: the answer is longer than 20,000 characters; the whole file is at"
                  + " the end of the report]");
    }
  }
}
