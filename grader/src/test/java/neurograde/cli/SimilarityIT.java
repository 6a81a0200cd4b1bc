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
import neurograde.similarity.SimilarPair;
import neurograde.similarity.SimilarityReport;
import neurograde.testing.Folders;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample class plus two planted near-copies (ben's step and simulate are ada's, renamed and
 * reordered), graded with and without {@code --similarity}: the planted pair is listed first with
 * its side-by-side page, no pair of samples is marked, and not one mark differs.
 */
class SimilarityIT {

  @TempDir static Path dir;
  private static Path with;
  private static Path without;
  private static final List<Integer> codes = new ArrayList<>();

  @BeforeAll
  static void gradeTheSamplesAndThePlantedPairTwice() throws IOException {
    Path submissions = dir.resolve("class");
    try (Stream<Path> samples = Files.list(Path.of("../samples"))) {
      for (Path sample : samples.toList()) {
        if (!sample.getFileName().toString().endsWith(".csv")) {
          Folders.copy(sample, submissions.resolve(sample.getFileName().toString()));
        }
      }
    }
    for (String planted : List.of("ada", "ben")) {
      Folders.copy(
          Path.of("src/test/resources/similarity/class").resolve(planted),
          submissions.resolve(planted));
    }
    with = dir.resolve("with");
    without = dir.resolve("without");
    codes.add(run("grade", submissions.toString(), "--out", without.toString(), "--quiet"));
    codes.add(
        run("grade", submissions.toString(), "--out", with.toString(), "--quiet", "--similarity"));
  }

  @Test
  void bothRuns_finishWithExitCode0() {
    assertThat(codes).containsExactly(0, 0);
  }

  @Test
  void theOverview_listsThePlantedPairFirst_andNoOtherPairIsMarked() throws IOException {
    Document overview = Jsoup.parse(with.resolve("index.html").toFile(), "UTF-8");
    List<Element> rows = overview.select("#similar-pairs tbody tr");

    assertThat(rows.get(0).select("td").get(1).text()).endsWith("(marked)");
    assertThat(rows.get(0).select("td").get(2).text()).isEqualTo("ada and ben");
    assertThat(rows.get(0).select("td").get(6).text())
        .startsWith(
            "SpikingNetwork.simulate (28), SpikingNetwork.deliver ~ SpikingNetwork.propagate");
    assertThat(rows.subList(1, rows.size()))
        .allSatisfy(row -> assertThat(row.select("td").get(1).text()).doesNotContain("marked"));
    SimilarityReport report = SimilarityReport.load(with).orElseThrow();
    assertThat(report.marked()).isEqualTo(1);
    assertThat(report.submissions()).isEqualTo(13);
  }

  @Test
  void thePlantedPair_hasItsSideBySidePage() throws IOException {
    Element link =
        Jsoup.parse(with.resolve("index.html").toFile(), "UTF-8")
            .select("#similar-pairs tbody tr")
            .get(0)
            .select("a")
            .last();
    Document page = Jsoup.parse(with.resolve(link.attr("href")).toFile(), "UTF-8");

    assertThat(link.attr("href")).isEqualTo("similarity/pair-001.html");
    assertThat(page.select(".side h3").eachText()).containsExactly("ada", "ben");
    assertThat(page.select("table.regions tr.r1 td").eachText())
        .containsExactly(
            "1", "LIFNeuron.step, LIFNeuron.java lines 119-134",
            "LIFNeuron.step, LIFNeuron.java lines 117-132", "16");
  }

  @Test
  void theSamples_areMarkedAsSimilarToTheReference_theIndependentOnesAreNot() throws IOException {
    Map<String, SimilarPair> known = new TreeMap<>();
    SimilarityReport.load(with).orElseThrow().known().forEach(p -> known.put(p.first(), p));

    assertThat(known.get("alice").marked()).isTrue();
    assertThat(known.get("alice").second()).isEqualTo("reference solution");
    assertThat(known.get("ada").marked()).isFalse();
    assertThat(known.get("ben").marked()).isFalse();
  }

  @Test
  void theGradebook_hasASimilaritySheet() throws IOException {
    try (InputStream in = Files.newInputStream(with.resolve("gradebook.xlsx"));
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheet("Similarity");
      Row first = sheet.getRow(1);

      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("students");
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("ada");
      assertThat(first.getCell(2).getStringCellValue()).isEqualTo("ben");
      assertThat(first.getCell(4).getStringCellValue()).isEqualTo("yes");
      assertThat(first.getCell(9).getStringCellValue()).isEqualTo("similarity/pair-001.html");
    }
  }

  @Test
  void theMarks_areTheSameWithAndWithoutIt() throws IOException {
    assertThat(resultsWithoutTimings(with)).isEqualTo(resultsWithoutTimings(without));
    assertThat(Files.readString(with.resolve("grades.csv")))
        .isEqualTo(Files.readString(without.resolve("grades.csv")));
  }

  @Test
  void theCommandOnAGradedFolder_findsTheSameAndChangesNoResult() throws IOException {
    Map<String, String> before = resultsWithoutTimings(without);

    int code = run("similarity", "--out", without.toString());

    assertThat(code).isZero();
    assertThat(resultsWithoutTimings(without)).isEqualTo(before);
    assertThat(SimilarityReport.load(without).orElseThrow().pairs())
        .isEqualTo(SimilarityReport.load(with).orElseThrow().pairs());
    assertThat(
            Jsoup.parse(without.resolve("index.html").toFile(), "UTF-8").select("#similar-pairs"))
        .hasSize(1);
  }

  /** Each result file's text (byte for byte) without the timings, which differ run to run. */
  private static Map<String, String> resultsWithoutTimings(Path out) throws IOException {
    Map<String, String> results = new TreeMap<>();
    try (Stream<Path> files = Files.list(out.resolve("results"))) {
      for (Path file : files.toList()) {
        results.put(
            file.getFileName().toString(),
            Files.readString(file, StandardCharsets.UTF_8)
                .replaceAll("(?s),\\s*\"timings\" : \\{[^}]*}", ""));
      }
    }
    return results;
  }

  private static int run(String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      return Cli.run(args);
    } finally {
      System.setOut(saved);
      saved.print(captured.toString(StandardCharsets.UTF_8));
    }
  }
}
