package neurograde.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gradebook opens in LibreOffice (Debian's libreoffice-calc-nogui) with working totals: a
 * manual mark a TA types in changes the student's total and pending count when the file is opened
 * again. Skipped, with a message, where LibreOffice is not installed.
 */
class GradebookLibreOfficeIT {

  private static final Path SOFFICE = Path.of("/usr/bin/soffice");

  @TempDir Path dir;

  @Test
  void totals_areFormulasLibreOfficeRecomputesAfterATasEdit() throws Exception {
    assumeTrue(
        Files.isExecutable(SOFFICE),
        "LibreOffice is not installed (apt-get install libreoffice-calc-nogui); skipping");
    Path written = dir.resolve(Gradebook.FILE);
    Gradebook.write(written, SampleBatch.rubric(), SampleBatch.all());

    Map<String, List<String>> before = marksSheet(written);
    assertThat(before.get("alice")).containsSubsequence("3.2", "2");
    assertThat(total(before, "bob")).isEqualTo("1.9");
    assertThat(total(before, "carol")).isEqualTo("0");

    Path edited = dir.resolve("edited.xlsx");
    try (InputStream in = Files.newInputStream(written);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet marks = book.getSheet("Marks");
      int column = column(marks.getRow(0), "3a-iii");
      marks
          .getRow(row(marks, "alice"))
          .getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
          .setCellValue(1);
      try (OutputStream out = Files.newOutputStream(edited)) {
        book.write(out);
      }
    }

    Map<String, List<String>> after = marksSheet(edited);
    assertThat(total(after, "alice")).isEqualTo("4.2");
    assertThat(pending(after, "alice")).isEqualTo("1");
    assertThat(total(after, "bob")).isEqualTo("1.9");
    assertThat(pending(after, "bob")).isEqualTo("2");
  }

  /**
   * A LibreOffice profile that recalculates every formula on load, as it does live while a TA
   * types; by default it would show the values cached in the file, and the test would prove
   * nothing.
   */
  private Path profile() throws IOException {
    Path profile = dir.resolve("profile");
    Files.createDirectories(profile.resolve("user"));
    Files.writeString(
        profile.resolve("user/registrymodifications.xcu"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        </oor:items>
        """);
    return profile;
  }

  /**
   * Converts a workbook's sheet "Marks" to CSV with LibreOffice; returns the rows by student id.
   */
  private Map<String, List<String>> marksSheet(Path workbook)
      throws IOException, InterruptedException {
    Path out = Files.createDirectories(dir.resolve("csv-" + workbook.getFileName()));
    List<String> command =
        List.of(
            SOFFICE.toString(),
            "-env:UserInstallation=" + profile().toUri(),
            "--headless",
            "--calc",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir",
            out.toString(),
            workbook.toString());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
    String name = workbook.getFileName().toString().replace(".xlsx", "") + "-Marks.csv";
    assertThat(out.resolve(name))
        .as(
            "LibreOffice wrote the Marks sheet; its log: %s",
            Files.readString(dir.resolve("soffice.log")))
        .exists();
    Map<String, List<String>> rows = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(out.resolve(name), StandardCharsets.UTF_8);
    rows.put("header", split(lines.get(0)));
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = split(line);
      rows.put(cells.get(0), cells);
    }
    return rows;
  }

  private static String total(Map<String, List<String>> rows, String student) {
    return rows.get(student).get(rows.get("header").indexOf("Total"));
  }

  private static String pending(Map<String, List<String>> rows, String student) {
    return rows.get(student).get(rows.get("header").indexOf("Pending"));
  }

  private static int column(Row header, String itemId) {
    for (int c = 0; c < header.getLastCellNum(); c++) {
      String title = header.getCell(c).getStringCellValue();
      if (title.startsWith(itemId + " ")) {
        return c;
      }
    }
    throw new AssertionError("no column for item " + itemId);
  }

  private static int row(Sheet sheet, String student) {
    for (Row row : sheet) {
      if (row.getCell(0) != null && student.equals(row.getCell(0).toString())) {
        return row.getRowNum();
      }
    }
    throw new AssertionError("no row for " + student);
  }

  /** Splits a CSV line of LibreOffice's (quotes around text with commas). */
  private static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
