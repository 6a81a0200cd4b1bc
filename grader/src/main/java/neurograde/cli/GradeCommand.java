package neurograde.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import neurograde.Grading;
import neurograde.InputException;
import neurograde.export.Gradebook;
import neurograde.export.GradedFolder;
import neurograde.report.Reports;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricLocator;
import neurograde.run.WorkerOptions;
import neurograde.shard.Shard;
import neurograde.shard.ShardRecord;
import neurograde.similarity.SimilarityOptions;
import neurograde.submission.Roster;
import neurograde.submission.SubmissionFinder;
import neurograde.submission.SubmissionSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grade SUBMISSIONS... --out DIR}: grades a class, or a few submissions. */
@Command(
    name = "grade",
    mixinStandardHelpOptions = true,
    description = {
      "Grades a class: results, reports, gradebook.",
      "",
      "Grades submissions: compiles each, screens its code, runs the hidden tests in isolated workers and scores them by the rubric. Writes DIR/results/STUDENT.json per submission as soon as it is graded; run the same command again to resume an interrupted batch. Then writes DIR/reports/STUDENT.html, the class overview DIR/index.html, the gradebook DIR/gradebook.xlsx and DIR/grades.csv.",
      "",
      "A zip is one submission. A folder is one submission if it holds pom.xml, src/, ANSWERS.md or .java files; otherwise each of its sub-folders and zips is one. The student id is the folder or zip name."
    })
final class GradeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SUBMISSIONS",
      arity = "1..*",
      description = "Submission folders or zips, or folders of them.")
  List<Path> paths;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output folder (created if needed).")
  Path out;

  @Option(
      names = "--roster",
      paramLabel = "FILE.csv",
      description =
          "Class list with id and name columns: adds names, and gives a result of 0 to students who did not submit.")
  Path roster;

  @Mixin RubricOption rubric;

  @Option(
      names = "--regrade",
      description = "Grade again submissions that already have a result in DIR.")
  boolean regrade;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description = "Worker JVMs running tests at once (default: the number of cores).")
  Integer workers;

  @Option(
      names = "--shard",
      paramLabel = "K/N",
      description =
          "Grade only part K of N of the class (by a hash of each student id), to grade a class on N machines at once; then build the class's output with `merge`.")
  String shard;

  @Option(names = "--quiet", description = "Print only the summary.")
  boolean quiet;

  @Option(
      names = "--no-reports",
      description = "Write only the result files: no HTML reports or overview.")
  boolean noReports;

  @Option(
      names = "--similarity",
      description =
          "Then compare the students' code, as the similarity command does with its defaults: a Similarity section in the overview and a sheet in the gradebook. Marks are not changed.")
  boolean similarity;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws IOException {
    if (workers != null && (workers < 1 || workers > 64)) {
      throw OptionValues.invalid(spec, "--workers", workers, "it must be between 1 and 64");
    }
    RubricLocator.Located located = rubric.findForGrading();
    Rubric rules = located.rubric();
    Shard part = shard == null ? null : Shard.parse(shard);
    if (part != null && similarity) {
      throw new InputException(
          "--similarity compares the whole class, and a shard holds only part of it: grade the"
              + " shards without it, merge them, then run `similarity --out MERGED`");
    }
    List<SubmissionSource> sources = SubmissionFinder.find(paths);
    // The roster is read against the whole class, whichever shard this is.
    Map<String, String> names =
        roster == null
            ? Map.of()
            : Roster.read(
                roster,
                sources.stream().map(SubmissionSource::student).collect(Collectors.toSet()));
    int found = sources.size();
    if (part != null) {
      sources = part.of(sources, SubmissionSource::student);
      names = part.of(names);
    }
    if (out.toAbsolutePath().normalize().startsWith(paths.get(0).toAbsolutePath().normalize())
        && paths.size() == 1
        && !out.toAbsolutePath().normalize().equals(paths.get(0).toAbsolutePath().normalize())) {
      throw new InputException(
          "--out "
              + out
              + " is inside the submissions folder "
              + paths.get(0)
              + "; choose a folder outside it");
    }
    RubricOption.announce(spec.commandLine().getOut(), located);
    if (part != null) {
      ShardRecord.write(out, part, sources, names);
      System.out.println(
          "shard "
              + part
              + ": "
              + sources.size()
              + " of the "
              + found
              + " submission(s)"
              + (roster == null ? "" : " and " + names.size() + " rostered student(s)"));
      if (sources.isEmpty() && names.isEmpty()) {
        System.out.println("nothing to grade in this shard; " + out + " records that it is done");
        return 0;
      }
    }
    WorkerOptions options = WorkerOptions.defaults().withLogDir(out.resolve(".workers"));
    if (workers != null) {
      options = options.withSize(workers);
    }
    options = options.withSize(Math.max(1, Math.min(options.size(), sources.size())));
    long start = System.nanoTime();
    Progress progress = new Progress(System.err, sources.size(), Relaunch.onTerminal(), quiet);
    Grading.ClassSummary summary;
    try (Grading grading = new Grading(rules, options)) {
      grading.whenAlmostDone(result -> Gradebook.warmUp(rules, result));
      summary =
          grading.gradeClass(
              sources,
              names,
              out,
              regrade,
              progress::finished,
              noReports ? null : new Reports(out, rules));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    summary.warnings().forEach(w -> System.err.println("warning: " + w));
    System.out.println(
        String.format(
            Locale.ROOT,
            "graded %d submission(s), %d already done, in %.1f s; results in %s",
            summary.graded(),
            summary.resumed(),
            seconds,
            out.resolve(Grading.RESULTS)));
    if (similarity) {
      System.out.println(SimilarityCommand.run(out, SimilarityOptions.defaults()));
      if (!noReports) {
        // everyone in the folder, as the overview grading wrote has them
        new Reports(out, rules).overview(GradedFolder.open(out).results());
      }
    }
    System.out.println(ExportCommand.summary(Exports.write(out, rules)));
    if (!noReports) {
      System.out.println("class overview: " + out.resolve("index.html"));
    }
    if (summary.graded() > 0 && !noReports) {
      ClassArchive.worthKeeping();
    }
    if (summary.graderFaults() > 0) {
      System.out.println(
          summary.graderFaults()
              + " submission(s) hit a grader fault; run the same command again to retry them");
      return Cli.SOFTWARE;
    }
    return 0;
  }
}
