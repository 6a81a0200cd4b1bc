package neurograde.shard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import neurograde.testing.Folders;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class graded as three shards, each by a grader process of its own, then merged, gives the
 * output of one grading of the whole class: the same results (timings aside), observations,
 * answers, reports with their plots, overview, CSV and gradebook cells.
 */
class ShardIT {

  private static final Path JAR = Path.of("target/grader.jar");

  /** Fixtures spread over the three shards (by their ids' hashes: 1, 1, 2, 2, 3). */
  private static final List<String> FIXTURES =
      List.of(
          "variant-experiments-reordered-longer-runs",
          "mistake-activations",
          "mistake-slope-sign",
          "fault-compile-error-in-experiments",
          "variant-unseeded-jitter");

  @TempDir static Path dir;

  private static Path submissions;
  private static Path roster;

  @BeforeAll
  static void writeClass() throws IOException {
    submissions = dir.resolve("class");
    for (String fixture : FIXTURES) {
      Folders.copy(
          Path.of("src/test/resources/submissions", fixture), submissions.resolve(fixture));
    }
    StringBuilder csv = new StringBuilder("id,name\n");
    for (String fixture : FIXTURES) {
      csv.append(fixture).append(",Student ").append(fixture.length()).append('\n');
    }
    // Rostered without a submission: shard 3 gives them a result of 0.
    csv.append("absent-student,Absent Student\n");
    roster = dir.resolve("roster.csv");
    Files.writeString(roster, csv.toString(), StandardCharsets.UTF_8);
  }

  @Test
  void threeShardsMerged_giveTheOutputOfOneGrading() throws Exception {
    Path single = dir.resolve("single");
    Process whole = start(grade(single, null));
    List<Process> shards = new ArrayList<>();
    for (int k = 1; k <= 3; k++) {
      shards.add(start(grade(dir.resolve("shard-" + k), k + "/3")));
    }
    finish(whole);
    for (Process shard : shards) {
      finish(shard);
    }
    for (int k = 1; k <= 3; k++) {
      assertThat(ShardRecord.read(dir.resolve("shard-" + k)).orElseThrow().students().size())
          .as("students of shard %d", k)
          .isEqualTo(2);
    }

    Path merged = dir.resolve("merged");
    String printed =
        finish(
            start(
                List.of(
                    "merge",
                    dir.resolve("shard-1").toString(),
                    dir.resolve("shard-2").toString(),
                    dir.resolve("shard-3").toString(),
                    "--out",
                    merged.toString())));
    assertThat(printed).contains("merged 6 result(s) from 3 folder(s)", "0 report(s) drawn here");

    Map<String, String> expected = files(single);
    assertThat(expected.keySet())
        .contains(
            "results/absent-student.json",
            "answers/variant-experiments-reordered-longer-runs.md",
            "reports/mistake-slope-sign.html",
            "sources/mistake-slope-sign.json",
            "index.html",
            "grades.csv");
    assertThat(files(merged)).isEqualTo(expected);
    assertThat(cells(merged.resolve("gradebook.xlsx")))
        .isEqualTo(cells(single.resolve("gradebook.xlsx")));
  }

  private static List<String> grade(Path out, String shard) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "grade",
                submissions.toString(),
                "--roster",
                roster.toString(),
                "--out",
                out.toString(),
                "--workers",
                "1",
                "--quiet"));
    if (shard != null) {
      args.addAll(List.of("--shard", shard));
    }
    return args;
  }

  private static Process start(List<String> args) throws IOException {
    assertThat(JAR).as("the grader jar, built by mvn package").exists();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(args);
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  /** Waits for a grader process; returns what it printed, asserting it succeeded. */
  private static String finish(Process process) throws Exception {
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as("exit code; it printed: %s", printed).isZero();
    return printed;
  }

  /**
   * Every file of an output folder but the gradebook and the workers' logs, as text (results
   * without their timings) or, for images, as a digest of the bytes.
   */
  private static Map<String, String> files(Path out) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> tree = Files.walk(out)) {
      for (Path file : tree.filter(Files::isRegularFile).toList()) {
        String name = out.relativize(file).toString().replace('\\', '/');
        if (name.startsWith(".workers/")
            || name.equals("gradebook.xlsx")
            || name.equals(".gradebook.sha256")
            || name.equals(ShardRecord.FILE)) {
          continue;
        }
        byte[] bytes = Files.readAllBytes(file);
        files.put(
            name,
            name.endsWith(".png")
                ? java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes))
                : new String(bytes, StandardCharsets.UTF_8)
                    .replaceAll("(?s),\\s*\"timings\" : \\{[^}]*}", ""));
      }
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return files;
  }

  /** Every cell of every sheet: its formula, or its value. */
  private static List<String> cells(Path gradebook) throws IOException {
    List<String> cells = new ArrayList<>();
    try (InputStream in = Files.newInputStream(gradebook);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            cells.add(
                sheet.getSheetName()
                    + "!"
                    + cell.getAddress()
                    + "="
                    + (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                        ? cell.getCellFormula()
                        : cell.toString()));
          }
        }
      }
    }
    return cells;
  }
}
