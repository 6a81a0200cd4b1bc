package neurograde.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import neurograde.report.Reports;
import neurograde.rubric.Rubric;
import neurograde.score.SubmissionResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

  @Mixin GradedFolderOption out;

  @Mixin RubricOption rubric;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws IOException {
    Rubric rules = rubric.load(spec.commandLine().getOut()).rubric();
    List<SubmissionResult> results = out.open().results();
    new Reports(out.dir, rules).all(results);
    spec.commandLine()
        .getOut()
        .println(
            "wrote "
                + results.size()
                + " report(s) in "
                + out.dir.resolve(Reports.FOLDER)
                + " and the class overview "
                + out.dir.resolve("index.html"));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
