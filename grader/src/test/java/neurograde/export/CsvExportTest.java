package neurograde.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import neurograde.score.SubmissionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {

  @TempDir Path dir;

  @Test
  void textThatASpreadsheetWouldRunAsAFormula_isDefused() {
    assertThat(CsvExport.text("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(CsvExport.text("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
    assertThat(CsvExport.text("+1")).isEqualTo("'+1");
    assertThat(CsvExport.text("-rf")).isEqualTo("'-rf");
    assertThat(CsvExport.text("alice")).isEqualTo("alice");
    assertThat(CsvExport.text("")).isEmpty();
  }

  @Test
  void beforeManualMarking_manualItemsAreEmptyCells_andPendingCountsThem() {
    String csv =
        CsvExport.toCsv(
            SampleBatch.rubric(),
            List.of(SampleBatch.carol(), SampleBatch.bob(), SampleBatch.alice()));

    assertThat(csv)
        .isEqualTo(
            ""
                + "student,name,total,max,1a,3a-iii,4b,pending\r\n"
                + "alice,Alice Liddell,3.2,7.2,2,,,2\r\n"
                + "bob,\"Bob, Jr.\",1.9,7.2,1,,,2\r\n"
                + "carol,,0,7.2,0,,,2\r\n");
  }

  @Test
  void afterManualMarking_itemsAndTotalsAreComplete() {
    ManualMarks marks =
        ManualMarks.of(Map.of("alice", Map.of("3a-iii", 1.0, "4b", 2.5), "bob", Map.of("4b", 3.0)));
    List<SubmissionResult> results = SampleBatch.all().stream().map(marks::applyTo).toList();

    String csv = CsvExport.toCsv(SampleBatch.rubric(), results);

    assertThat(csv)
        .isEqualTo(
            ""
                + "student,name,total,max,1a,3a-iii,4b,pending\r\n"
                + "alice,Alice Liddell,6.7,7.2,2,1,3.7,0\r\n"
                + "bob,\"Bob, Jr.\",4.9,7.2,1,,3.9,1\r\n"
                + "carol,,0,7.2,0,,,2\r\n");
  }

  @Test
  void numbers_useAPointWhateverTheDefaultLocale() {
    Locale locale = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      assertThat(CsvExport.toCsv(SampleBatch.rubric(), List.of(SampleBatch.bob())))
          .contains("1.9,7.2,1,,,2");
    } finally {
      Locale.setDefault(locale);
    }
  }

  @Test
  void fields_areQuotedAsRfc4180Says() {
    assertThat(CsvExport.field("plain")).isEqualTo("plain");
    assertThat(CsvExport.field("")).isEqualTo("");
    assertThat(CsvExport.field("Bob, Jr.")).isEqualTo("\"Bob, Jr.\"");
    assertThat(CsvExport.field("Robert \"Bob\" Tables")).isEqualTo("\"Robert \"\"Bob\"\" Tables\"");
    assertThat(CsvExport.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(CsvExport.field("carriage\rreturn")).isEqualTo("\"carriage\rreturn\"");
  }

  @Test
  void file_isUtf8WithoutByteOrderMark() throws IOException {
    SubmissionResult zoe = SampleBatch.alice().withName("Zoë Ångström");
    Path file = dir.resolve(CsvExport.FILE);

    CsvExport.write(file, SampleBatch.rubric(), List.of(zoe));

    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes[0]).isEqualTo((byte) 's');
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("alice,Zoë Ångström,3.2,");
  }
}
