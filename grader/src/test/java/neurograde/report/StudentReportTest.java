package neurograde.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricLoader;
import neurograde.score.Diagnostic;
import neurograde.score.ItemResult;
import neurograde.score.NoSubmission;
import neurograde.score.Scorer;
import neurograde.score.Scorer.Outcome;
import neurograde.score.SubmissionResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report written from a result and a student's ANSWERS.md, without running any code. */
class StudentReportTest {

  private static final SubmissionResult.Timings TIMINGS = new SubmissionResult.Timings(0, 0, 0);

  @TempDir static Path out;
  private static Rubric rubric;
  private static Reports reports;

  @BeforeAll
  static void setUp() {
    rubric = RubricLoader.bundled();
    reports = new Reports(out, rubric);
  }

  private static SubmissionResult result(
      String student, Map<String, Outcome> outcomes, List<Diagnostic> diagnostics) {
    return Scorer.score(rubric, student, null, outcomes, diagnostics, TIMINGS);
  }

  private static Document write(SubmissionResult result, byte[] answers) throws IOException {
    if (answers != null) {
      Files.createDirectories(out.resolve("answers"));
      Files.write(out.resolve("answers").resolve(result.student() + ".md"), answers);
    }
    return Jsoup.parse(reports.student(result).toFile());
  }

  @Test
  void hostileAnswers_areShownAsTheTextTyped_andNothingInThemIsLive() throws IOException {
    byte[] answers =
        concat(
            ("## 4a\n<script>alert(1)</script>\n<img src=x onerror=alert(2)>\n"
                    + "<a href=\"javascript:alert(3)\">link</a> \u0000 end\n")
                .getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xC3, (byte) 0x28, '\n'},
            "## 4b\n```\n## 4c\n```\n</pre><b>bold</b>\n".getBytes(StandardCharsets.UTF_8));

    Document page = write(result("mallet", Map.of(), List.of()), answers);

    assertThat(page.select("script, [onerror], [onload], a[href^=javascript], b")).isEmpty();
    assertThat(page.select("img")).allMatch(img -> img.attr("src").startsWith("data:image/png"));
    assertThat(page.selectFirst("#item-4a pre.answer").wholeText())
        .isEqualTo(
            "<script>alert(1)</script>\n<img src=x onerror=alert(2)>\n"
                + "<a href=\"javascript:alert(3)\">link</a> \u2400 end\n\uFFFD(");
    assertThat(page.selectFirst("#item-4b pre.answer").wholeText())
        .isEqualTo("```\n## 4c\n```\n</pre><b>bold</b>");
    assertThat(page.select("#item-4c .label").text())
        .startsWith("No answer to 4c found: ANSWERS.md has no heading or bold label for it");
    assertThat(page.selectFirst("#answers pre.whole").wholeText()).startsWith("## 4a\n<script>");
  }

  @Test
  void aHeadingOfAMegabyteOfSpaces_isReadAtOnce() throws IOException {
    byte[] answers =
        ("## 4a" + " ".repeat(1_000_000) + "\nH(z)\n").getBytes(StandardCharsets.UTF_8);

    Document page = write(result("spaces", Map.of(), List.of()), answers);

    assertThat(page.selectFirst("#item-4a pre.answer").wholeText()).isEqualTo("H(z)");
    assertThat(page.select("#item-4a .label").text())
        .isEqualTo("Your answer to 4a, under \u201c## 4a\u201d:");
  }

  @Test
  void checksThatRanOutOfTime_areOneProblemLine_andAReasonSharedByChecksIsWrittenOnce()
      throws IOException {
    String slow = "your code did not finish within 2 s of processor time";
    Map<String, Outcome> outcomes =
        Map.of(
            "step.reset", new Outcome("timeout", 0, slow, null, null),
            "step.refractory", new Outcome("timeout", 0, slow, null, null),
            "simulate.connections",
                new Outcome("timeout", 0, slow + " (the limit is 0.25 s)", null, null));

    Document page =
        write(
            result(
                "slow",
                outcomes,
                List.of(Diagnostic.at("compile", "src/LIFNeuron.java", 3, "';' expected"))),
            null);

    assertThat(page.select("#problems li").eachText())
        .containsExactly(
            "compile src/LIFNeuron.java:3 ';' expected",
            "timeout 3 checks ran out of time: 1b "
                + title("step.reset")
                + ", 1b "
                + title("step.refractory")
                + ", 2 "
                + title("simulate.connections")
                + ". Each says what your code was doing.",
            "missing No ANSWERS.md in the submission: the written answers (3c-iii, 3d-v, 4a, 4b,"
                + " 4c) have nothing to mark.");
    assertThat(page.select("#problems li a").eachAttr("href"))
        .containsExactly(
            "#check-step.reset", "#check-step.refractory", "#check-simulate.connections");
    Element reset = page.getElementById("check-step.reset");
    Element refractory = page.getElementById("check-step.refractory");
    assertThat(reset.selectFirst(".message").text()).isEqualTo(slow);
    assertThat(refractory.selectFirst(".message").text())
        .isEqualTo("The same as " + title("step.reset") + " above.");
    assertThat(refractory.selectFirst(".message a").attr("href")).isEqualTo("#check-step.reset");
  }

  @Test
  void aReportWrittenAgainWithoutRedrawing_reusesThePlotsOfThePageItReplaces() throws IOException {
    SubmissionResult result = result("again", Map.of(), List.of());
    Document first = write(result, null);
    Element image = first.selectFirst("#item-1b img");
    String key = image.attr("data-key");
    String tiny =
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";
    image.attr("src", tiny);
    Files.writeString(out.resolve("reports/again.html"), first.outerHtml());

    Document reused = Jsoup.parse(new Reports(out, rubric, false).student(result).toFile());
    Document redrawn = Jsoup.parse(new Reports(out, rubric, true).student(result).toFile());

    assertThat(reused.selectFirst("#item-1b img").attr("src")).isEqualTo(tiny);
    assertThat(reused.selectFirst("#item-1b img").attr("data-key")).isEqualTo(key);
    assertThat(redrawn.selectFirst("#item-1b img").attr("src")).isNotEqualTo(tiny);
  }

  @Test
  void aStudentWhoSubmittedNothingButWasMarkedByATa_isToldTheMarksCount() throws IOException {
    SubmissionResult absent = result("marked-absent", Map.of(), List.of(NoSubmission.diagnostic()));
    ItemResult manual =
        absent.items().stream().filter(i -> i.manualMax() != null).findFirst().orElseThrow();
    Document page =
        write(
            neurograde.export.ManualMarks.of(Map.of("marked-absent", Map.of(manual.id(), 0.5)))
                .applyTo(absent),
            null);

    assertThat(page.select(".no-submission").text()).isEqualTo(NoSubmission.LINE_WITH_MARKS);
    assertThat(page.select(".total").text())
        .isEqualTo("0.5 of " + Html.marks(absent.maxScore()) + " marks.");
  }

  @Test
  void aStudentWhoSubmittedNothing_getsOneLineAndZeros() throws IOException {
    Document page = write(result("absent", Map.of(), List.of(NoSubmission.diagnostic())), null);

    assertThat(page.select(".no-submission").text()).isEqualTo(NoSubmission.LINE);
    assertThat(page.select("#summary tbody td:eq(3)").eachText())
        .containsExactly(
            "0 / 1", "0 / 1", "0 / 1", "0 / 0.5", "0 / 0.5", "0 / 1", "0 / 3", "0 / 1.5");
    assertThat(page.select("#problems, section.item, img")).isEmpty();
  }

  @Test
  void theTasComment_keepsItsLines_asText() throws IOException {
    Document page =
        write(
            result("commented", Map.of(), List.of())
                .withComment("Good work.\n- label the axes of 3a\n<b>not bold</b>"),
            null);

    assertThat(page.selectFirst(".ta-comment pre").wholeText())
        .isEqualTo("Good work.\n- label the axes of 3a\n<b>not bold</b>");
    assertThat(page.select(".ta-comment b")).isEmpty();
  }

  private static String title(String check) {
    return rubric.checks().stream()
        .filter(c -> c.id().equals(check))
        .findFirst()
        .orElseThrow()
        .title();
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }
}
