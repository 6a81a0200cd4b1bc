package neurograde.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import neurograde.export.GradedFolder;
import neurograde.rubric.Rubric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export --out DIR}: the gradebook and the CSV of a graded class. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the gradebook (XLSX) and the CSV of grades of a graded folder.",
      "",
      "Writes DIR/gradebook.xlsx (marks per rubric item, totals as formulas, manual marks and comments to fill in, checks and mistakes) and DIR/grades.csv from the results in DIR/results, with the manual marks of DIR/manual-marks.json if there is one. A gradebook in DIR with changes not yet imported is kept aside as gradebook-unimported-N.xlsx, never overwritten."
    })
final class ExportCommand implements Callable<Integer> {

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
  public Integer call() {
    Rubric rules = rubric.load(spec.commandLine().getOut()).rubric();
    GradedFolder.Exported exported = GradedFolder.open(out).export(rules);
    spec.commandLine().getOut().println(summary(exported));
    return 0;
  }

  static String summary(GradedFolder.Exported exported) {
    String aside =
        exported
            .keptAside()
            .map(
                file ->
                    "the gradebook there had changes that were not imported; it is kept as "
                        + file
                        + ": import it with import-marks --out "
                        + exported.gradebook().getParent()
                        + " "
                        + file
                        + "\n")
            .orElse("");
    return aside
        + "exported "
        + exported.students()
        + " student(s) to "
        + exported.gradebook()
        + " and "
        + exported.grades()
        + "; "
        + exported.pending()
        + " manual mark(s) pending";
  }
}
