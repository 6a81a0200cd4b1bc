package neurograde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import neurograde.export.ManualMarks;
import neurograde.score.ItemResult;
import neurograde.score.ResultFiles;
import neurograde.score.SubmissionResult;
import neurograde.testing.Folders;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grading one student again in a graded class (as a TA does after a late fix) writes that student's
 * result only: everyone else's result file stays byte for byte as it was, with or without --regrade
 * and a roster, and the gradebook, CSV and overview still list them with their marks, manual marks
 * included.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegradeIT {

  @TempDir static Path dir;
  private static Path submissions;
  private static Path roster;
  private static Path out;
  private static Map<String, byte[]> graded;
  private static String printed;

  @BeforeAll
  static void gradeTheClassAndEnterManualMarks() throws IOException {
    submissions = dir.resolve("class");
    Path fixtures = Path.of("src/test/resources/submissions");
    Folders.copy(fixtures.resolve("reference"), submissions.resolve("alice"));
    Folders.copy(fixtures.resolve("reference"), submissions.resolve("bob"));
    Folders.copy(fixtures.resolve("mistake-slope-sign"), submissions.resolve("carol"));
    roster = dir.resolve("roster.csv");
    // an LMS export: ids in another case than the folders, and a student who did not submit
    Files.writeString(
        roster,
        "ID,Name\r\nAlice,Alice Archer\r\nBOB,Bob Baker\r\ncarol,Carol Chen\r\nnick,Nick\r\n");
    out = dir.resolve("out");

    assertThat(grade(submissions.toString(), "--roster", roster.toString())).isZero();
    ManualMarks.of(Map.of("alice", Map.of("3c-iii", 1.0), "nick", Map.of("4a", 0.5)))
        .write(out.resolve(ManualMarks.FILE));
    assertThat(Cli.run("export", "--out", out.toString())).isZero();
    graded = files(out.resolve("results"));
  }

  @Test
  @Order(1)
  void firstRun_matchesRosterIdsIgnoringCaseAndRecordsOnlyTheAbsentStudentAsMissing() {
    assertThat(graded).containsOnlyKeys("alice.json", "bob.json", "carol.json", "nick.json");
    assertThat(result("alice").name()).isEqualTo("Alice Archer");
    assertThat(result("bob").name()).isEqualTo("Bob Baker");
    assertThat(result("nick").score()).isZero();
    assertThat(printed)
        .contains(
            "warning: roster id \"Alice\" matched the submission \"alice\" ignoring case; its"
                + " result is alice.json")
        .contains("warning: roster id \"nick\" has no submission; recorded as no submission");
  }

  @Test
  @Order(2)
  void regradingOneStudentWithTheRoster_leavesEveryOtherResultByteIdentical() throws IOException {
    int exit =
        grade(submissions.resolve("bob").toString(), "--roster", roster.toString(), "--regrade");

    assertThat(exit).isZero();
    assertThat(printed).contains("graded 1 submission(s), 0 already done");
    Map<String, byte[]> now = files(out.resolve("results"));
    assertThat(now).containsOnlyKeys(graded.keySet());
    for (String other : List.of("alice.json", "carol.json", "nick.json")) {
      assertThat(now.get(other)).as(other).isEqualTo(graded.get(other));
    }
    assertThat(printed)
        .contains(
            "warning: 2 roster student(s) with no submission in this run kept their earlier"
                + " results: Alice, carol")
        .contains("warning: roster id \"nick\" has no submission; still recorded as no submission");
  }

  @Test
  @Order(3)
  void regradingOneStudentWithoutTheRoster_leavesEveryOtherResultByteIdentical()
      throws IOException {
    assertThat(grade(submissions.resolve("carol").toString(), "--regrade")).isZero();
    assertThat(grade(submissions.resolve("carol").toString())).isZero();

    Map<String, byte[]> now = files(out.resolve("results"));
    for (String other : List.of("alice.json", "nick.json")) {
      assertThat(now.get(other)).as(other).isEqualTo(graded.get(other));
    }
    assertThat(printed).contains("graded 0 submission(s), 1 already done");
  }

  @Test
  @Order(4)
  void afterTheRegrades_gradebookCsvAndOverviewListEveryStudentOnceWithTheirMarks()
      throws IOException {
    List<String> csv = Files.readAllLines(out.resolve("grades.csv"));
    assertThat(csv).hasSize(5);
    assertThat(csv.subList(1, 5))
        .extracting(line -> line.substring(0, line.indexOf(',', line.indexOf(',') + 1)))
        .containsExactly("alice,Alice Archer", "bob,Bob Baker", "carol,Carol Chen", "nick,Nick");
    assertThat(csv.get(1)).startsWith("alice,Alice Archer,38.5,47,");
    assertThat(csv.get(3)).startsWith("carol,Carol Chen,36.5,47,");
    // nick sent nothing: 0 for every item, nothing pending, and the TA's mark counts
    assertThat(csv.get(4)).startsWith("nick,Nick,0.5,47,").endsWith(",0");
    assertThat(result("nick").items()).noneMatch(ItemResult::pending);

    try (InputStream in = Files.newInputStream(out.resolve("gradebook.xlsx"));
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet marks = book.getSheet("Marks");
      List<String> students = new ArrayList<>();
      for (Row row : marks) {
        if (row.getRowNum() >= 2 && row.getCell(0) != null) {
          students.add(row.getCell(0).getStringCellValue());
        }
      }
      assertThat(students).containsExactly("alice", "bob", "carol", "nick");
    }
    String overview = Files.readString(out.resolve("index.html"));
    for (String student : List.of("alice", "bob", "carol", "nick")) {
      assertThat(overview).contains("reports/" + student + ".html");
    }
    Element nick = Jsoup.parse(overview).selectFirst("tr:has(th[data-sort=nick])");
    assertThat(nick.select("td").first().attr("data-sort")).isEqualTo("0.5");
    assertThat(nick.select("td").get(1).text()).isEmpty(); // nothing to mark
    assertThat(nick.select("td.problems").text()).isEqualTo("no submission");
    assertThat(out.resolve("results")).isDirectoryNotContaining("glob:**/Alice.json");
  }

  @Test
  @Order(5)
  void aStudentAddedToTheRosterLater_getsAMissingResultAndNobodyElseChanges() throws IOException {
    Map<String, byte[]> before = files(out.resolve("results"));
    Path longer = dir.resolve("roster2.csv");
    Files.writeString(longer, Files.readString(roster) + "zoe,Zoe Zhu\r\n");

    assertThat(grade(submissions.resolve("alice").toString(), "--roster", longer.toString()))
        .isZero();

    Map<String, byte[]> now = files(out.resolve("results"));
    assertThat(now.keySet()).contains("zoe.json");
    before.forEach((file, bytes) -> assertThat(now.get(file)).as(file).isEqualTo(bytes));
    assertThat(result("zoe").score()).isZero();
  }

  @Test
  @Order(6)
  void manualMarks_surviveEveryRunAndReachAStudentGradedAgain() throws IOException {
    byte[] marksBefore = Files.readAllBytes(out.resolve(ManualMarks.FILE));

    assertThat(grade(submissions.resolve("alice").toString(), "--regrade")).isZero();

    assertThat(Files.readAllBytes(out.resolve(ManualMarks.FILE))).isEqualTo(marksBefore);
    assertThat(result("alice").score()).isEqualTo(38.5);
    assertThat(result("nick").score()).isZero();
  }

  @Test
  @Order(7)
  void aFaultOfTheGradersWhileRegrading_leavesTheEarlierResultInPlaceAndExits1()
      throws IOException {
    byte[] before = Files.readAllBytes(out.resolve("results/bob.json"));
    // the grader cannot write what the report needs: a fault of ours, never the student's
    Path observations = out.resolve("observations/bob.json");
    Files.delete(observations);
    Files.createDirectories(observations.resolve("in-the-way"));

    int exit = grade(submissions.resolve("bob").toString(), "--regrade");

    assertThat(exit).isEqualTo(Cli.SOFTWARE);
    assertThat(printed)
        .contains("warning: the grader failed on bob and could not record it (")
        .contains("run the same command again to retry them");
    assertThat(Files.readAllBytes(out.resolve("results/bob.json"))).isEqualTo(before);
  }

  private static SubmissionResult result(String student) {
    return ResultFiles.read(out.resolve("results").resolve(student + ".json"));
  }

  private static int grade(String... args) {
    List<String> command = new ArrayList<>(List.of("grade"));
    command.addAll(List.of(args));
    command.addAll(List.of("--out", out.toString(), "--workers", "1", "--quiet"));
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setOut(both);
    System.setErr(both);
    try {
      return Cli.run(command.toArray(String[]::new));
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
      printed = captured.toString(StandardCharsets.UTF_8);
      savedOut.print(printed);
    }
  }

  private static Map<String, byte[]> files(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> listing = Files.list(folder)) {
      for (Path file : listing.filter(f -> f.toString().endsWith(".json")).toList()) {
        files.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }
}
