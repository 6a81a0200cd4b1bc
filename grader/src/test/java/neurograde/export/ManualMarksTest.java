package neurograde.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import neurograde.InputException;
import neurograde.score.ItemResult;
import neurograde.score.NoSubmission;
import neurograde.score.Scorer;
import neurograde.score.SubmissionResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManualMarksTest {

  private static final double TOLERANCE = Tolerance.MARKS;

  @TempDir Path dir;

  @Nested
  class Applying {

    @Test
    void marksOfMixedAndManualItems_completeTheirScoresAndTheTotal() {
      ManualMarks marks = ManualMarks.of(Map.of("alice", Map.of("3a-iii", 1.0, "4b", 2.5)));

      SubmissionResult result = marks.applyTo(SampleBatch.alice());

      ItemResult plot = result.item("3a-iii");
      assertThat(plot.manualScore()).isCloseTo(1.0, within(TOLERANCE));
      assertThat(plot.score()).isCloseTo(1.0, within(TOLERANCE));
      assertThat(plot.pending()).isFalse();
      ItemResult activations = result.item("4b");
      assertThat(activations.manualScore()).isCloseTo(2.5, within(TOLERANCE));
      assertThat(activations.score()).isCloseTo(3.7, within(TOLERANCE));
      assertThat(result.score()).isCloseTo(6.7, within(TOLERANCE));
      assertThat(result.item("1a")).isEqualTo(SampleBatch.alice().item("1a"));
    }

    @Test
    void itemWithoutAMark_staysPending() {
      SubmissionResult result =
          ManualMarks.of(Map.of("alice", Map.of("4b", 3.0))).applyTo(SampleBatch.alice());

      assertThat(result.item("3a-iii").pending()).isTrue();
      assertThat(result.item("3a-iii").score()).isNull();
      assertThat(result.score()).isCloseTo(6.2, within(TOLERANCE));
    }

    @Test
    void aStudentWhoSubmittedNothing_hasNothingPendingAndKeepsAMarkATaEntered() {
      SubmissionResult absent =
          Scorer.score(
              SampleBatch.rubric(),
              "nick",
              null,
              Map.of(),
              List.of(NoSubmission.diagnostic()),
              new SubmissionResult.Timings(0, 0, 0));

      SubmissionResult unmarked = ManualMarks.none().applyTo(absent);
      SubmissionResult marked = ManualMarks.of(Map.of("nick", Map.of("4b", 0.5))).applyTo(absent);

      assertThat(unmarked.items()).noneMatch(ItemResult::pending);
      assertThat(unmarked.score()).isZero();
      assertThat(marked.items()).noneMatch(ItemResult::pending);
      assertThat(marked.item("4b").manualScore()).isCloseTo(0.5, within(TOLERANCE));
      assertThat(marked.item("3a-iii").manualScore()).isZero();
      assertThat(marked.score()).isCloseTo(0.5, within(TOLERANCE));
    }

    @Test
    void marksAreTheSourceOfTruth_aMarkNoLongerThereIsPendingAgain() {
      SubmissionResult marked =
          ManualMarks.of(Map.of("alice", Map.of("3a-iii", 1.0))).applyTo(SampleBatch.alice());

      SubmissionResult again = ManualMarks.none().applyTo(marked);

      assertThat(again).isEqualTo(SampleBatch.alice());
    }

    @Test
    void marksOfOtherStudents_changeNothing() {
      SubmissionResult result =
          ManualMarks.of(Map.of("bob", Map.of("3a-iii", 1.0))).applyTo(SampleBatch.alice());

      assertThat(result).isEqualTo(SampleBatch.alice());
    }

    @Test
    void markAboveTheManualMaximum_isRefused() {
      ManualMarks marks = ManualMarks.of(Map.of("alice", Map.of("4b", 3.5)));

      assertThatThrownBy(() -> marks.applyTo(SampleBatch.alice()))
          .isInstanceOf(InputException.class)
          .hasMessage("manual marks: alice.4b: 3.5 is above the maximum 3 of item 4b");
    }

    @Test
    void markEqualToTheMaximum_isAccepted() {
      SubmissionResult result =
          ManualMarks.of(Map.of("alice", Map.of("4b", 3.0))).applyTo(SampleBatch.alice());

      assertThat(result.item("4b").score()).isCloseTo(4.2, within(TOLERANCE));
    }

    @Test
    void markForAnAutomaticItem_isRefused() {
      ManualMarks marks = ManualMarks.of(Map.of("alice", Map.of("1a", 1.0)));

      assertThatThrownBy(() -> marks.applyTo(SampleBatch.alice()))
          .isInstanceOf(InputException.class)
          .hasMessage(
              "manual marks: alice.1a: item 1a has no manual part; it is marked by its checks only");
    }

    @Test
    void markForAnItemNotInTheRubric_isRefused() {
      ManualMarks marks = ManualMarks.of(Map.of("alice", Map.of("9z", 1.0)));

      assertThatThrownBy(() -> marks.applyTo(SampleBatch.alice()))
          .isInstanceOf(InputException.class)
          .hasMessage("manual marks: alice.9z: item 9z is not in the rubric");
    }

    @Test
    void negativeMark_isRefusedWhenTheMarksAreMade() {
      assertThatThrownBy(() -> ManualMarks.of(Map.of("alice", Map.of("4b", -0.5))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("manual mark of alice for 4b must be a number >= 0, got -0.5");
    }
  }

  @Nested
  class MarksFile {

    @Test
    void writtenMarks_readBackTheSame_sortedByStudentAndItem() throws IOException {
      Path file = dir.resolve(ManualMarks.FILE);
      ManualMarks.of(
              Map.of("bob", Map.of("4b", 2.5, "3a-iii", 0.0), "alice", Map.of("3a-iii", 1.0)))
          .write(file);

      assertThat(Files.readString(file))
          .isEqualTo(
              """
          {
            "alice" : {
              "3a-iii" : 1.0
            },
            "bob" : {
              "3a-iii" : 0.0,
              "4b" : 2.5
            }
          }
          """);
      assertThat(ManualMarks.read(file).asMap())
          .isEqualTo(
              Map.of("alice", Map.of("3a-iii", 1.0), "bob", Map.of("3a-iii", 0.0, "4b", 2.5)));
      assertThat(dir.resolve(ManualMarks.FILE + ".partial")).doesNotExist();
    }

    @Test
    void markThatIsNotANumber_isRefusedWithItsLine() throws IOException {
      Path file = dir.resolve(ManualMarks.FILE);
      Files.writeString(file, "{\"alice\": {\n  \"3a-iii\": 1.0,\n  \"4b\": \"two\"}}");

      assertThatThrownBy(() -> ManualMarks.read(file))
          .isInstanceOf(InputException.class)
          .hasMessage(file + ":3: alice.4b: a mark must be a number >= 0, got \"two\"");
    }

    @Test
    void negativeMark_isRefusedWithItsLine() throws IOException {
      Path file = dir.resolve(ManualMarks.FILE);
      Files.writeString(file, "{\"alice\": {\"4b\": -1}}");

      assertThatThrownBy(() -> ManualMarks.read(file))
          .isInstanceOf(InputException.class)
          .hasMessage(file + ":1: alice.4b: a mark must be a number >= 0, got -1");
    }

    @Test
    void studentThatIsNotAnObject_isRefused() throws IOException {
      Path file = dir.resolve(ManualMarks.FILE);
      Files.writeString(file, "{\"alice\": 3}");

      assertThatThrownBy(() -> ManualMarks.read(file))
          .isInstanceOf(InputException.class)
          .hasMessageStartingWith(file + ":1: alice: manual marks are an object of students");
    }

    @Test
    void brokenJson_isRefusedWithItsLine() throws IOException {
      Path file = dir.resolve(ManualMarks.FILE);
      Files.writeString(file, "{\"alice\": {\n\"4b\": 1,,}}");

      assertThatThrownBy(() -> ManualMarks.read(file))
          .isInstanceOf(InputException.class)
          .hasMessageStartingWith(file + ":2: not valid JSON: ");
    }

    @Test
    void missingFile_isRefused() {
      Path file = dir.resolve("none.json");

      assertThatThrownBy(() -> ManualMarks.read(file))
          .isInstanceOf(InputException.class)
          .hasMessage(file + ": no such file");
    }

    @Test
    void marksReadFromAFile_nameTheFileWhenTheyDoNotFit() throws IOException {
      Path file = dir.resolve(ManualMarks.FILE);
      Files.writeString(file, "{\"alice\": {\"3a-iii\": 1.5}}");
      ManualMarks marks = ManualMarks.read(file);

      assertThatThrownBy(() -> marks.applyTo(SampleBatch.alice()))
          .isInstanceOf(InputException.class)
          .hasMessage(file + ": alice.3a-iii: 1.5 is above the maximum 1 of item 3a-iii");
    }
  }

  @Nested
  class Edits {

    private final ManualMarks old =
        ManualMarks.of(
            Map.of("alice", Map.of("3a-iii", 0.5, "4b", 2.0), "bob", Map.of("4b", 1.0)),
            Map.of("bob", "Good."));

    private GradebookEdits.MarkEdit mark(String student, String item, Double mark, Double was) {
      return new GradebookEdits.MarkEdit(student, item, mark, was, "Marks!X1");
    }

    @Test
    void enteredMarksReplace_clearedMarksGo_andTheRestStay() {
      GradebookEdits edits =
          new GradebookEdits(
              List.of(
                  mark("alice", "3a-iii", 1.0, 0.5),
                  mark("alice", "4b", null, 2.0),
                  mark("carol", "4b", 3.0, null)),
              List.of(new GradebookEdits.CommentEdit("carol", "Late.", "")),
              true);

      ManualMarks.Applied applied = old.with(edits);

      assertThat(applied.marks().asMap())
          .isEqualTo(
              Map.of(
                  "alice", Map.of("3a-iii", 1.0),
                  "bob", Map.of("4b", 1.0),
                  "carol", Map.of("4b", 3.0)));
      assertThat(applied.marks().comments()).isEqualTo(Map.of("bob", "Good.", "carol", "Late."));
      assertThat(applied.entered()).isEqualTo(2);
      assertThat(applied.cleared()).isEqualTo(1);
      assertThat(applied.comments()).isEqualTo(1);
      assertThat(applied.replaced()).isEmpty();
      assertThat(applied.changed()).isTrue();
    }

    @Test
    void editOfAMarkChangedSinceTheGradebookWasWritten_replacesIt_andSaysSo() {
      GradebookEdits edits =
          new GradebookEdits(
              List.of(mark("alice", "3a-iii", 1.0, null), mark("bob", "4b", null, 0.5)),
              List.of(new GradebookEdits.CommentEdit("bob", "Better.", "")),
              true);

      ManualMarks.Applied applied = old.with(edits);

      assertThat(applied.replaced())
          .containsExactly(
              "alice 3a-iii: set to 1 (was 0.5, entered after this gradebook was written)",
              "bob 4b: cleared (was 1, entered after this gradebook was written)",
              "bob comment: replaced a comment entered after this gradebook was written");
    }

    @Test
    void editsThatLeaveEverythingAsItIs_changeNothing() {
      GradebookEdits edits =
          new GradebookEdits(
              List.of(mark("alice", "3a-iii", 0.5, null), mark("carol", "4b", null, 1.0)),
              List.of(new GradebookEdits.CommentEdit("bob", "Good.", "")),
              true);

      ManualMarks.Applied applied = old.with(edits);

      assertThat(applied.changed()).isFalse();
      assertThat(applied.marks()).isEqualTo(old);
    }
  }

  @Nested
  class Comments {

    @Test
    void writeThenRead_keepsMarksAndComments() throws IOException {
      ManualMarks marks =
          ManualMarks.of(
              Map.of("alice", Map.of("4b", 2.5)),
              Map.of("alice", "Clear.\nLabel axes.", "bob", "Hi"));
      Path file = dir.resolve(ManualMarks.FILE);

      marks.write(file);

      assertThat(Files.readString(file))
          .isEqualTo(
              """
              {
                "alice" : {
                  "4b" : 2.5,
                  "comment" : "Clear.\\nLabel axes."
                },
                "bob" : {
                  "comment" : "Hi"
                }
              }
              """);
      assertThat(ManualMarks.read(file)).isEqualTo(marks);
    }

    @Test
    void commentThatIsNotText_isRefusedWithItsLine() throws IOException {
      Path file = dir.resolve(ManualMarks.FILE);
      Files.writeString(file, "{\"alice\": {\n  \"comment\": 3}}");

      assertThatThrownBy(() -> ManualMarks.read(file))
          .isInstanceOf(InputException.class)
          .hasMessage(file + ":2: alice.comment: a comment must be a text, got 3");
    }

    @Test
    void applying_setsTheStudentsComment_andNoCommentClearsIt() {
      ManualMarks marks = ManualMarks.of(Map.of(), Map.of("bob", "  See me.  "));

      assertThat(marks.applyTo(SampleBatch.bob()).comment()).isEqualTo("See me.");
      assertThat(marks.applyTo(SampleBatch.alice().withComment("old")).comment()).isNull();
    }
  }
}
