package neurograde.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import neurograde.export.GradedFolder;
import neurograde.report.Reports;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import-marks GRADEBOOK.xlsx --out DIR}: the manual marks a TA entered, into the batch. */
@Command(
    name = "import-marks",
    mixinStandardHelpOptions = true,
    description = {
      "Imports the manual marks a TA entered in a gradebook.",
      "",
      "Reads the manual marks a TA entered in sheet \"Marks\" of a gradebook, checks each against the rubric and the students in DIR, merges them into DIR/manual-marks.json (empty cells change nothing), updates the result files, the gradebook, the CSV and the reports. Nothing is changed if a mark is refused."
    })
final class ImportMarksCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "GRADEBOOK.xlsx",
      description = "The gradebook with the manual marks filled in.")
  Path gradebook;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The output folder of 'grade'.")
  Path out;

  @Option(
      names = "--rubric",
      paramLabel = "FILE.yaml",
      description = "Rubric the results were graded by (default: the bundled rubrics/a1.yaml).")
  Path rubric;

  @Mixin DebugOption debug;

  @Override
  public Integer call() {
    Rubric rules = rubric == null ? RubricLoader.bundled() : RubricLoader.read(rubric);
    GradedFolder.Imported imported = GradedFolder.open(out).importMarks(gradebook, rules);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(
        "imported "
            + imported.marks()
            + " manual mark(s) for "
            + imported.students()
            + " student(s) from "
            + gradebook
            + "; "
            + imported.resultsUpdated()
            + " result file(s) updated");
    stdout.println(ExportCommand.summary(imported.exported()));
    try {
      new Reports(out, rules, false).all(GradedFolder.open(out).results());
      stdout.println("reports updated: " + out.resolve("index.html"));
    } catch (java.io.IOException e) {
      throw new neurograde.InputException(
          out
              + ": the marks were imported, but the reports could not be written: "
              + e.getMessage());
    }
    return 0;
  }
}
