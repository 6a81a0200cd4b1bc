package neurograde.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerLabelTest {

  private static final AnswerLabel FOUR = new AnswerLabel("4", "", "");
  private static final AnswerLabel THREE_C = new AnswerLabel("3", "c", "");

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "4a | 4a",
        "Q4a | 4a",
        "q4a: ReLU | 4a",
        "Question 4a | 4a",
        "QUESTION 4A | 4a",
        "Question: 4a | 4a",
        "4(a) | 4a",
        "4 (a) | 4a",
        "4.a | 4a",
        "4a) The derivative | 4a",
        "3c(iii) | 3c-iii",
        "3c-iii | 3c-iii",
        "3.c.iii | 3c-iii",
        "3ciii | 3c-iii",
        "3c iii | 3c-iii",
        "3 (c) (iii) | 3c-iii",
        "Question 3c-iii (inhibition) | 3c-iii",
        "3d-v: Period of the ring | 3d-v",
        "Period 0.39 s (3d-v) | 3d-v",
        "3 neurons and inhibition (3c-iii) | 3c-iii",
        "4c (uses the result of 4b) | 4c",
        "Question 4 | 4",
        "Exercise 2 | 2",
        "04b | 4b",
      })
  void aHeadingTitle_givesItsLabel(String title, String label) {
    assertThat(AnswerLabel.inTitle(title, null)).map(AnswerLabel::toString).contains(label);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "Written answers",
        "Notes",
        "Period of about 0.39 s",
        "HQ4a",
        "v2 of the plots",
        "3dim",
        "12345a",
        "(a)",
        "Answers",
        "A network",
        ""
      })
  void aTitleWithoutALabel_givesNone(String title) {
    assertThat(AnswerLabel.inTitle(title, null)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" under {1} is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "(a) | 4 | 4a",
        "a) Derivative of ReLU | 4 | 4a",
        "a. Derivative of ReLU | 4 | 4a",
        "a | 4 | 4a",
        "Part b | 4 | 4b",
        "(iii) | 3c | 3c-iii",
        "ii. Tanh | 3c | 3c-ii",
      })
  void aPartUnderAQuestion_isRelativeToIt(String title, String context, String label) {
    AnswerLabel enclosing = AnswerLabel.ofItem(context).orElseThrow();

    assertThat(AnswerLabel.inTitle(title, enclosing)).map(AnswerLabel::toString).contains(label);
  }

  @Test
  void aPartNeedsAnEnclosingLabelAndADelimiter() {
    assertThat(AnswerLabel.inTitle("(a)", null)).isEmpty();
    assertThat(AnswerLabel.inTitle("A network", FOUR)).isEmpty();
    assertThat(AnswerLabel.inTitle("Sigmoid", THREE_C)).isEmpty();
    assertThat(AnswerLabel.inTitle("(ab)", FOUR)).isEmpty();
  }

  @ParameterizedTest(name = "**{0}** is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "4a | 4a",
        "4a. | 4a",
        "Question 4a: | 4a",
        "Q4(a) | 4a",
        "4a - ReLU | 4a",
        "Question 2 | 2",
        "3c(iii) | 3c-iii",
      })
  void aBoldLabel_givesItsLabel(String bold, String label) {
    assertThat(AnswerLabel.inBold(bold, null)).map(AnswerLabel::toString).contains(label);
  }

  @ParameterizedTest(name = "**{0}**")
  @ValueSource(strings = {"2 spikes", "20 dots", "0.39 s", "4a is wrong", "Note", "A", "C:"})
  void boldTextThatIsNotALabel_givesNone(String bold) {
    assertThat(AnswerLabel.inBold(bold, FOUR)).isEmpty();
    assertThat(AnswerLabel.inBold(bold, null)).isEmpty();
  }

  @Test
  void aBoldPartNeedsBrackets() {
    assertThat(AnswerLabel.inBold("(b)", FOUR)).map(AnswerLabel::toString).contains("4b");
    assertThat(AnswerLabel.inBold("b)", FOUR)).map(AnswerLabel::toString).contains("4b");
    assertThat(AnswerLabel.inBold("b.", FOUR)).isEmpty();
    assertThat(AnswerLabel.inBold("(iii)", THREE_C)).map(AnswerLabel::toString).contains("3c-iii");
  }

  @Test
  void partsAreWithinTheirItem() {
    AnswerLabel fourB = AnswerLabel.ofItem("4b").orElseThrow();
    AnswerLabel fourBii = AnswerLabel.ofItem("4b-ii").orElseThrow();

    assertThat(fourBii.partOf(fourB)).isTrue();
    assertThat(fourB.partOf(FOUR)).isTrue();
    assertThat(fourB.partOf(fourB)).isFalse();
    assertThat(fourB.within(fourB)).isTrue();
    assertThat(fourB.partOf(fourBii)).isFalse();
    assertThat(AnswerLabel.ofItem("41").orElseThrow().within(FOUR)).isFalse();
    assertThat(AnswerLabel.ofItem("Reflection")).isEqualTo(Optional.empty());
  }

  @Test
  void aLongRunOfDigitsOrLetters_isReadInOnePass() {
    String digits = "7".repeat(1_000_000) + " 4a";
    String letters = "q".repeat(1_000_000) + "4a";

    assertThat(AnswerLabel.inTitle(digits, null)).map(AnswerLabel::toString).contains("4a");
    assertThat(AnswerLabel.inTitle(letters, null)).isEmpty();
  }
}
