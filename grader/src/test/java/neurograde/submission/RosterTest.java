package neurograde.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import neurograde.InputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RosterTest {

  @TempDir Path dir;

  private Path roster(String text) throws IOException {
    Path file = dir.resolve("roster.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Nested
  class Header {

    @Test
    void idAndNameColumns_giveNamesByIdInFileOrder() throws IOException {
      Map<String, String> roster =
          Roster.read(roster("id,name\ncarol,Carol King\nalice,Alice Liddell\n"));

      assertThat(roster)
          .containsExactly(entry("carol", "Carol King"), entry("alice", "Alice Liddell"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"id", "ID", "Student", "student id", "Username", " login "})
    void idColumn_isRecognisedByAnyOfItsNames(String header) throws IOException {
      Map<String, String> roster = Roster.read(roster("email," + header + "\nx@uni.edu,alice\n"));

      assertThat(roster).containsExactly(entry("alice", null));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"name", "Full Name", "STUDENT NAME"})
    void nameColumn_isRecognisedByAnyOfItsNames(String header) throws IOException {
      Map<String, String> roster =
          Roster.read(roster(header + ",section,id\nAlice Liddell,2,alice\n"));

      assertThat(roster).containsExactly(entry("alice", "Alice Liddell"));
    }

    @Test
    void firstIdColumn_isTheOneUsed() throws IOException {
      Map<String, String> roster = Roster.read(roster("login,id\nalice,1001\n"));

      assertThat(roster).containsOnlyKeys("alice");
    }

    @Test
    void byteOrderMark_beforeTheHeaderIsIgnored() throws IOException {
      Map<String, String> roster = Roster.read(roster("\uFEFFid,name\nalice,Alice\n"));

      assertThat(roster).containsExactly(entry("alice", "Alice"));
    }

    @Test
    void noNameColumn_givesNullNames() throws IOException {
      Map<String, String> roster = Roster.read(roster("id\nalice\nbob\n"));

      assertThat(roster).containsExactly(entry("alice", null), entry("bob", null));
    }

    @Test
    void missingIdColumn_isReportedOnLineOneWithTheHeader() throws IOException {
      Path file = roster("name,email\nAlice,a@uni.edu\n");

      assertThatThrownBy(() -> Roster.read(file))
          .isInstanceOf(InputException.class)
          .hasMessage(file + ":1: no id column in the header [name, email]; name one \"id\"");
    }

    @Test
    void rosterWithoutAHeader_isRefusedBecauseItsFirstRowHasNoIdColumn() throws IOException {
      Path file = roster("alice,Alice Liddell\nbob,Bob Dylan\n");

      assertThatThrownBy(() -> Roster.read(file))
          .isInstanceOf(InputException.class)
          .hasMessage(
              file + ":1: no id column in the header [alice, Alice Liddell]; name one \"id\"");
    }
  }

  @Nested
  class Rows {

    @Test
    void quotedFields_keepTheirCommasAndDoubledQuotes() throws IOException {
      Map<String, String> roster =
          Roster.read(roster("id,name\n\"alice\",\"Liddell, Alice \"\"Al\"\"\"\n"));

      assertThat(roster).containsExactly(entry("alice", "Liddell, Alice \"Al\""));
    }

    @Test
    void fieldsAreStrippedAndEmptyNamesAreNull() throws IOException {
      Map<String, String> roster = Roster.read(roster("id,name\n  alice , Alice \nbob,\ncarol\n"));

      assertThat(roster)
          .containsExactly(entry("alice", "Alice"), entry("bob", null), entry("carol", null));
    }

    @Test
    void windowsLineEndingsAndBlankLines_areAccepted() throws IOException {
      Map<String, String> roster =
          Roster.read(roster("id,name\r\n\r\nalice,Alice\r\n   \r\nbob,Bob\r\n"));

      assertThat(roster).containsExactly(entry("alice", "Alice"), entry("bob", "Bob"));
    }

    @Test
    void duplicateId_isReportedWithBothLines() throws IOException {
      Path file = roster("id,name\nbob,Bob\nalice,Alice\n\nbob,Robert\n");

      assertThatThrownBy(() -> Roster.read(file))
          .isInstanceOf(InputException.class)
          .hasMessage(file + ":5: student id \"bob\" appears twice (first on line 2)");
    }

    @Test
    void rowWithoutAnId_isReportedWithItsLine() throws IOException {
      Path file = roster("name,id\nAlice,alice\nBob\n");

      assertThatThrownBy(() -> Roster.read(file))
          .isInstanceOf(InputException.class)
          .hasMessage(file + ":3: the row has no student id");
    }

    @Test
    void headerOnly_isAnEmptyRoster() throws IOException {
      assertThat(Roster.read(roster("id,name\n"))).isEmpty();
    }
  }

  @Nested
  class WholeFile {

    @Test
    void missingFile_isReported() {
      Path file = dir.resolve("nobody.csv");

      assertThatThrownBy(() -> Roster.read(file))
          .isInstanceOf(InputException.class)
          .hasMessage(file + ": no such roster file");
    }

    @Test
    void emptyFile_isReported() throws IOException {
      Path file = roster("");

      assertThatThrownBy(() -> Roster.read(file))
          .isInstanceOf(InputException.class)
          .hasMessage(file + ": the roster is empty; it needs a header row with an id column");
    }

    @Test
    void fileThatIsNotUtf8_isReadAsWindows1252LikeASpreadsheetExport() throws IOException {
      Path file = dir.resolve("roster.csv");
      Files.write(file, "id,name\nalice,Zo\u00eb\n".getBytes(StandardCharsets.ISO_8859_1));

      assertThat(Roster.read(file)).containsExactly(entry("alice", "Zo\u00eb"));
    }

    @Test
    void idWithSpaces_isMadeSafeLikeASubmissionsFolderName() throws IOException {
      Path file = dir.resolve("roster.csv");
      Files.writeString(file, "id,name\nAlice Smith,Alice\n");

      assertThat(Roster.read(file)).containsOnlyKeys("Alice_Smith");
    }
  }

  @Nested
  class SpreadsheetExports {

    @Test
    void rowsOfEmptyFields_likeASpreadsheetsTrailingRows_areSkipped() throws IOException {
      assertThat(Roster.read(roster("id,name\nalice,Alice\n,\n,,\n"))).containsOnlyKeys("alice");
    }

    @Test
    void semicolonSeparatedFile_isReadLikeACommaSeparatedOne() throws IOException {
      assertThat(Roster.read(roster("id;name\nalice;Liddell, Alice\n")))
          .containsExactly(entry("alice", "Liddell, Alice"));
    }

    @Test
    void excelSeparatorLine_isHonoured() throws IOException {
      Path file = roster("sep=;\nid;name\nalice;Alice\nbob,x;Bob\n");

      assertThat(Roster.read(file)).containsExactly(entry("alice", "Alice"), entry("bob_x", "Bob"));
    }

    @Test
    void nameWithALineBreakInQuotes_staysOneRowAndLaterLinesKeepTheirNumbers() throws IOException {
      Path file = roster("id,name\nalice,\"Alice\nLiddell\"\nbob,Bob\nbob,Robert\n");

      assertThatThrownBy(() -> Roster.read(file))
          .isInstanceOf(InputException.class)
          .hasMessage(file + ":5: student id \"bob\" appears twice (first on line 4)");
    }

    @Test
    void quoteThatIsNeverClosed_isReportedWhereItOpens() throws IOException {
      Path file = roster("id,name\nalice,Alice\nbob,\"Bob\ncarol,Carol\n");

      assertThatThrownBy(() -> Roster.read(file))
          .isInstanceOf(InputException.class)
          .hasMessage(file + ":3: a quoted field starts here and is never closed");
    }

    @Test
    void utf16WithAByteOrderMark_isDecoded() throws IOException {
      Path file = dir.resolve("roster.csv");
      byte[] text = "id,name\r\nalice,Zo\u00eb\r\n".getBytes(StandardCharsets.UTF_16LE);
      byte[] bytes = new byte[text.length + 2];
      bytes[0] = (byte) 0xFF;
      bytes[1] = (byte) 0xFE;
      System.arraycopy(text, 0, bytes, 2, text.length);
      Files.write(file, bytes);

      assertThat(Roster.read(file)).containsExactly(entry("alice", "Zo\u00eb"));
    }

    @Test
    void byteOrderMarkBeforeWindows1252Text_isDropped() throws IOException {
      Path file = dir.resolve("roster.csv");
      byte[] text = "id,name\nalice,Zo\u00eb\n".getBytes(StandardCharsets.ISO_8859_1);
      byte[] bytes = new byte[text.length + 3];
      bytes[0] = (byte) 0xEF;
      bytes[1] = (byte) 0xBB;
      bytes[2] = (byte) 0xBF;
      System.arraycopy(text, 0, bytes, 3, text.length);
      Files.write(file, bytes);

      assertThat(Roster.read(file)).containsExactly(entry("alice", "Zo\u00eb"));
    }

    @Test
    void quotedHeadersAndDuplicateColumns_useTheFirstOfEach() throws IOException {
      Path file = roster("\"Name\",\"ID\",\"id\",\"name\"\n\"Alice\",alice,a1,Al\n");

      assertThat(Roster.read(file)).containsExactly(entry("alice", "Alice"));
    }

    @Test
    void lmsExportWithSeveralIdColumns_usesTheOneThatMatchesTheSubmissions() throws IOException {
      Path file =
          roster(
              "Student,ID,SIS Login ID,Section\n"
                  + "\"Archer, Alice\",1001,alice,A\n"
                  + "\"Baker, Bob\",1002,Bob,A\n");

      assertThat(Roster.read(file, Set.of("alice", "bob", "carol")))
          .containsExactly(entry("alice", "Archer, Alice"), entry("Bob", "Baker, Bob"));
    }

    @Test
    void idsDifferingOnlyInCase_areRefusedWithBothLines() throws IOException {
      Path file = roster("id\nalice\nbob\nAlice\n");

      assertThatThrownBy(() -> Roster.read(file))
          .isInstanceOf(InputException.class)
          .hasMessage(
              file
                  + ":4: student ids \"alice\" (line 2) and \"Alice\" differ only in case; ids must"
                  + " be unique ignoring case");
    }

    @Test
    void fileFarTooLargeForAClassList_isRefusedUnread() throws IOException {
      Path file = dir.resolve("roster.csv");
      try (var out = Files.newOutputStream(file)) {
        out.write("id\n".getBytes(StandardCharsets.UTF_8));
        out.write(new byte[Roster.MAX_BYTES]);
      }

      assertThatThrownBy(() -> Roster.read(file))
          .isInstanceOf(InputException.class)
          .hasMessage(
              file
                  + ": "
                  + (Roster.MAX_BYTES + 3)
                  + " bytes is too large for a roster (at most 16 MiB); is it the class list?");
    }
  }
}
