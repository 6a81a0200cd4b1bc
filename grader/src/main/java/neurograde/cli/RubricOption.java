package neurograde.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import neurograde.InputException;
import neurograde.grading.RubricAgreement;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricItem;
import neurograde.rubric.RubricLocator;
import picocli.CommandLine.Option;

/**
 * The {@code --rubric} option of every command that marks: which rubric to use, and saying which
 * one was used.
 */
final class RubricOption {

  @Option(
      names = "--rubric",
      paramLabel = "FILE.yaml",
      description =
          "Rubric (default: rubrics/a1.yaml in the working folder, else in the repository the"
              + " grader was built in, else the copy built into the grader).")
  Path file;

  /**
   * Finds and reads the rubric, refusing one that scores a check no hidden test implements, and
   * prints which file it is.
   */
  RubricLocator.Located load(PrintWriter out) {
    RubricLocator.Located located = find();
    announce(out, located);
    return located;
  }

  /** Finds and reads the rubric, refusing one that scores a check no hidden test implements. */
  RubricLocator.Located find() {
    return RubricLocator.locate(
        file,
        Path.of("").toAbsolutePath(),
        RubricLocator.graderLocation(),
        RubricAgreement.hiddenChecks());
  }

  /** Prints which rubric a run uses, and its marks. */
  static void announce(PrintWriter out, RubricLocator.Located located) {
    out.println("rubric: " + located.source() + " (" + marks(located.rubric()) + ")");
    out.flush();
  }

  /**
   * As {@link #find}, and refuses a rubric that leaves a hidden check unscored: grading by it would
   * run a check that counts for nothing.
   */
  RubricLocator.Located findForGrading() {
    RubricLocator.Located located = find();
    List<String> unscored = new ArrayList<>(RubricAgreement.hiddenChecks());
    located.rubric().checks().forEach(check -> unscored.remove(check.id()));
    if (!unscored.isEmpty()) {
      throw new InputException(
          located.source()
              + ": no item scores the hidden check"
              + (unscored.size() == 1 ? " " : "s ")
              + String.join(", ", unscored)
              + "; add "
              + (unscored.size() == 1 ? "it" : "them")
              + " to an item's checks");
    }
    return located;
  }

  /** Describes a rubric's marks: {@code 47 marks: 37.5 automatic, 9.5 manual}. */
  static String marks(Rubric rubric) {
    double auto = rubric.items().stream().mapToDouble(RubricItem::autoMarks).sum();
    double manual = rubric.items().stream().mapToDouble(RubricItem::manualMarks).sum();
    return String.format(
        Locale.ROOT,
        "%s marks: %s automatic, %s manual",
        Progress.number(rubric.maxScore()),
        Progress.number(auto),
        Progress.number(manual));
  }
}
