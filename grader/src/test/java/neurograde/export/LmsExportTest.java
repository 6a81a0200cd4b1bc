package neurograde.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import neurograde.InputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import files for Canvas, Moodle and Brightspace, made from each system's own gradebook export
 * (fixtures in src/test/resources/export/lms, with the columns each system exports).
 */
class LmsExportTest {

  private static final Path EXPORTS = Path.of("src/test/resources/export/lms");

  @TempDir Path dir;

  private GradedFolder folder;

  @BeforeEach
  void gradeTheSampleBatch() throws IOException {
    SampleBatch.writeTo(dir);
    Files.writeString(
        dir.resolve(ManualMarks.FILE),
        "{\"alice\": {\"3a-iii\": 1.0, \"4b\": 2.5}, \"bob\": {\"3a-iii\": 0.5}}");
    folder = GradedFolder.open(dir);
  }

  private LmsExport.Written export(String file, String item) {
    return folder.exportForLms(
        SampleBatch.rubric(),
        new LmsExport.Options(
            EXPORTS.resolve(file), Optional.empty(), Optional.ofNullable(item), Optional.empty()));
  }

  @Test
  void canvas_getsItsFiveIdentityColumnsAndTheAssignmentsColumnWithItsId() throws IOException {
    LmsExport.Written written = export("canvas.csv", "Assignment 1");

    assertThat(written.format()).isEqualTo(LmsFormat.CANVAS);
    assertThat(written.file()).isEqualTo(dir.resolve("grades-canvas.csv"));
    assertThat(Files.readString(written.file()))
        .isEqualTo(
            "Student,ID,SIS User ID,SIS Login ID,Section,Assignment 1: Modelling Neurons (4821)\r\n"
                + "\"Liddell, Alice\",1001,S001,alice,Neuro 101,6.7\r\n"
                + "\"Jr., Bob\",1002,S002,BOB,Neuro 101,2.4\r\n");
    assertThat(written.matchedBy()).isEqualTo("SIS Login ID");
    assertThat(written.withoutRow()).containsExactly("carol");
    assertThat(written.withoutResult()).containsExactly("hatter");
    assertThat(written.pending()).isEqualTo(1);
  }

  @Test
  void moodle_matchesByTheEmailAddressesLocalPart() throws IOException {
    LmsExport.Written written = export("moodle.csv", "Assignment: A1");

    assertThat(written.format()).isEqualTo(LmsFormat.MOODLE);
    assertThat(Files.readString(written.file()))
        .isEqualTo(
            "First name,Last name,ID number,Email address,Assignment: A1 (Real)\r\n"
                + "Alice,Liddell,S001,alice@uni.example,6.7\r\n"
                + "Bob,Jr.,S002,bob@uni.example,2.4\r\n"
                + "Carol,Chen,S003,carol@uni.example,0\r\n");
    assertThat(written.matchedBy()).isEqualTo("Email address");
    assertThat(written.withoutRow()).isEmpty();
  }

  @Test
  void brightspace_keepsTheHashesOfItsIdsAndEndsEachLineWithTheIndicator() throws IOException {
    LmsExport.Written written = export("brightspace.csv", "A1");

    assertThat(written.format()).isEqualTo(LmsFormat.BRIGHTSPACE);
    assertThat(Files.readString(written.file()))
        .isEqualTo(
            "OrgDefinedId,Username,A1 Points Grade <Numeric MaxPoints:47>,End-of-Line Indicator\r\n"
                + "#S001,#alice,6.7,#\r\n"
                + "#S003,#carol,0,#\r\n");
    assertThat(written.matchedBy()).isEqualTo("Username");
    assertThat(written.withoutRow()).containsExactly("bob");
  }

  @Test
  void itemNotInTheExport_isANewColumnNamedAfterTheRubric() throws IOException {
    LmsExport.Written written = export("brightspace.csv", null);

    assertThat(written.gradeColumn()).isEqualTo("Export test rubric Points Grade");
  }

  @Test
  void exportOfNoKnownSystem_isRefusedSayingWhichItTakes() throws IOException {
    Path other = Files.writeString(dir.resolve("other.csv"), "name,grade\nAlice,1\n");

    assertThatThrownBy(
            () ->
                folder.exportForLms(
                    SampleBatch.rubric(),
                    new LmsExport.Options(
                        other, Optional.empty(), Optional.empty(), Optional.empty())))
        .isInstanceOf(InputException.class)
        .hasMessage(
            other
                + ": not a gradebook export of Canvas, Moodle or Brightspace (no SIS Login ID,"
                + " OrgDefinedId or Email address column); give --lms canvas, moodle or"
                + " brightspace");
  }

  @Test
  void exportWhoseIdsMatchNoSubmission_isRefused() throws IOException {
    Path canvas =
        Files.writeString(
            dir.resolve("canvas.csv"),
            "Student,ID,SIS User ID,SIS Login ID,Section\nZoe,9,S9,zoe,A\n");

    assertThatThrownBy(
            () ->
                folder.exportForLms(
                    SampleBatch.rubric(),
                    new LmsExport.Options(
                        canvas, Optional.empty(), Optional.empty(), Optional.empty())))
        .isInstanceOf(InputException.class)
        .hasMessage(
            canvas
                + ": no student's id matches a submission's (tried the columns SIS Login ID, SIS"
                + " User ID, ID, Student); name each submission after one of them, or give the"
                + " column with --lms-match");
  }

  @Test
  void twoRowsWithTheSameId_areRefused() throws IOException {
    Path canvas =
        Files.writeString(
            dir.resolve("canvas.csv"),
            "Student,ID,SIS User ID,SIS Login ID,Section\nA,1,S1,alice,A\nA2,2,S2,Alice,A\n");

    assertThatThrownBy(
            () ->
                folder.exportForLms(
                    SampleBatch.rubric(),
                    new LmsExport.Options(
                        canvas, Optional.empty(), Optional.empty(), Optional.of("SIS Login ID"))))
        .isInstanceOf(InputException.class)
        .hasMessage(
            canvas
                + ":3: SIS Login ID \"Alice\" is also on line 2; match with another column"
                + " (--lms-match)");
  }

  @Test
  void csvFields_withQuotesCommasAndLineBreaks_areParsed() {
    assertThat(CsvTable.parse("a,\"b, \"\"c\"\"\",\"d\ne\"\r\n1,2,3\n"))
        .containsExactly(List.of("a", "b, \"c\"", "d\ne"), List.of("1", "2", "3"));
  }
}
