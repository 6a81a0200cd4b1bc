package neurograde.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import neurograde.Grading;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricLoader;
import neurograde.run.WorkerOptions;
import neurograde.score.CheckResult;
import neurograde.score.SubmissionResult;
import neurograde.submission.SubmissionFinder;
import neurograde.testing.Folders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plots a student's own Experiments.main draws, in the report beside the reference's, from
 * submissions that differ from the reference only in main ({@code src/test/resources/plots/NAME}
 * holds each one's Experiments.java): correct plots without labels, wrong axes and markup in a
 * title, a main that throws, one that never returns, one that draws nothing, one that floods Plots,
 * and one that makes a folder (so it is not run). None of this changes a mark.
 */
class MainPlotsIT {

  private static final List<String> FIXTURES =
      List.of(
          "unlabelled-correct",
          "wrong-axes",
          "main-throws",
          "main-never-returns",
          "draws-nothing",
          "flood",
          "writes-files");

  private static final List<String> PLOT_ITEMS =
      List.of("3a-iii", "3b-ii", "3c-iii", "3d-iv", "4b");

  @TempDir static Path dir;
  private static final Map<String, SubmissionResult> RESULTS = new TreeMap<>();

  @BeforeAll
  static void gradeTheFixtures() throws IOException {
    Path submissions = dir.resolve("class");
    Path reference = Path.of("src/test/resources/submissions/reference");
    Folders.copy(reference, submissions.resolve("reference"));
    for (String fixture : FIXTURES) {
      Path copy = submissions.resolve(fixture);
      Folders.copy(reference, copy);
      Files.copy(
          Path.of("src/test/resources/plots", fixture, "Experiments.java"),
          copy.resolve("src/main/java/neurons/Experiments.java"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    Rubric rubric = RubricLoader.bundled();
    Path out = dir.resolve("out");
    try (Grading grading = new Grading(rubric, WorkerOptions.defaults().withSize(2))) {
      grading
          .gradeClass(
              SubmissionFinder.find(List.of(submissions)),
              Map.of(),
              out,
              true,
              r -> {},
              new Reports(out, rubric))
          .results()
          .forEach(r -> RESULTS.put(r.student(), r));
    }
  }

  private static Document report(String student) throws IOException {
    return Jsoup.parse(dir.resolve("out/reports/" + student + ".html").toFile());
  }

  private static Element ownPlots(Document page, String item) {
    Element box = page.selectFirst("#item-" + item + " .own-plots");
    assertThat(box).as("%s has a place for the student's own plot", item).isNotNull();
    return box;
  }

  private static List<String> alts(Element box) {
    return box.select("img").eachAttr("alt");
  }

  private static String missing(Element box) {
    Element line = box.selectFirst("p.plot-missing");
    return line == null ? null : line.text();
  }

  /** Every plot item still shows the reference's plot, last, whatever the student's main did. */
  private static void referenceShownEverywhere(Document page) {
    for (String item : PLOT_ITEMS) {
      List<String> alts = alts(ownPlots(page, item));
      String question = item.substring(0, 2);
      assertThat(alts).isNotEmpty();
      assertThat(alts.get(alts.size() - 1))
          .as(item)
          .startsWith(question + ", the reference's plot, drawn by the course's Experiments.main");
    }
  }

  @Test
  void marksAreTheReferencesWhateverMainDoes() {
    SubmissionResult reference = RESULTS.get("reference");
    assertThat(reference.score()).isEqualTo(37.5);
    for (String fixture : FIXTURES) {
      SubmissionResult result = RESULTS.get(fixture);
      assertThat(result.score()).as(fixture).isEqualTo(reference.score());
      assertThat(result.checks())
          .as(fixture)
          .extracting(CheckResult::id, CheckResult::score, CheckResult::message)
          .isEqualTo(
              reference.checks().stream()
                  .map(c -> org.assertj.core.groups.Tuple.tuple(c.id(), c.score(), c.message()))
                  .toList());
      assertThat(result.diagnostics()).as(fixture).isEmpty();
    }
  }

  @Test
  void theReference_showsItsFivePlotsEachBesideTheCoursesOwn() throws IOException {
    Document page = report("reference");
    referenceShownEverywhere(page);
    List<String> alts = alts(ownPlots(page, "3a-iii"));

    assertThat(alts).hasSize(2);
    assertThat(alts.get(0))
        .startsWith(
            "3a, reference's own plot, drawn by their Experiments.main with Plots.dots, to the file"
                + " \u201cplots/3a-firing-rate.png\u201d: titled \u201c3a: LIF firing rate vs"
                + " input rate\u201d; 20 dots, x axis \u201cinput rate (Hz)\u201d from 5 to 100,"
                + " y axis \u201cLIF firing rate (Hz)\u201d from 0 to 99.5; the dots (x, y): (5,"
                + " 0),");
    for (String item : PLOT_ITEMS) {
      Element box = ownPlots(page, item);
      assertThat(box.select("img")).as(item).hasSize(2);
      assertThat(missing(box)).as(item).isNull();
      assertThat(box.selectFirst("figcaption").text()).endsWith("The TA marks your plot.");
    }
    assertThat(alts(ownPlots(page, "3d-iv")).get(0))
        .contains("spike raster of 9 rows from 0 to 4 s", "\u201cA\u201d 25 spikes");
    assertThat(alts(ownPlots(page, "4b")).get(0))
        .contains("6 lines against \u201cz\u201d from -6 to 6", "\u201csigmoid'\u201d");
    assertThat(page.getElementById("other-plots")).isNull();
  }

  @Test
  void plotsWithoutLabels_arePlacedByWhatTheyDraw() throws IOException {
    Document page = report("unlabelled-correct");
    referenceShownEverywhere(page);

    assertThat(alts(ownPlots(page, "3a-iii")).get(0))
        .startsWith(
            "3a, unlabelled-correct's own plot, drawn by their Experiments.main with Plots.dots")
        .contains("titled \u201cOutput rate of the LIF neuron\u201d");
    assertThat(alts(ownPlots(page, "3b-ii")).get(0))
        .contains("\u201cA and B excite each other\u201d");
    assertThat(alts(ownPlots(page, "3c-iii")).get(0)).contains("\u201cC inhibits B\u201d");
    assertThat(alts(ownPlots(page, "3d-iv")).get(0))
        .contains("\u201cTravelling wave\u201d", "\u201c8\u201d 7 spikes");
    assertThat(alts(ownPlots(page, "4b")).get(0))
        .contains("2 lines against", "\u201cits derivative\u201d");
    for (String item : PLOT_ITEMS) {
      assertThat(missing(ownPlots(page, item))).as(item).isNull();
    }
  }

  @Test
  void wrongAxesAndLabels_areShownAsDrawn_andMarkupInATitleStaysText() throws IOException {
    Document page = report("wrong-axes");
    referenceShownEverywhere(page);
    String rate = alts(ownPlots(page, "3a-iii")).get(0);

    assertThat(rate)
        .contains(
            "titled \u201c<script>alert(1)</script><img src=x onerror=alert(2)>\u201d",
            "x axis \u201ctime (s)\u201d from 0 to 99.5, y axis \u201cv\u201d from 5 to 100");
    assertThat(page.select("script, [onerror]")).isEmpty();
    assertThat(alts(ownPlots(page, "3b-ii")).get(0))
        .contains("spike raster of 3 rows from 0 to 0.2 s", "\u201c0\u201d", "\u201c2\u201d");
    for (String item : List.of("3c-iii", "3d-iv", "4b")) {
      String question = item.substring(0, 2);
      assertThat(missing(ownPlots(page, item)))
          .isEqualTo("Your Experiments.main drew no plot for " + question + ".");
      assertThat(ownPlots(page, item).select("img")).hasSize(1);
    }
  }

  @Test
  void aMainThatThrows_keepsThePlotsItDrew_andSaysWhyTheRestAreMissing() throws IOException {
    Document page = report("main-throws");
    referenceShownEverywhere(page);

    assertThat(alts(ownPlots(page, "3a-iii")).get(0)).startsWith("3a, main-throws's own plot");
    for (String item : List.of("3b-ii", "3c-iii", "3d-iv", "4b")) {
      assertThat(missing(ownPlots(page, item)))
          .startsWith(
              "Your Experiments.main drew no plot for "
                  + item.substring(0, 2)
                  + " (Experiments.main threw NullPointerException");
    }
  }

  @Test
  void aMainThatNeverReturns_keepsThePlotsItDrew_andSaysItRanOutOfTime() throws IOException {
    Document page = report("main-never-returns");
    referenceShownEverywhere(page);

    assertThat(alts(ownPlots(page, "3a-iii")).get(0))
        .contains("titled \u201c3a: firing rate\u201d");
    assertThat(alts(ownPlots(page, "3b-ii")).get(0)).contains("titled \u201c3b: two neurons\u201d");
    for (String item : List.of("3c-iii", "3d-iv", "4b")) {
      assertThat(missing(ownPlots(page, item)))
          .startsWith(
              "Your Experiments.main drew no plot for "
                  + item.substring(0, 2)
                  + " (your code did not finish within 60 times the processor time the course's"
                  + " solution needs (at least 0.3 s, at most 10.0 s) (it was running"
                  + " Experiments.main in Experiments.java)");
    }
  }

  @Test
  void aMainThatDrawsNothing_isSaidPlainly_besideEveryReferencePlot() throws IOException {
    Document page = report("draws-nothing");
    referenceShownEverywhere(page);

    for (String item : PLOT_ITEMS) {
      Element box = ownPlots(page, item);
      assertThat(missing(box))
          .isEqualTo("Your Experiments.main drew no plot for " + item.substring(0, 2) + ".");
      assertThat(box.select("img")).hasSize(1);
      assertThat(box.selectFirst("figcaption").text())
          .isEqualTo(
              "The reference's plot, drawn the same way from the course's Experiments.main.");
    }
  }

  @Test
  void aFloodOfPlots_isBoundedInTheObservationAndThePage() throws IOException {
    Document page = report("flood");
    Path observation = dir.resolve("out/observations/flood.json");

    assertThat(Files.size(observation)).isLessThan(1_500_000);
    assertThat(Files.size(dir.resolve("out/reports/flood.html"))).isLessThan(8_000_000);
    Elements rates = ownPlots(page, "3a-iii").select("img");
    assertThat(rates).hasSize(13 + 1);
    String shortTitle = "T".repeat(120) + "\u2026";
    assertThat(rates.get(0).attr("alt"))
        .contains("titled \u201c" + shortTitle + "\u201d", "2000 dots")
        .doesNotContain("T".repeat(121));
    assertThat(ownPlots(page, "3b-ii").select("p.plot-note").text())
        .contains("long lines thinned to the lowest and highest point of each short stretch");
    assertThat(alts(ownPlots(page, "3d-iv")).get(0)).contains("spike raster of 10000 rows");
    assertThat(ownPlots(page, "3d-iv").select("p.plot-note").text())
        .contains("the grader kept the first 40 of 10000 series");
    assertThat(ownPlots(page, "4b").select("p.plot-note").text())
        .contains("the first 12 of 300 series");
    assertThat(page.getElementById("other-plots").text())
        .contains(
            "Your Experiments.main asked Plots for 487 more plots; the grader shows the first 16.");
  }

  @Test
  void aMainThatMakesAFolder_isNotRun_andTheReportSaysWhy() throws IOException {
    Document page = report("writes-files");
    referenceShownEverywhere(page);

    for (String item : PLOT_ITEMS) {
      assertThat(missing(ownPlots(page, item)))
          .startsWith(
              "Your plots are not available: Experiments.main was not run to record its plots:"
                  + " Experiments.main (line ")
          .contains(") uses java.io.File, which the grader runs only where the checks may");
    }
  }
}
