package neurograde.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import neurograde.Grading;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricItem;
import neurograde.run.WorkerOptions;
import neurograde.score.SubmissionResult;
import neurograde.submission.Roster;
import neurograde.submission.SubmissionFinder;
import neurograde.testing.Chromium;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of the sample class, graded with its roster: every item, one self-contained file per
 * student, no live markup from student text, problems said once, the student who submitted nothing,
 * and the pages in a browser.
 */
class ReportsIT {

  @TempDir static Path out;
  private static Rubric rubric;
  private static List<SubmissionResult> results;

  @BeforeAll
  static void gradeTheSamples() {
    rubric = neurograde.rubric.RubricLoader.bundled();
    try (Grading grading = new Grading(rubric, WorkerOptions.defaults().withSize(2))) {
      results =
          grading
              .gradeClass(
                  SubmissionFinder.find(List.of(Path.of("../samples"))),
                  Roster.read(Path.of("../samples/roster.csv")),
                  out,
                  true,
                  r -> {},
                  new Reports(out, rubric))
              .results();
    }
  }

  private static Document report(String student) throws IOException {
    return Jsoup.parse(out.resolve("reports/" + student + ".html").toFile());
  }

  @Test
  void everyStudentWhoSubmitted_getsEveryItemWithItsMarks() throws IOException {
    for (SubmissionResult result : results) {
      if (result.student().equals("nick")) {
        continue;
      }
      Document page = report(result.student());
      for (RubricItem item : rubric.items()) {
        Element section = page.getElementById("item-" + item.id());
        assertThat(section).as("%s: item %s", result.student(), item.id()).isNotNull();
        assertThat(section.selectFirst("h2").text()).startsWith(item.id() + " " + item.title());
      }
      assertThat(page.select("ul.checks li")).hasSize(rubric.checks().size());
    }
  }

  @Nested
  class OneFilePerStudent {

    @Test
    void everyReportIsOneFile_withItsElevenPlotsInside() throws IOException {
      try (var files = Files.list(out.resolve("reports"))) {
        assertThat(files.map(f -> f.getFileName().toString()))
            .as("nothing but the reports: no plot folders to send along")
            .allMatch(name -> name.endsWith(".html"));
      }
      for (SubmissionResult result : results) {
        Document page = report(result.student());
        List<Element> images = page.select("img");
        // the grader's 11 drawings, and the reference's 5 plots beside the student's own
        assertThat(images.stream().filter(image -> image.closest(".own-plots") == null))
            .as(result.student())
            .hasSize(result.student().equals("nick") ? 0 : 11);
        assertThat(page.select(".own-plots img").size())
            .as(result.student())
            .isGreaterThanOrEqualTo(result.student().equals("nick") ? 0 : 5);
        for (Element image : images) {
          assertThat(image.attr("src")).startsWith("data:image/png;base64,");
        }
        assertThat(page.select("[src]:not(img), link, iframe, object, embed")).isEmpty();
        assertThat(page.select("a[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
      }
    }

    @Test
    void plotsAreDrawnAtTwiceTheirSizeOnThePage() throws IOException {
      for (Element image : report("alice").select("img")) {
        byte[] png =
            Base64.getDecoder()
                .decode(image.attr("src").substring("data:image/png;base64,".length()));
        var decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(decoded.getWidth()).isEqualTo(2 * Integer.parseInt(image.attr("width")));
        assertThat(decoded.getHeight()).isEqualTo(2 * Integer.parseInt(image.attr("height")));
      }
    }

    @Test
    void altTextSaysWhatEachPlotShowsAndWhoseItIs() throws IOException {
      List<String> alts =
          report("dave").select("img").stream()
              .filter(image -> image.closest(".own-plots") == null)
              .map(image -> image.attr("alt"))
              .toList();

      assertThat(alts).doesNotHaveDuplicates().allMatch(alt -> alt.length() > 40);
      assertThat(alts.get(0))
          .isEqualTo(
              "1b, dave's LIF neuron: v(t) and s(t) over the reference's for 40 steps from t = 0.3"
                  + " s, v = 0.98, s = 1.3, with input spikes; 2 spikes against the reference's 2;"
                  + " they first differ in spike time at t = 0.3013 s.");
      assertThat(alts.get(2)).startsWith("3b, dave's network: spike raster of 3 neurons over 1 s:");
      assertThat(alts.get(3))
          .isEqualTo(
              "3b, the reference's network: spike raster of 3 neurons over 1 s: 0 LIF 231 spikes,"
                  + " 1 LIF 226 spikes, 2 input 9 spikes.");
    }
  }

  @Nested
  class StudentText {

    @Test
    void isNeverLiveMarkup() throws IOException {
      Document carol = report("carol");

      assertThat(carol.select("script")).isEmpty();
      assertThat(carol.selectFirst("#item-4b pre.answer").wholeText())
          .isEqualTo(
              "<script>alert('answers are text, not HTML')</script> sigmoid max 0.25 at 0, tanh"
                  + " max 1 at 0.");
    }

    @Test
    void answersKeepTheirLines() throws IOException {
      assertThat(report("alice").selectFirst("#item-4b pre.answer").wholeText())
          .isEqualTo(
              "- sigmoid: the derivative approaches 0 for |z| large (z < -4 or z > 4); its maximum"
                  + " is 0.25 at z = 0.\n"
                  + "- tanh: the derivative approaches 0 for |z| > 3; its maximum is 1 at z = 0.\n"
                  + "- ReLU: the derivative is 0 for all z < 0 and 1 for z > 0; its maximum is 1,"
                  + " for every z > 0.");
    }

    @Test
    void answersLabelledInOtherWays_areEachFoundOnce() throws IOException {
      Document grace = report("grace");

      assertThat(grace.select("#item-3c-iii .label").text())
          .isEqualTo("Your answer to 3c-iii, under \u201c## Question 3c-iii (inhibition)\u201d:");
      assertThat(grace.select("#item-3d-v .label").text())
          .isEqualTo("Your answer to 3d-v, under \u201c### Q3d-v\u201d:");
      assertThat(grace.selectFirst("#item-4a pre.answer").wholeText())
          .startsWith("ReLU(z) = max(0, z), so ReLU'(z) = 0 for z < 0 and 1 for z > 0.")
          .endsWith("any value in [0, 1] can be used.");
      assertThat(grace.selectFirst("#item-4b pre.answer").wholeText())
          .startsWith("- sigmoid")
          .doesNotContain("4c");
      assertThat(grace.selectFirst("#item-4c pre.answer").wholeText())
          .isEqualTo(
              "With u = wx + b: d/dx f(u) = f'(u) w, d/dw f(u) = f'(u) x, d/db f(u) = f'(u).");
    }

    @Test
    void noAnswersFile_isSaidPlainly() throws IOException {
      Document judy = report("judy");

      assertThat(judy.select("#problems li").eachText())
          .contains(
              "missing No ANSWERS.md in the submission: the written answers (3c-iii, 3d-v, 4a, 4b,"
                  + " 4c) have nothing to mark.");
      assertThat(judy.select("#item-4a .label").text())
          .isEqualTo("No answer to 4a: the submission has no ANSWERS.md.");
      assertThat(judy.getElementById("answers")).isNull();
    }
  }

  @Nested
  class ProblemsSaidOnce {

    @Test
    void aCompileError_isListedOnceWithOneLine() throws IOException {
      Document heidi = report("heidi");

      assertThat(heidi.select("#problems li").eachText())
          .containsExactly(
              "compile src/main/java/neurons/Experiments.java:76 ';' expected",
              "compile src/main/java/neurons/Experiments.java Experiments.firingRateExperiment was"
                  + " left out because of the errors above; the rest of"
                  + " src/main/java/neurons/Experiments.java was graded");
      List<String> messages = heidi.select("#item-3a-i .message").eachText();
      assertThat(messages.get(0))
          .isEqualTo(
              "Experiments.firingRateExperiment threw UnsupportedOperationException:"
                  + " Experiments.firingRateExperiment did not compile (';' expected)"
                  + " (Experiments.java:76)");
      assertThat(messages.subList(1, 4))
          .containsExactly(
              "The same as Input connected to a LIF neuron with weight 0.03 above.",
              "The same as Input connected to a LIF neuron with weight 0.03 above.",
              "The same as Input connected to a LIF neuron with weight 0.03 above.");
    }

    @Test
    void timeouts_areOneLineThatLinksToTheChecks() throws IOException {
      Document ivan = report("ivan");

      List<Element> problems = ivan.select("#problems li");
      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).text()).startsWith("timeout 5 checks ran out of time: 1b ");
      for (String href : problems.get(0).select("a").eachAttr("href")) {
        assertThat(ivan.getElementById(href.substring(1))).as(href).isNotNull();
        assertThat(ivan.getElementById(href.substring(1)).selectFirst(".message").text())
            .matches("(your code did not finish within .*|The same as .* above\\.)");
      }
    }
  }

  @Nested
  class NoSubmissionFromAStudent {

    @Test
    void theReportSaysSoInOneLine_withZeroEverywhereAndNothingToMark() throws IOException {
      Document nick = report("nick");

      assertThat(nick.select(".total").text()).isEqualTo("0 of 47 marks.");
      assertThat(nick.select(".no-submission").text())
          .isEqualTo(
              "No submission was received from this student: 0 marks for every question, and"
                  + " nothing to mark.");
      assertThat(nick.text()).doesNotContain("pending").doesNotContain("to mark (");
      assertThat(nick.select("#summary td:eq(4)").eachText()).allMatch(t -> t.startsWith("0 / "));
      assertThat(nick.select("section.item, #problems, img")).isEmpty();
    }

    @Test
    void theOverviewShowsZeros_andCountsNothingToMark() throws IOException {
      Document overview = Jsoup.parse(out.resolve("index.html").toFile());
      Element row = overview.selectFirst("#students tr.absent");

      assertThat(row.selectFirst("th").text()).isEqualTo("nick Nick Nolan");
      assertThat(row.select("td.pending")).isEmpty();
      List<String> cells = new java.util.ArrayList<>(List.of("0", ""));
      rubric.items().forEach(item -> cells.add("0"));
      cells.add("no submission");
      assertThat(row.select("td").stream().map(Element::text)).containsExactlyElementsOf(cells);
      assertThat(overview.select("#students tr:not(.absent) td.pending")).hasSize(11 * 8);
      assertThat(overview.selectFirst("body > p:not(.course)").text())
          .startsWith(
              "12 students (1 submitted nothing and has 0 marks). Marks below count automatic marks"
                  + " and any manual marks entered so far; 88 manual parts are still to be marked");
    }
  }

  @Test
  void overview_listsEveryStudentWithALinkToTheReport() throws IOException {
    Document overview = Jsoup.parse(out.resolve("index.html").toFile());

    List<String> links = overview.select("#students tbody tr th a").eachAttr("href");
    assertThat(links)
        .containsExactlyElementsOf(
            results.stream().map(r -> "reports/" + r.student() + ".html").toList());
    assertThat(overview.text())
        .contains("Most common named mistakes")
        .contains("spike-time-not-interpolated");
    assertThat(overview.select("#students thead th button[type=button]"))
        .hasSize(4 + rubric.items().size());
  }

  @Nested
  class InABrowser {

    private Chromium chromium() {
      Optional<Chromium> found = Chromium.find(out);
      assumeTrue(found.isPresent(), Chromium.MISSING);
      return found.get();
    }

    @Test
    void aReportRendersWithItsPlots() throws Exception {
      Path screenshot = out.resolve("dave.png");

      chromium().screenshot(out.resolve("reports/dave.html"), 1200, 2000, screenshot);

      // A page with its plots is far from blank: a blank 1200x2000 PNG compresses to a few kB.
      assertThat(Files.size(screenshot)).isGreaterThan(50_000);
    }

    @Test
    void pagesFitA1024PixelScreen() throws Exception {
      String measure =
          "document.body.setAttribute('data-width', document.documentElement.scrollWidth);"
              + "var t = document.getElementById('students');"
              + "if (t) { document.body.setAttribute('data-table', t.scrollWidth + ' '"
              + " + t.parentElement.clientWidth); }";

      Document overview = Jsoup.parse(chromium().dom(out.resolve("index.html"), 1024, measure));
      Document report =
          Jsoup.parse(chromium().dom(out.resolve("reports/dave.html"), 1024, measure));

      assertThat(Integer.parseInt(overview.body().attr("data-width"))).isLessThanOrEqualTo(1024);
      String[] table = overview.body().attr("data-table").split(" ");
      assertThat(Integer.parseInt(table[0]))
          .as("the students' table fits without scrolling sideways")
          .isLessThanOrEqualTo(Integer.parseInt(table[1]));
      assertThat(Integer.parseInt(report.body().attr("data-width"))).isLessThanOrEqualTo(1024);
    }

    @Test
    void pressingAColumnsTitle_sortsByIt_andSaysSo() throws Exception {
      String press =
          "var b = document.querySelectorAll('#students thead th button')[1];"
              + " b.click(); b.click();"
              + " document.body.setAttribute('data-first',"
              + " document.querySelector('#students tbody tr th a').textContent);"
              + " document.body.setAttribute('data-sort',"
              + " b.parentElement.getAttribute('aria-sort'));";

      Document sorted = Jsoup.parse(chromium().dom(out.resolve("index.html"), 1024, press));

      assertThat(sorted.body().attr("data-sort")).isEqualTo("descending");
      assertThat(sorted.body().attr("data-first")).isIn("alice", "bob", "carol");
    }
  }
}
