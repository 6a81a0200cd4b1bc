package neurograde.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import neurograde.export.GradedFolder;
import neurograde.report.Reports;
import neurograde.rubric.Rubric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import-marks GRADEBOOK.xlsx --out DIR}: the manual marks a TA entered, into the batch. */
@Command(
    name = "import-marks",
    mixinStandardHelpOptions = true,
    description = {
      "Imports the manual marks a TA entered in a gradebook.",
      "",
      "Reads what a TA changed in sheet \"Marks\" of a gradebook (an .xlsx file): marks entered, changed or deleted, and comments to students. Checks each mark against the rubric and the students in DIR, saves them in DIR/manual-marks.json, and updates the result files, the gradebook, the CSV and the reports. A cell left as it was exported changes nothing; a deleted mark is pending again. Nothing is changed if a mark is refused."
    })
final class ImportMarksCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "GRADEBOOK.xlsx",
      description = "The gradebook with the manual marks filled in.")
  Path gradebook;

  @Mixin GradedFolderOption out;

  @Mixin RubricOption rubric;

  @Mixin DebugOption debug;

  @Override
  public Integer call() {
    Rubric rules = rubric.load(spec.commandLine().getOut()).rubric();
    GradedFolder.Imported imported = out.open().importMarks(gradebook, rules);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(
        "imported "
            + gradebook
            + ": "
            + imported.entered()
            + " mark(s) entered or changed, "
            + imported.cleared()
            + " cleared, "
            + imported.comments()
            + " comment(s) changed; "
            + imported.resultsUpdated()
            + " result file(s) updated");
    if (!imported.tracked()) {
      stdout.println(
          "note: this gradebook was written by an older grader, without a record of what it held;"
              + " an empty cell left a mark as it was (export again to get a gradebook where"
              + " clearing a cell clears the mark)");
    }
    for (String replaced : imported.replaced()) {
      stdout.println("replaced: " + replaced);
    }
    stdout.println(ExportCommand.summary(imported.exported()));
    try {
      new Reports(out.dir, rules, false).all(out.open().results());
      stdout.println("reports updated: " + out.dir.resolve("index.html"));
    } catch (java.io.IOException e) {
      throw new neurograde.InputException(
          out.dir
              + ": the marks were imported, but the reports could not be written: "
              + e.getMessage());
    }
    return 0;
  }
}
