package neurograde.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import neurograde.grading.BundledSubmissions;
import neurograde.submission.SourceFile;
import neurograde.submission.SubmissionFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The similarity report on fixture classes: ben's renamed and reordered copy of ada's step and
 * simulate is found and put first, while correct submissions that do not share code (the fairness
 * fixtures, cy) stay below the default threshold and the template alone scores nothing.
 */
class SimilarityTest {

  /** Scores are shares of token counts in the tens: far coarser than this. */
  private static final double TOLERANCE = 1e-9;

  private static SubmissionFiles template(String student) {
    return new SubmissionFiles(student, BundledSubmissions.template().sources(), null, List.of());
  }

  /** Ada, ben (ada's step and simulate), cy, the template, the fairness variants, the reference. */
  @TempDir static Path sharedClass;

  private static Similarity.Run run;
  private static SimilarityReport report;

  @BeforeAll
  static void compareTheClassWithASharedStepAndSimulate() throws IOException {
    new GradedClass(sharedClass)
        .add(GradedClass.FIXTURES.resolve("ada"))
        .add(GradedClass.FIXTURES.resolve("ben"))
        .add(GradedClass.FIXTURES.resolve("cy"))
        .add(template("tess"))
        .addAll("variant-")
        .add(GradedClass.SUBMISSIONS.resolve("reference"));
    // Every student listed, so each one's similarity to the reference can be checked.
    run =
        Similarity.run(
            sharedClass,
            new SimilarityOptions(
                SimilarityOptions.THRESHOLD,
                SimilarityOptions.MIN_TOKENS,
                50,
                true,
                List.of(),
                SimilarityOptions.KNOWN_THRESHOLD));
    report = run.report();
  }

  @Nested
  class ClassWithASharedStepAndSimulate {

    @Test
    void theCopyingPair_isFirstAndTheOnlyOneMarked() {
      SimilarPair first = report.pairs().get(0);

      assertThat(List.of(first.first(), first.second())).containsExactly("ada", "ben");
      assertThat(first.marked()).isTrue();
      assertThat(first.scoreClass()).isEqualTo("SpikingNetwork");
      assertThat(first.score()).isGreaterThan(0.9);
      assertThat(report.marked()).isEqualTo(1);
      assertThat(report.pairs().subList(1, report.pairs().size()))
          .allSatisfy(p -> assertThat(p.score()).isLessThan(SimilarityOptions.THRESHOLD));
    }

    @Test
    void theCopyingPair_namesTheRenamedMethods() {
      assertThat(report.pairs().get(0).methods())
          .extracting(m -> m.first() + " ~ " + m.second())
          .containsExactly(
              "SpikingNetwork.simulate ~ SpikingNetwork.simulate",
              "SpikingNetwork.deliver ~ SpikingNetwork.propagate",
              "LIFNeuron.step ~ LIFNeuron.step");
    }

    @Test
    void theCopyingPair_hasAPageWhoseRegionsAreInStepAndSimulate() {
      PairView view = run.views().get(0);

      assertThat(view.pair().page()).isEqualTo("similarity/pair-001.html");
      assertThat(view.regions())
          .extracting(r -> r.first().method() + " ~ " + r.second().method())
          .containsExactlyInAnyOrder(
              "LIFNeuron.step ~ LIFNeuron.step",
              "SpikingNetwork.simulate ~ SpikingNetwork.simulate",
              "SpikingNetwork.deliver ~ SpikingNetwork.propagate");
    }

    @Test
    void everyPairIsCompared_andCounted() {
      int students = 4 + variants() + 1;
      assertThat(report.submissions()).isEqualTo(students);
      assertThat(report.pairsCompared()).isEqualTo(students * (students - 1) / 2);
      assertThat(report.distribution().stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(students * (students - 1) / 2);
      assertThat(report.notCompared()).isEmpty();
    }

    @Test
    void theTemplateAlone_scoresNothing() {
      assertThat(report.pairs())
          .noneMatch(p -> p.first().equals("tess") || p.second().equals("tess"));
      assertThat(report.known())
          .filteredOn(p -> p.first().equals("tess"))
          .allSatisfy(p -> assertThat(p.sharedTokens()).isZero());
    }

    @Test
    void copiesOfTheReference_areMarkedAsSimilarToIt_andTheOthersAreNot() {
      Map<String, SimilarPair> known =
          report.known().stream()
              .collect(java.util.stream.Collectors.toMap(SimilarPair::first, p -> p));

      assertThat(known.get("reference").score()).isCloseTo(1.0, within(TOLERANCE));
      assertThat(known.get("variant-neuron-by-neuron").marked()).isTrue();
      assertThat(known.get("ada").marked()).isFalse();
      assertThat(known.get("ben").marked()).isFalse();
      assertThat(known.get("cy").marked()).isFalse();
      assertThat(known.get("ada").second()).isEqualTo(KnownSources.REFERENCE);
    }
  }

  @Test
  void correctSubmissionsThatShareNoCode_areNotMarked(@TempDir Path out) throws IOException {
    new GradedClass(out)
        .add(GradedClass.FIXTURES.resolve("ada"))
        .add(GradedClass.FIXTURES.resolve("cy"))
        .addAll("variant-")
        .add(GradedClass.SUBMISSIONS.resolve("reference"));

    SimilarityReport report = Similarity.run(out, SimilarityOptions.defaults()).report();

    assertThat(report.marked()).isZero();
    assertThat(report.pairs())
        .allSatisfy(p -> assertThat(p.score()).isLessThan(SimilarityOptions.THRESHOLD));
  }

  @Test
  void withoutTheReference_copiesOfItAreSimilarToEachOther(@TempDir Path out) throws IOException {
    new GradedClass(out)
        .add(GradedClass.SUBMISSIONS.resolve("reference"))
        .add(GradedClass.SUBMISSIONS.resolve("variant-own-launcher-class-with-main"))
        .add(GradedClass.FIXTURES.resolve("cy"));
    SimilarityOptions options =
        new SimilarityOptions(
            SimilarityOptions.THRESHOLD, SimilarityOptions.MIN_TOKENS, 10, false, List.of(), 0.8);

    SimilarityReport report = Similarity.run(out, options).report();

    SimilarPair first = report.pairs().get(0);
    assertThat(List.of(first.first(), first.second()))
        .containsExactly("reference", "variant-own-launcher-class-with-main");
    assertThat(first.score()).isCloseTo(1.0, within(TOLERANCE));
    assertThat(report.knownSources()).isEmpty();
    assertThat(report.known()).isEmpty();
  }

  @Test
  void aKnownSource_findsTheStudentWhoCopiedIt(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    new GradedClass(out)
        .add(renamed(GradedClass.FIXTURES.resolve("ada"), "zoe"))
        .add(GradedClass.FIXTURES.resolve("cy"));
    SimilarityOptions options =
        new SimilarityOptions(
            SimilarityOptions.THRESHOLD,
            SimilarityOptions.MIN_TOKENS,
            10,
            true,
            List.of(GradedClass.FIXTURES.resolve("ada")),
            SimilarityOptions.KNOWN_THRESHOLD);

    SimilarityReport report = Similarity.run(out, options).report();

    assertThat(report.knownSources()).containsExactly(KnownSources.REFERENCE, "ada");
    SimilarPair zoe = report.known().get(0);
    assertThat(List.of(zoe.first(), zoe.second(), zoe.marked()))
        .containsExactly("zoe", "ada", true);
    assertThat(zoe.score()).isCloseTo(1.0, within(TOLERANCE));
    assertThat(report.known().get(1).first()).isEqualTo("cy");
    assertThat(report.known().get(1).marked()).isFalse();
  }

  @Test
  void aFileThatDoesNotParse_isLeftOutAndSaid_theRestCompared(@TempDir Path out)
      throws IOException {
    new GradedClass(out)
        .add(GradedClass.SUBMISSIONS.resolve("fault-missing-brace-in-experiments"))
        .add(GradedClass.FIXTURES.resolve("cy"))
        .addWithoutSources("nick");

    SimilarityReport report = Similarity.run(out, SimilarityOptions.defaults()).report();

    assertThat(report.skippedFiles())
        .extracting(SimilarityReport.Note::student)
        .containsExactly("fault-missing-brace-in-experiments");
    assertThat(report.skippedFiles().get(0).why())
        .startsWith("src/main/java/neurons/Experiments.java does not parse (line ");
    assertThat(report.submissions()).isEqualTo(2);
    assertThat(report.notCompared())
        .extracting(SimilarityReport.Note::student)
        .containsExactly("nick");
    assertThat(report.notCompared().get(0).why()).startsWith("no sources kept");
  }

  @Test
  void sourcesTooLargeToCompare_areSaid(@TempDir Path out) throws IOException {
    String huge = "package neurons;\nclass Padding {\n" + "  int x;\n".repeat(100_000) + "}\n";
    new GradedClass(out)
        .add(
            new SubmissionFiles(
                "padded",
                List.of(new SourceFile("src/main/java/neurons/Padding.java", huge)),
                null,
                List.of()))
        .add(GradedClass.FIXTURES.resolve("cy"));

    SimilarityReport report = Similarity.run(out, SimilarityOptions.defaults()).report();

    assertThat(report.notCompared())
        .containsExactly(
            new SimilarityReport.Note("padded", "none of its files could be compared"));
    assertThat(report.skippedFiles())
        .containsExactly(
            new SimilarityReport.Note(
                "padded", "its sources have 900k characters; at most 500k are compared"));
  }

  @Test
  void theReport_isSavedAndReadBack_andSaysWhoChangedSince(@TempDir Path out) throws IOException {
    new GradedClass(out)
        .add(GradedClass.FIXTURES.resolve("ada"))
        .add(GradedClass.FIXTURES.resolve("cy"))
        .addWithoutSources("nick");
    SimilarityReport report = Similarity.run(out, SimilarityOptions.defaults()).report();

    assertThat(SimilarityReport.load(out)).contains(report);
    assertThat(report.changedSince(out, List.of("ada", "cy", "nick"))).isEmpty();

    new GradedClass(out).add(GradedClass.FIXTURES.resolve("ben"));
    new GradedClass(out).add(renamed(GradedClass.FIXTURES.resolve("ada"), "cy"));
    assertThat(report.changedSince(out, List.of("ada", "ben", "cy", "nick")))
        .containsExactly("ben", "cy");
  }

  @Test
  void everyAttackFixture_isComparedOrSaidWhyNot(@TempDir Path out) throws IOException {
    GradedClass graded = new GradedClass(out);
    try (var folders = Files.list(Path.of("src/test/resources/attacks"))) {
      for (Path folder : folders.sorted().toList()) {
        if (Files.isDirectory(folder)) {
          graded.add(folder);
        }
      }
    }

    SimilarityReport report = Similarity.run(out, SimilarityOptions.defaults()).report();

    assertThat(report.submissions() + report.notCompared().size())
        .isEqualTo(report.digests().size());
    assertThat(report.submissions()).isGreaterThan(20);
  }

  /** Returns how many fairness variants there are. */
  private static int variants() {
    try (var folders = Files.list(GradedClass.SUBMISSIONS)) {
      return (int) folders.filter(f -> f.getFileName().toString().startsWith("variant-")).count();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Returns a fixture's files as another student's. */
  private static SubmissionFiles renamed(Path fixture, String student) {
    SubmissionFiles files =
        neurograde.submission.SubmissionReader.read(
            new neurograde.submission.SubmissionSource(student, fixture, false));
    return new SubmissionFiles(student, files.sources(), files.answers(), files.diagnostics());
  }
}
