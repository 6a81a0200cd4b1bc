package neurograde.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import neurograde.InputException;
import neurograde.rubric.RubricItem.Kind;
import neurograde.rubric.RubricItem.ManualPart;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RubricLoaderTest {

  @Nested
  class BundledRubric {

    private final Rubric rubric = RubricLoader.bundled();

    @Test
    void isAssignmentOneWorth47Marks() {
      assertThat(rubric.assignment()).isEqualTo("a1");
      assertThat(rubric.title()).isEqualTo("Assignment 1: Modelling Neurons");
      assertThat(rubric.maxScore()).isCloseTo(47.0, within(1e-9));
    }

    @Test
    void itemsAreTheQuestionsOfTheStatementWithTheirMarksInOrder() {
      Map<String, Double> expected = new LinkedHashMap<>();
      expected.put("1a", 2.0);
      expected.put("1b", 7.0);
      expected.put("2", 5.0);
      expected.put("3a-i", 3.0);
      expected.put("3a-ii", 2.0);
      expected.put("3a-iii", 1.0);
      expected.put("3b-i", 2.0);
      expected.put("3b-ii", 1.0);
      expected.put("3c-i", 3.0);
      expected.put("3c-iii", 1.0);
      expected.put("3d-i", 2.0);
      expected.put("3d-ii", 1.0);
      expected.put("3d-iii", 1.0);
      expected.put("3d-iv", 1.0);
      expected.put("3d-v", 1.0);
      expected.put("4a", 2.0);
      expected.put("4b", 6.0);
      expected.put("4c", 6.0);

      Map<String, Double> actual = new LinkedHashMap<>();
      rubric.items().forEach(i -> actual.put(i.id(), i.marks()));

      // Item marks are whole numbers in the file, so exact.
      assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void itemKinds_areAutoManualOrMixedAsTheStatementSays() {
      Map<String, String> kinds = new LinkedHashMap<>();
      rubric.items().forEach(i -> kinds.put(i.id(), i.kind().label()));

      assertThat(kinds)
          .containsEntry("1a", "auto")
          .containsEntry("1b", "auto")
          .containsEntry("2", "auto")
          .containsEntry("3a-i", "auto")
          .containsEntry("3a-ii", "auto")
          .containsEntry("3a-iii", "manual")
          .containsEntry("3b-i", "auto")
          .containsEntry("3b-ii", "manual")
          .containsEntry("3c-i", "auto")
          .containsEntry("3c-iii", "manual")
          .containsEntry("3d-i", "auto")
          .containsEntry("3d-ii", "auto")
          .containsEntry("3d-iii", "auto")
          .containsEntry("3d-iv", "mixed")
          .containsEntry("3d-v", "mixed")
          .containsEntry("4a", "mixed")
          .containsEntry("4b", "mixed")
          .containsEntry("4c", "mixed")
          .hasSize(18);
    }

    @Test
    void everyAutoOrMixedItem_hasAtLeastOneCheck() {
      assertThat(rubric.items())
          .filteredOn(i -> i.kind() != Kind.MANUAL)
          .allSatisfy(i -> assertThat(i.checks()).as(i.id()).isNotEmpty());
    }

    @Test
    void everyManualOrMixedItem_hasAManualPartAndNoManualItemHasChecks() {
      assertThat(rubric.items())
          .filteredOn(i -> i.kind() != Kind.AUTO)
          .allSatisfy(i -> assertThat(i.manual()).as(i.id()).isPresent());
      assertThat(rubric.items())
          .filteredOn(i -> i.kind() == Kind.MANUAL)
          .allSatisfy(i -> assertThat(i.checks()).as(i.id()).isEmpty());
    }

    @Test
    void everyCheck_belongsToExactlyOneItem() {
      assertThat(rubric.checks())
          .allSatisfy(
              check -> {
                assertThat(rubric.items().stream().filter(i -> i.checks().contains(check)).count())
                    .as(check.id())
                    .isEqualTo(1);
                assertThat(rubric.itemOfCheck(check.id())).as(check.id()).isPresent();
              });
      assertThat(rubric.checks()).extracting(RubricCheck::id).doesNotHaveDuplicates();
    }

    @Test
    void everyItem_isWorthItsChecksPlusItsManualPart() {
      assertThat(rubric.items())
          .allSatisfy(
              i ->
                  assertThat(i.autoMarks() + i.manualMarks())
                      .as(i.id())
                      .isCloseTo(i.marks(), within(1e-9)));
    }

    @Test
    void fourBsFiveChecksOfPointSix_makeThreeAutoMarks() {
      RubricItem fourB = rubric.item("4b").orElseThrow();

      assertThat(fourB.checks()).extracting(RubricCheck::marks).containsOnly(0.6).hasSize(5);
      assertThat(fourB.autoMarks()).isCloseTo(3.0, within(1e-9));
      assertThat(fourB.manualMarks()).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void writtenAnswerItems_nameTheirHeadingInAnswers() {
      Map<String, String> headings = new LinkedHashMap<>();
      rubric
          .items()
          .forEach(
              i -> i.manual().flatMap(ManualPart::answer).ifPresent(a -> headings.put(i.id(), a)));

      assertThat(headings)
          .containsExactly(
              Map.entry("3c-iii", "3c-iii"),
              Map.entry("3d-v", "3d-v"),
              Map.entry("4a", "4a"),
              Map.entry("4b", "4b"),
              Map.entry("4c", "4c"));
    }

    @Test
    void checkWithATitle_keepsIt() {
      assertThat(rubric.itemOfCheck("step.interpolation").map(RubricItem::id)).contains("1b");
      assertThat(rubric.item("1b").orElseThrow().checks())
          .contains(
              new RubricCheck("step.interpolation", "Spike time by linear interpolation", 1.0));
    }

    @Test
    void fileInTheRepository_readsToTheSameRubric() {
      Rubric fromFile = RubricLoader.read(Path.of("..", "rubrics", "a1.yaml"));

      assertThat(fromFile).isEqualTo(rubric);
    }
  }

  @Nested
  class ValidRubrics {

    @Test
    void smallRubric_isReadWithDefaultsFilledIn() {
      Rubric rubric =
          RubricLoader.parse(
              "r.yaml",
              """
          assignment: t1
          title: Test
          items:
            - id: 2
              title: Simulate
              marks: 1.5
              checks:
                - {id: a.one, marks: 1}
                - {id: a.two, marks: 0.5, title: The second}
            - id: "w"
              title: Written
              marks: 1
              manual: {marks: 1, description: Judged by eye}
          """);

      assertThat(rubric)
          .isEqualTo(
              new Rubric(
                  "t1",
                  "Test",
                  List.of(
                      new RubricItem(
                          "2",
                          "Simulate",
                          1.5,
                          List.of(
                              new RubricCheck("a.one", "a.one", 1.0),
                              new RubricCheck("a.two", "The second", 0.5)),
                          Optional.empty()),
                      new RubricItem(
                          "w",
                          "Written",
                          1.0,
                          List.of(),
                          Optional.of(new ManualPart(1.0, "Judged by eye", Optional.empty()))))));
    }

    @Test
    void checksAddingUpToTheMarksOnlyUpToRounding_areAccepted() {
      Rubric rubric =
          RubricLoader.parse(
              "r.yaml",
              """
          assignment: t1
          title: Test
          items:
            - id: x
              title: X
              marks: 0.3
              checks: [{id: a, marks: 0.1}, {id: b, marks: 0.2}]
          """);

      assertThat(rubric.item("x").orElseThrow().autoMarks()).isCloseTo(0.3, within(1e-9));
    }
  }

  @Nested
  class InvalidRubrics {

    private static final String HEAD = "assignment: t1\ntitle: Test\nitems:\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
        not a mapping          | - a\\n- b\\n                                                                   | r.yaml:1: a rubric is a mapping with assignment, title and items
        unknown top key        | assignment: t1\\ntitle: T\\nitem: []\\n                                        | r.yaml:3: unknown key "item" (did you mean "items"?); expected one of [assignment, items, marks, title]
        missing assignment     | title: T\\nitems: []\\n                                                        | r.yaml:1: missing "assignment"
        blank title            | assignment: t1\\ntitle: ' '\\nitems: []\\n                                     | r.yaml:2: "title" must be a non-empty text, got " "
        no items               | assignment: t1\\ntitle: T\\n                                                   | r.yaml: "items" must be a non-empty list of items
        empty items            | assignment: t1\\ntitle: T\\nitems: []\\n                                       | r.yaml:3: "items" must be a non-empty list of items
        item not a mapping     | HEAD  - 1a\\n                                                                   | r.yaml:4: an item is a mapping with id, title, marks and checks or manual
        unknown item key       | HEAD  - {id: x, title: X, mark: 1}\\n                                           | r.yaml:4: unknown key "mark" (did you mean "marks"?); expected one of [checks, id, manual, marks, title]
        missing item marks     | HEAD  - id: x\\n    title: X\\n    checks: [{id: a, marks: 1}]\\n                | r.yaml:4: missing "marks"
        missing item title     | HEAD  - id: x\\n    marks: 1\\n                                                 | r.yaml:4: missing "title"
        negative marks         | HEAD  - id: x\\n    title: X\\n    marks: -1\\n                                 | r.yaml:6: item "x": "marks" must be a number above 0, like 1 or 0.5; got -1
        zero marks             | HEAD  - id: x\\n    title: X\\n    marks: 0\\n                                  | r.yaml:6: item "x": "marks" must be a number above 0, like 1 or 0.5; got 0
        text marks             | HEAD  - id: x\\n    title: X\\n    marks: two\\n                                | r.yaml:6: item "x": "marks" must be a number above 0, like 1 or 0.5; got "two"
        infinite marks         | HEAD  - id: x\\n    title: X\\n    marks: .inf\\n                               | r.yaml:6: not valid YAML: Malformed numeric value '.inf'
        neither part           | HEAD  - id: x\\n    title: X\\n    marks: 1\\n                                  | r.yaml:4: item "x" has neither checks nor a manual part
        checks not a list      | HEAD  - id: x\\n    title: X\\n    marks: 1\\n    checks: a.one\\n              | r.yaml:7: "checks" must be a list of checks
        check not a mapping    | HEAD  - id: x\\n    title: X\\n    marks: 1\\n    checks: [a.one]\\n            | r.yaml:7: a check is a mapping with id and marks
        unknown check key      | HEAD  - id: x\\n    title: X\\n    marks: 1\\n    checks: [{id: a, marks: 1, weight: 2}] | r.yaml:7: unknown key "weight"; expected one of [id, marks, title]
        check without marks    | HEAD  - id: x\\n    title: X\\n    marks: 1\\n    checks: [{id: a}]\\n          | r.yaml:7: missing "marks"
        manual not a mapping   | HEAD  - id: x\\n    title: X\\n    marks: 1\\n    manual: 1\\n                  | r.yaml:7: "manual" is a mapping with marks and description
        manual no description  | HEAD  - id: x\\n    title: X\\n    marks: 1\\n    manual: {marks: 1}\\n         | r.yaml:7: missing "description"
        unknown manual key     | HEAD  - id: x\\n    title: X\\n    marks: 1\\n    manual: {marks: 1, description: d, heading: x} | r.yaml:7: unknown key "heading"; expected one of [answer, description, marks]
        parts do not add up    | HEAD  - id: x\\n    title: X\\n    marks: 2\\n    checks: [{id: a, marks: 1}]\\n    manual: {marks: 0.5, description: d}\\n | r.yaml:6: item "x" is worth 2 marks but its checks and manual part add up to 1.5
        """)
    void badRubric_isRejectedNamingTheLineAndTheProblem(String what, String yaml, String message) {
      String text = yaml.replace("HEAD", HEAD).replace("\\n", "\n");

      assertThatThrownBy(() -> RubricLoader.parse("r.yaml", text))
          .isInstanceOf(InputException.class)
          .hasMessageStartingWith(message);
    }

    @Test
    void duplicateItemId_isRejectedAtTheSecondItem() {
      String yaml =
          HEAD
              + """
            - {id: x, title: X, marks: 1, checks: [{id: a, marks: 1}]}
            - {id: x, title: Again, marks: 1, checks: [{id: b, marks: 1}]}
          """;

      assertThatThrownBy(() -> RubricLoader.parse("r.yaml", yaml))
          .isInstanceOf(InputException.class)
          .hasMessage("r.yaml:5: item id \"x\" is used twice");
    }

    @Test
    void checkUsedByTwoItems_isRejectedAtItsSecondUse() {
      String yaml =
          HEAD
              + """
            - {id: x, title: X, marks: 1, checks: [{id: a, marks: 1}]}
            - id: y
              title: Y
              marks: 1
              checks:
                - {id: a, marks: 1}
          """;

      assertThatThrownBy(() -> RubricLoader.parse("r.yaml", yaml))
          .isInstanceOf(InputException.class)
          .hasMessage("r.yaml:9: check \"a\" is used twice");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
        no colon after a key     | HEAD  - id: x\\n    title Foo\\n    marks: 1\\n                  | r.yaml:5: "title Foo" has no ':' after its key; write it as key: value (for example title: My title)
        colon inside a value     | HEAD  - id: x\\n    title: Note: this\\n                        | r.yaml:5: "title: Note: this": a value containing ": " must be in quotes, for example description: "Note: ..."
        key indented too far     | HEAD  - id: x\\n       title: X\\n                             | r.yaml:5: "title: X" is indented more than the line above; keys of one item line up
        key indented too little  | HEAD  - id: x\\n   title: X\\n                                 | r.yaml:5: "title: X" is not indented like the lines above it: each "- " of a list, and the keys of one item, line up
        tab                      | HEAD  - id: x\\n\\ttitle: X\\n                                 | r.yaml:5: a tab character; indent with spaces only
        quote never closed       | HEAD  - id: "x\\n    title: X\\n                               | r.yaml:4: a quote opened on this line is never closed; close it on the same line
        brace never closed       | HEAD  - {id: x, marks: 1\\n  - id: y\\n                        | r.yaml:4: a '{' opened on this line is not closed with '}'
        bracket never closed     | assignment: t1\\ntitle: Test\\nitems: [unclosed\\n               | r.yaml:3: a '[' opened on this line is not closed with ']'
        value starting with @    | HEAD  - id: x\\n    title: @home\\n                            | r.yaml:5: a value cannot start with '@' unless it is quoted: write "@..."
        key given twice          | HEAD  - id: x\\n    marks: 1\\n    marks: 2\\n                 | r.yaml:6: "marks" is given twice in the same item or check; keep one of the two lines
        """)
    void yamlSyntaxError_saysTheLineAndWhatToChange_inTheRubricsWords(
        String what, String yaml, String message) {
      String text = yaml.replace("HEAD", HEAD).replace("\\n", "\n").replace("\\t", "\t");

      assertThatThrownBy(() -> RubricLoader.parse("r.yaml", text))
          .isInstanceOf(InputException.class)
          .hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
        marks in quotes          | HEAD  - {id: x, title: X, marks: "1.5", checks: [{id: a, marks: 1.5}]}\\n      |
        decimal comma            | HEAD  - {id: x, title: X, marks: "1,5", checks: [{id: a, marks: 1.5}]}\\n      | r.yaml:4: item "x": "marks" must be a number above 0, like 1 or 0.5 (use a point); got "1,5"
        check marks missing      | HEAD  - {id: x, title: X, marks: 1, checks: [{id: a, marks: }]}\\n             | r.yaml:4: check "a": "marks" must be a number above 0, like 1 or 0.5; got nothing
        manual marks text        | HEAD  - {id: x, title: X, marks: 1, manual: {marks: one, description: d}}\\n   | r.yaml:4: the manual part of item "x": "marks" must be a number above 0, like 1 or 0.5; got "one"
        empty checks, no manual  | HEAD  - id: x\\n    title: X\\n    marks: 1\\n    checks:\\n                   | r.yaml:7: item "x" has "checks:" but no check under it; list its checks, or remove the line and give it a manual part
        reserved item id         | HEAD  - {id: comment, title: X, marks: 1, checks: [{id: a, marks: 1}]}\\n     | r.yaml:4: "comment" cannot be an item id: it names the TA's comment
        total that is wrong      | assignment: t1\\ntitle: T\\nmarks: 3\\nitems:\\n  - {id: x, title: X, marks: 1, checks: [{id: a, marks: 1}]}\\n | r.yaml:3: the rubric is worth 3 marks but its items add up to 1; change "marks" or an item's marks
        """)
    void markingMistake_isOneLineInTheRubricsWords(String what, String yaml, String message) {
      String text = yaml.replace("HEAD", HEAD).replace("\\n", "\n");

      if (message == null) {
        assertThat(RubricLoader.parse("r.yaml", text).item("x").orElseThrow().marks())
            .isCloseTo(1.5, within(1e-9));
      } else {
        assertThatThrownBy(() -> RubricLoader.parse("r.yaml", text))
            .isInstanceOf(InputException.class)
            .hasMessage(message);
      }
    }

    @Test
    void checkThatNoHiddenTestImplements_isNamedWithASuggestion() {
      String yaml =
          HEAD
              + """
            - id: x
              title: X
              marks: 2
              checks:
                - {id: step.euler, marks: 1}
                - {id: step.eular, marks: 1}
          """;

      assertThatThrownBy(
              () -> RubricLoader.parse("r.yaml", yaml, List.of("step.euler", "step.reset")))
          .isInstanceOf(InputException.class)
          .hasMessage(
              "r.yaml:9: check \"step.eular\" of item \"x\" is not a hidden check (did you mean"
                  + " \"step.euler\"?); the hidden checks step.* are step.euler, step.reset");
    }

    @Test
    void emptyText_isRejected() {
      assertThatThrownBy(() -> RubricLoader.parse("r.yaml", ""))
          .isInstanceOf(InputException.class)
          .hasMessage("r.yaml: a rubric is a mapping with assignment, title and items");
    }
  }

  @Nested
  class RubricFiles {

    @TempDir Path dir;

    @Test
    void missingFile_isReported() {
      Path file = dir.resolve("a9.yaml");

      assertThatThrownBy(() -> RubricLoader.read(file))
          .isInstanceOf(InputException.class)
          .hasMessage(file + ": no such rubric file");
    }

    @Test
    void errorsInAFile_nameTheFile() throws IOException {
      Path file =
          Files.writeString(dir.resolve("a9.yaml"), "assignment: a9\ntitle: T\nitems: []\n");

      assertThatThrownBy(() -> RubricLoader.read(file))
          .isInstanceOf(InputException.class)
          .hasMessage(file + ":3: \"items\" must be a non-empty list of items");
    }
  }
}
