package neurograde.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import neurograde.Grading;
import neurograde.InputException;
import neurograde.export.GradescopeResults;
import neurograde.run.WorkerOptions;
import neurograde.score.SubmissionResult;
import neurograde.submission.SubmissionFiles;
import neurograde.submission.SubmissionReader;
import neurograde.submission.SubmissionSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gradescope}: grades the one submission of a Gradescope autograder run. */
@Command(
    name = "gradescope",
    mixinStandardHelpOptions = true,
    description = {
      "Grades the one submission of a Gradescope autograder run.",
      "",
      "For use inside Gradescope (see package-gradescope): grades the submission with the rubric packaged beside the jar and writes Gradescope's results.json, one test per check. Manual parts are graded in Gradescope."
    })
final class GradescopeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--submission",
      paramLabel = "DIR",
      defaultValue = "/autograder/submission",
      description = "The submission's folder (default: ${DEFAULT-VALUE}).")
  Path submission;

  @Option(
      names = "--results",
      paramLabel = "FILE",
      defaultValue = "/autograder/results/results.json",
      description = "Where to write the results (default: ${DEFAULT-VALUE}).")
  Path results;

  @Mixin RubricOption rubric;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(submission)) {
      throw new InputException(
          submission
              + ": no such folder; Gradescope puts the submission in /autograder/submission");
    }
    SubmissionResult result;
    try (Grading grading =
        new Grading(
            rubric.findForGrading().rubric(),
            WorkerOptions.defaults().withSize(1).withoutWarmUp())) {
      SubmissionFiles files =
          SubmissionReader.read(new SubmissionSource("submission", submission, false));
      result = grading.grade(files, null).result();
    }
    GradescopeResults.write(results, result);
    spec.commandLine()
        .getOut()
        .println(
            "graded "
                + submission
                + ": "
                + Progress.number(result.score())
                + " automatic mark(s); results in "
                + results);
    return 0;
  }
}
