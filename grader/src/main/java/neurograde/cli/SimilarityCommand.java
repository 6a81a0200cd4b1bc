package neurograde.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import neurograde.report.Reports;
import neurograde.report.SimilarityPages;
import neurograde.rubric.Rubric;
import neurograde.score.SubmissionResult;
import neurograde.similarity.Similarity;
import neurograde.similarity.SimilarityOptions;
import neurograde.similarity.SimilarityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code similarity --out DIR}: which students' code is similar, on a graded folder. */
@Command(
    name = "similarity",
    mixinStandardHelpOptions = true,
    description = {
      "Compares the code of a graded class with JPlag: which pairs of students share code.",
      "",
      "Reads the sources `grade` kept in DIR/sources (only what students wrote: LIFNeuron, SpikingNetwork, Experiments, Activations and their own classes, never the provided ones). Code in the student template does not count, nor code also found in a known source (the reference solution, unless --no-reference, and any --known). Writes DIR/similarity/ (the report and one side-by-side page per pair listed), the Similarity section of DIR/index.html and the Similarity sheet of DIR/gradebook.xlsx. Marks are not changed.",
      "",
      "A pair's score is how much of their most similar class is the same. A high score is a reason to read both codes side by side, not a finding."
    })
final class SimilarityCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin GradedFolderOption out;

  @Option(
      names = "--threshold",
      paramLabel = "PERCENT",
      converter = Percent.class,
      description =
          "Mark pairs whose score reaches this (default: ${DEFAULT-VALUE}%, with --min-tokens in common).")
  double threshold = 100 * SimilarityOptions.THRESHOLD;

  @Option(
      names = "--min-tokens",
      paramLabel = "N",
      description =
          "Shared JPlag tokens (about statements) a class needs before it gives a pair a score (default: ${DEFAULT-VALUE}).")
  int minTokens = SimilarityOptions.MIN_TOKENS;

  @Option(
      names = "--pairs",
      paramLabel = "N",
      description =
          "How many of the most similar pairs to list, each with a page (default: ${DEFAULT-VALUE}).")
  int pairs = SimilarityOptions.PAIRS;

  @Option(
      names = "--known",
      paramLabel = "PATH",
      description =
          "A known source: a solution found online, last year's submissions (folders or zips, read like submissions). Repeatable.")
  List<Path> known = List.of();

  @Option(
      names = "--known-threshold",
      paramLabel = "PERCENT",
      converter = Percent.class,
      description =
          "Mark students when this share of their code is in a known source (default: ${DEFAULT-VALUE}%).")
  double knownThreshold = 100 * SimilarityOptions.KNOWN_THRESHOLD;

  @Option(
      names = "--no-reference",
      description =
          "Do not use the reference solution as a known source: code that follows it counts in pairs.")
  boolean noReference;

  @Mixin RubricOption rubric;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws IOException {
    OptionValues.requireBetween(spec, "--min-tokens", minTokens, 1, 10_000);
    OptionValues.requireBetween(spec, "--pairs", pairs, 0, 10_000);
    Rubric rules = rubric.load(spec.commandLine().getOut()).rubric();
    List<SubmissionResult> results = out.open().results();
    SimilarityOptions options =
        new SimilarityOptions(
            threshold / 100, minTokens, pairs, !noReference, known, knownThreshold / 100);
    String summary = run(out.dir, options);
    new Reports(out.dir, rules).overview(results);
    Exports.write(out.dir, rules);
    spec.commandLine().getOut().println(summary);
    spec.commandLine()
        .getOut()
        .println("class overview: " + out.dir.resolve("index.html") + "#similarity");
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** Runs the comparison and writes its pages; returns a line saying what it found. */
  static String run(Path out, SimilarityOptions options) throws IOException {
    Similarity.Run run = Similarity.run(out, options);
    SimilarityPages.write(out, run.views());
    SimilarityReport report = run.report();
    return String.format(
        Locale.ROOT,
        "similarity: compared %d submission(s) (%d pairs) in %.1f s; %d pair(s) at or above %.0f%%%s;"
            + " report in %s",
        report.submissions(),
        report.pairsCompared(),
        run.millis() / 1e3,
        report.marked(),
        100 * report.threshold(),
        report.knownSources().isEmpty()
            ? ""
            : ", " + report.knownMarked() + " student(s) mostly a known source's code",
        out.resolve(SimilarityReport.FOLDER));
  }

  /** Reads a percentage: {@code 60} or {@code 60%}, between 0 and 100. */
  static final class Percent implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      String number = value.strip().endsWith("%") ? value.strip().replaceFirst("%$", "") : value;
      double percent;
      try {
        percent = Double.parseDouble(number.strip());
      } catch (NumberFormatException e) {
        throw new picocli.CommandLine.TypeConversionException("a percentage between 0 and 100");
      }
      if (!(percent >= 0 && percent <= 100)) {
        throw new picocli.CommandLine.TypeConversionException("a percentage between 0 and 100");
      }
      return percent;
    }
  }
}
