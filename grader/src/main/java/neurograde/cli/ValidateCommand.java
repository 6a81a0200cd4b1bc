package neurograde.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import neurograde.Grading;
import neurograde.grading.BundledSubmissions;
import neurograde.grading.RubricAgreement;
import neurograde.rubric.Rubric;
import neurograde.run.WorkerOptions;
import neurograde.score.CheckResult;
import neurograde.score.SubmissionResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code validate}: the reference earns every automatic mark, the template none, and rubric and
 * checks agree.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the reference, the template and the rubric agree.",
      "",
      "Checks the grader before release: the rubric and the hidden tests agree both ways, the reference solution earns every automatic mark, and the student template earns none. Exits 1 if not."
    })
final class ValidateCommand implements Callable<Integer> {

  @Mixin RubricOption rubric;

  @Mixin DebugOption debug;

  @Override
  public Integer call() {
    Rubric rules = rubric.load(new PrintWriter(System.out, true)).rubric();
    List<String> problems = new ArrayList<>(RubricAgreement.problems(rules));
    report("rubric and hidden tests agree", problems);
    if (!problems.isEmpty()) {
      return Cli.SOFTWARE;
    }
    try (Grading grading =
        new Grading(rules, WorkerOptions.defaults().withSize(1).withoutWarmUp())) {
      SubmissionResult reference = grading.grade(BundledSubmissions.reference(), null).result();
      List<String> referenceProblems = new ArrayList<>();
      for (CheckResult check : reference.checks()) {
        if (!check.passed()) {
          referenceProblems.add(check.id() + " (" + check.status() + "): " + check.message());
        }
      }
      report(
          "reference earns every automatic mark (" + Progress.number(reference.score()) + ")",
          referenceProblems);
      SubmissionResult template = grading.grade(BundledSubmissions.template(), null).result();
      List<String> templateProblems = new ArrayList<>();
      for (CheckResult check : template.checks()) {
        if (check.score() > 0) {
          templateProblems.add(
              check.id() + " gives the template " + Progress.number(check.score()) + " marks");
        }
      }
      report("template earns no automatic mark", templateProblems);
      problems.addAll(referenceProblems);
      problems.addAll(templateProblems);
    }
    System.out.println(
        problems.isEmpty()
            ? "validate: OK"
            : "validate: FAILED (" + problems.size() + " problem(s))");
    return problems.isEmpty() ? 0 : Cli.SOFTWARE;
  }

  private static void report(String what, List<String> problems) {
    System.out.println((problems.isEmpty() ? "ok    " : "FAIL  ") + what);
    for (String problem : problems) {
      System.out.println("        " + problem);
    }
  }
}
