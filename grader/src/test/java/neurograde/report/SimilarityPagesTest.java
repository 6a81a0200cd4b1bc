package neurograde.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import neurograde.similarity.Similarity;
import neurograde.similarity.SimilarityFixtures;
import neurograde.similarity.SimilarityOptions;
import neurograde.submission.SourceFile;
import neurograde.submission.SubmissionFiles;
import neurograde.submission.SubmissionReader;
import neurograde.submission.SubmissionSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The similarity pages and the overview's section show student code as text only: markup in a
 * comment, a string or a file name never becomes an element of the page.
 */
class SimilarityPagesTest {

  private static final Path FIXTURES = Path.of("src/test/resources/similarity");
  private static final String PATH =
      "src/main/java/neurons/<b onmouseover=\"alert(5)\">Helper</b>.java";

  @TempDir static Path out;
  private static Similarity.Run run;

  /** Eve and mallet share a helper full of markup; ada and ben share step and simulate. */
  @BeforeAll
  static void compare() throws IOException {
    String helper = Files.readString(FIXTURES.resolve("html-injection/Helper.java"));
    for (String student : List.of("eve", "mallet")) {
      SubmissionFiles cy =
          SubmissionReader.read(new SubmissionSource(student, FIXTURES.resolve("class/cy"), false));
      List<SourceFile> files = new ArrayList<>(cy.sources());
      files.add(new SourceFile(PATH, helper));
      SimilarityFixtures.keep(out, new SubmissionFiles(student, files, null, List.of()));
    }
    SimilarityFixtures.keep(out, FIXTURES.resolve("class/ada"));
    SimilarityFixtures.keep(out, FIXTURES.resolve("class/ben"));
    run = Similarity.run(out, SimilarityOptions.defaults());
    SimilarityPages.write(out, run.views());
  }

  private static Document page(String name) throws IOException {
    return Jsoup.parse(out.resolve("similarity").resolve(name).toFile(), "UTF-8");
  }

  private static void assertNoActiveMarkup(Element root) {
    assertThat(root.select("script, iframe, img, style:not(head > style), b, object, embed"))
        .isEmpty();
    for (Element element : root.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        assertThat(attribute.getKey()).doesNotStartWith("on");
        assertThat(attribute.getValue()).doesNotStartWith("javascript:");
      }
    }
  }

  @Test
  void markupInStudentCode_isShownAsTextOnTheirPage() throws IOException {
    String first = run.report().pairs().get(0).first();
    assertThat(first).isEqualTo("eve");
    Document page = page("pair-001.html");

    assertNoActiveMarkup(page);
    assertThat(page.select("td.src").eachText())
        .contains(
            "/** </td></tr></table></div><script>alert('comment')</script><!-- */",
            "String note = \"</script><script>alert(4)</script>\";");
    assertThat(page.select("h4").eachText()).contains(PATH);
  }

  @Test
  void codeKeepsItsIndentation() throws IOException {
    String html = Files.readString(out.resolve("similarity/pair-001.html"), StandardCharsets.UTF_8);

    assertThat(Jsoup.parse(html).select("td.src").eachText()).isNotEmpty();
    assertThat(html).contains(">    for (double spike : spikes) {<");
  }

  @Test
  void theOverviewSection_listsThePairsAndLinksTheirPages() {
    Document overview = Document.createShell("");
    SimilaritySection.append(overview.body(), out, List.of("ada", "ben", "eve", "mallet"));

    assertNoActiveMarkup(overview.body());
    List<List<String>> rows = new ArrayList<>();
    for (Element row : overview.select("#similar-pairs tbody tr")) {
      rows.add(row.select("td").eachText());
    }
    assertThat(rows.get(0).subList(1, 4))
        .containsExactly("100% (marked)", "eve and mallet", "Helper");
    assertThat(rows.get(1).subList(2, 4)).containsExactly("ada and ben", "SpikingNetwork");
    assertThat(overview.select("#similar-pairs tbody tr").get(1).select("a").eachAttr("href"))
        .containsExactly("reports/ada.html", "reports/ben.html", "similarity/pair-002.html");
    assertThat(overview.select("p.stale")).isEmpty();
  }

  @Test
  void theOverviewSection_saysWhoWasGradedSince() {
    Document overview = Document.createShell("");
    SimilaritySection.append(overview.body(), out, List.of("ada", "ben", "eve", "mallet", "zed"));

    assertThat(overview.select("p.stale").text())
        .isEqualTo(
            "1 student(s) were graded or regraded after this comparison (zed): run the similarity"
                + " command again to include them.");
  }

  @Test
  void everyPageLinkedFromTheReport_exists() {
    run.report().pairs().forEach(p -> assertThat(out.resolve(p.page())).isRegularFile());
    run.report().known().forEach(p -> assertThat(out.resolve(p.page())).isRegularFile());
  }
}
