package neurograde.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import neurograde.InputException;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricLoader;
import neurograde.score.Scorer;
import neurograde.score.SubmissionResult;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
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

  private int conversions;

  @BeforeEach
  void needsLibreOffice() {
    assumeTrue(
        Files.isExecutable(SOFFICE),
        "LibreOffice is not installed (apt-get install libreoffice-calc-nogui); skipping");
  }

  @Test
  void totals_areFormulasLibreOfficeRecomputesAfterATasEdit() throws Exception {
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

  @Test
  void gradebookSavedByLibreOffice_importsMarksEnteredAndCleared_andComments() throws Exception {
    Path folder = SampleBatch.writeTo(dir.resolve("class"));
    Files.writeString(folder.resolve(ManualMarks.FILE), "{\"alice\": {\"3a-iii\": 1.0}}");
    Path gradebook = GradedFolder.open(folder).export(SampleBatch.rubric()).gradebook();
    try (InputStream in = Files.newInputStream(gradebook);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet marks = book.getSheet("Marks");
      int plot = column(marks.getRow(0), "3a-iii");
      int activations = column(marks.getRow(0), "4b manual");
      int comment = column(marks.getRow(0), "Comment");
      marks.getRow(row(marks, "alice")).getCell(plot).setBlank();
      marks
          .getRow(row(marks, "bob"))
          .getCell(activations, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
          .setCellValue(2);
      marks
          .getRow(row(marks, "carol"))
          .getCell(comment, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
          .setCellValue("Your code did not compile:\nsee line 12.");
      try (OutputStream out = Files.newOutputStream(dir.resolve("edited.xlsx"))) {
        book.write(out);
      }
    }
    // Opened and saved again by LibreOffice, as a TA who marks in LibreOffice would.
    Path saved = convert(dir.resolve("edited.xlsx"), "xlsx:Calc MS Excel 2007 XML", ".xlsx");

    GradedFolder.Imported imported =
        GradedFolder.open(folder).importMarks(saved, SampleBatch.rubric());

    assertThat(imported.tracked()).as("the hidden sheet survived LibreOffice").isTrue();
    assertThat(imported.entered()).isEqualTo(1);
    assertThat(imported.cleared()).isEqualTo(1);
    assertThat(imported.comments()).isEqualTo(1);
    ManualMarks marks = ManualMarks.read(folder.resolve(ManualMarks.FILE));
    assertThat(marks.asMap()).isEqualTo(Map.of("bob", Map.of("4b", 2.0)));
    assertThat(marks.comments())
        .isEqualTo(Map.of("carol", "Your code did not compile:\nsee line 12."));
  }

  @Test
  void gradebookSavedAsOpenDocument_isRefusedSayingHowToSaveItAsXlsx() throws Exception {
    Path folder = SampleBatch.writeTo(dir.resolve("class"));
    Path gradebook = GradedFolder.open(folder).export(SampleBatch.rubric()).gradebook();
    Path ods = convert(gradebook, "ods", ".ods");
    Path renamed = Files.move(ods, dir.resolve("marks.xlsx"));

    for (Path file : List.of(ods.resolveSibling("copy.ods"), renamed)) {
      if (!Files.exists(file)) {
        Files.copy(renamed, file);
      }
      assertThatThrownBy(() -> GradedFolder.open(folder).importMarks(file, SampleBatch.rubric()))
          .isInstanceOf(InputException.class)
          .hasMessageStartingWith(
              file + ": an OpenDocument spreadsheet (.ods); the grader reads .xlsx only");
    }
  }

  @Test
  void marksSheetOfAClassOfThirty_printsLandscapeOnOnePage() throws Exception {
    Rubric bundled = RubricLoader.bundled();
    List<SubmissionResult> results = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      results.add(
          Scorer.score(
              bundled,
              String.format(Locale.ROOT, "student%02d", i),
              "Student Number " + i,
              Map.of(),
              List.of(),
              new SubmissionResult.Timings(0, 0, 0)));
    }
    Path gradebook = dir.resolve("class.xlsx");
    Gradebook.write(gradebook, bundled, results);
    try (InputStream in = Files.newInputStream(gradebook);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      // Only the sheet a TA prints to mark on paper.
      for (String other : List.of("Checks", "Mistakes")) {
        book.removeSheetAt(book.getSheetIndex(other));
      }
      try (OutputStream out = Files.newOutputStream(dir.resolve("marks-only.xlsx"))) {
        book.write(out);
      }
    }

    Path pdf = convert(dir.resolve("marks-only.xlsx"), "pdf:calc_pdf_Export", ".pdf");

    String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    Matcher page = Pattern.compile("/Type\\s*/Page(?!s)").matcher(text);
    int pages = 0;
    while (page.find()) {
      pages++;
    }
    Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([0-9.]+) ([0-9.]+)\\s*]").matcher(text);
    assertThat(pages).as("pages (it was 56, one column a page)").isEqualTo(1);
    assertThat(box.find()).isTrue();
    assertThat(Double.parseDouble(box.group(1)))
        .as("width > height: landscape")
        .isGreaterThan(Double.parseDouble(box.group(2)));
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
   * Converts a file with LibreOffice, as a TA's copy of LibreOffice would open and save it; returns
   * the file written.
   *
   * @param filter the output format and filter, as soffice's --convert-to takes it
   * @param extension the extension of the file LibreOffice writes
   */
  private Path convert(Path file, String filter, String extension)
      throws IOException, InterruptedException {
    Path out = Files.createDirectories(dir.resolve("converted-" + (conversions++)));
    List<String> command =
        List.of(
            SOFFICE.toString(),
            "-env:UserInstallation=" + profile().toUri(),
            "--headless",
            "--calc",
            "--convert-to",
            filter,
            "--outdir",
            out.toString(),
            file.toString());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
    String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    Path written = out.resolve(base + extension);
    assertThat(written)
        .as(
            "LibreOffice wrote %s; its log: %s",
            written, Files.readString(dir.resolve("soffice.log")))
        .exists();
    return written;
  }

  /**
   * Converts a workbook's sheet "Marks" to CSV with LibreOffice; returns the rows by student id.
   */
  private Map<String, List<String>> marksSheet(Path workbook)
      throws IOException, InterruptedException {
    Path csv =
        convert(
            workbook,
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "-Marks.csv");
    List<List<String>> lines = parse(Files.readString(csv, StandardCharsets.UTF_8));
    Map<String, List<String>> rows = new LinkedHashMap<>();
    rows.put("header", lines.get(0).stream().map(MarkColumn::firstLine).toList());
    for (List<String> cells : lines.subList(1, lines.size())) {
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
      if (title.startsWith(itemId + " ") || MarkColumn.firstLine(title).equals(itemId)) {
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

  /** Parses LibreOffice's CSV: quotes around text with commas, quotes or line breaks. */
  private static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if ((c == '\n' || c == '\r') && !quoted) {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        cell.setLength(0);
        rows.add(cells);
        cells = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !cells.isEmpty()) {
      cells.add(cell.toString());
      rows.add(cells);
    }
    return rows;
  }
}
