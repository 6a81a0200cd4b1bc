package neurograde.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import neurograde.export.GradedFolder;
import neurograde.report.Reports;
import neurograde.rubric.Rubric;
import neurograde.score.SubmissionResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report --out DIR}: writes the HTML reports again from the results. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the feedback reports of a graded folder again.",
      "",
      "Makes DIR/reports/STUDENT.html (with plots) and the class overview DIR/index.html from the result files, without grading again: after a change of rubric wording, say. `grade` and `import-marks` already keep them up to date."
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The output folder of 'grade'.")
  Path out;

  @Mixin RubricOption rubric;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws IOException {
    Rubric rules = rubric.load(spec.commandLine().getOut()).rubric();
    List<SubmissionResult> results = GradedFolder.open(out).results();
    new Reports(out, rules).all(results);
    spec.commandLine()
        .getOut()
        .println(
            "wrote "
                + results.size()
                + " report(s) in "
                + out.resolve(Reports.FOLDER)
                + " and the class overview "
                + out.resolve("index.html"));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
