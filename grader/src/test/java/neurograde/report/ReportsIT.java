package neurograde.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import neurograde.Grading;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricItem;
import neurograde.rubric.RubricLoader;
import neurograde.run.WorkerOptions;
import neurograde.score.SubmissionResult;
import neurograde.submission.SubmissionFinder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of a graded class: every item, no live script from student text, plots on disk,
 * renders in a browser.
 */
class ReportsIT {

  @TempDir static Path out;
  private static Rubric rubric;
  private static List<SubmissionResult> results;

  @BeforeAll
  static void gradeTheSamples() {
    rubric = RubricLoader.bundled();
    try (Grading grading = new Grading(rubric, WorkerOptions.defaults().withSize(2))) {
      results =
          grading
              .gradeClass(
                  SubmissionFinder.find(List.of(Path.of("../samples"))),
                  Map.of(),
                  out,
                  true,
                  r -> {},
                  new Reports(out, rubric))
              .results();
    }
  }

  @Test
  void everyStudentReport_showsEveryItemWithItsMarks() throws IOException {
    for (SubmissionResult result : results) {
      Document page = Jsoup.parse(out.resolve("reports/" + result.student() + ".html").toFile());
      for (RubricItem item : rubric.items()) {
        Element section = page.getElementById("item-" + item.id());
        assertThat(section).as("%s: item %s", result.student(), item.id()).isNotNull();
        assertThat(section.selectFirst("h2").text()).startsWith(item.id() + " " + item.title());
      }
      assertThat(page.select("ul.checks li")).hasSize(rubric.checks().size());
    }
  }

  @Test
  void studentText_isNeverLiveMarkup() throws IOException {
    Document carol = Jsoup.parse(out.resolve("reports/carol.html").toFile());

    assertThat(carol.select("script")).isEmpty();
    assertThat(carol.getElementById("answers").text())
        .contains("<script>alert('answers are text, not HTML')</script>");
    assertThat(carol.select(".answer script")).isEmpty();
  }

  @Test
  void failedChecks_showTheirMessageAndNamedMistake() throws IOException {
    Document dave = Jsoup.parse(out.resolve("reports/dave.html").toFile());

    Element failed = dave.selectFirst("#item-1b li.fail");
    assertThat(failed.selectFirst(".message").text())
        .startsWith("spike time is not interpolated: your spike at 0.30200 s, expected 0.30129 s");
    assertThat(failed.selectFirst(".mistake").text())
        .startsWith("Mistake: spike-time-not-interpolated (");
  }

  @Test
  void diagnostics_showFileAndLine() throws IOException {
    Document heidi = Jsoup.parse(out.resolve("reports/heidi.html").toFile());

    assertThat(heidi.select("#problems li").text())
        .contains("compile src/main/java/neurons/Experiments.java:76 ';' expected");
  }

  @Test
  void everyPlot_existsAsAPng() throws IOException {
    for (SubmissionResult result : results) {
      Document page = Jsoup.parse(out.resolve("reports/" + result.student() + ".html").toFile());
      List<String> images = page.select("img").eachAttr("src");
      assertThat(images).as(result.student()).hasSize(11);
      for (String image : images) {
        Path file = out.resolve("reports").resolve(image);
        assertThat(file).as(image).exists();
        byte[] head = new byte[4];
        System.arraycopy(Files.readAllBytes(file), 0, head, 0, 4);
        assertThat(head).containsExactly((byte) 0x89, 'P', 'N', 'G');
      }
    }
  }

  @Test
  void overview_listsEveryStudentWithALinkToTheReport() throws IOException {
    Document overview = Jsoup.parse(out.resolve("index.html").toFile());

    List<String> links = overview.select("#students tbody tr td:first-child a").eachAttr("href");
    assertThat(links)
        .containsExactlyElementsOf(
            results.stream().map(r -> "reports/" + r.student() + ".html").toList());
    assertThat(overview.text())
        .contains("Most common named mistakes")
        .contains("spike-time-not-interpolated");
  }

  @Test
  void report_rendersInHeadlessChromium() throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    assumeTrue(
        Files.isExecutable(chromium),
        "Chromium is not installed (apt-get install chromium); skipping the browser check");
    Path screenshot = out.resolve("dave.png");
    List<String> command =
        new ArrayList<>(
            List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + out.resolve("chromium-profile"),
                "--window-size=1200,2000",
                "--screenshot=" + screenshot,
                out.resolve("reports/dave.html").toUri().toString()));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(out.resolve("chromium.log").toFile())
            .start();
    assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
    assertThat(screenshot).exists();
    // A page with its plots is far from blank: a blank 1200x2000 PNG compresses to a few kilobytes.
    assertThat(Files.size(screenshot)).isGreaterThan(50_000);
  }
}
