package neurograde.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

  private static List<List<String>> fields(String text) {
    return CsvRecords.parse(Path.of("r.csv"), text).stream()
        .map(CsvRecords.Record::fields)
        .toList();
  }

  @Test
  void plainLine_isSplitAtCommas() {
    assertThat(fields("a,b,,c")).containsExactly(List.of("a", "b", "", "c"));
  }

  @Test
  void trailingComma_givesATrailingEmptyField() {
    assertThat(fields("a,")).containsExactly(List.of("a", ""));
  }

  @Test
  void quotedComma_staysInTheField() {
    assertThat(fields("\"a,b\",c")).containsExactly(List.of("a,b", "c"));
  }

  @Test
  void quotedLineBreak_staysInTheFieldAndTheRecordKeepsItsFirstLine() {
    List<CsvRecords.Record> records =
        CsvRecords.parse(Path.of("r.csv"), "h\r\n\"a\r\nb\",c\r\nd\r\n");

    assertThat(records)
        .containsExactly(
            new CsvRecords.Record(1, List.of("h")),
            new CsvRecords.Record(2, List.of("a\r\nb", "c")),
            new CsvRecords.Record(4, List.of("d")));
  }

  @Test
  void tabSeparatedHeader_makesTabsTheSeparator() {
    assertThat(fields("id\tname\nalice\tA, B\n"))
        .containsExactly(List.of("id", "name"), List.of("alice", "A, B"));
  }

  @Test
  void millionCharacterField_isReadInOnePass() {
    String big = "x".repeat(1 << 20);

    assertThat(fields("id\n\"" + big + "\"\n").get(1)).containsExactly(big);
  }
}
