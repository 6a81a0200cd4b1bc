package neurograde.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import neurograde.export.GradedFolder;
import neurograde.export.LmsExport;
import neurograde.export.LmsFormat;
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

  @Mixin GradedFolderOption out;

  @Mixin RubricOption rubric;

  @Option(
      names = "--lms-roster",
      paramLabel = "EXPORT.csv",
      description =
          "The gradebook CSV your learning-management system exported (Canvas, Moodle or"
              + " Brightspace): also writes DIR/grades-canvas.csv (or -moodle, -brightspace), the"
              + " totals in its import format, each student's row matched by id.")
  Path lmsRoster;

  @Option(
      names = "--lms",
      paramLabel = "SYSTEM",
      description = "canvas, moodle or brightspace (default: recognised from EXPORT.csv).")
  String lms;

  @Option(
      names = "--lms-item",
      paramLabel = "NAME",
      description =
          "The assignment (grade item) to fill: an existing column of EXPORT.csv whose header"
              + " starts with NAME, or a new one (default: the rubric's title).")
  String lmsItem;

  @Option(
      names = "--lms-match",
      paramLabel = "COLUMN",
      description =
          "The column of EXPORT.csv holding the submissions' ids (default: whichever of the"
              + " system's id columns matches most).")
  String lmsMatch;

  @Mixin DebugOption debug;

  @Override
  public Integer call() {
    Optional<LmsFormat> format = lmsFormat();
    Rubric rules = rubric.load(spec.commandLine().getOut()).rubric();
    GradedFolder folder = out.open();
    GradedFolder.Exported exported = folder.export(rules);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(summary(exported));
    if (lmsRoster != null) {
      LmsExport.Written lmsFile =
          folder.exportForLms(
              rules,
              new LmsExport.Options(
                  lmsRoster, format, Optional.ofNullable(lmsItem), Optional.ofNullable(lmsMatch)));
      lmsSummary(stdout, lmsFile);
    }
    return 0;
  }

  private Optional<LmsFormat> lmsFormat() {
    if (lms == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LmsFormat.valueOf(lms.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw OptionValues.invalid(spec, "--lms", lms, "give canvas, moodle or brightspace");
    }
  }

  private static void lmsSummary(PrintWriter out, LmsExport.Written written) {
    out.println(
        "wrote "
            + written.file()
            + " for "
            + written.format().title()
            + ": "
            + written.students()
            + " student(s) in column \""
            + written.gradeColumn()
            + "\", matched by "
            + written.matchedBy());
    if (!written.withoutRow().isEmpty()) {
      out.println(
          "not in the "
              + written.format().title()
              + " export, left out: "
              + String.join(", ", written.withoutRow()));
    }
    if (!written.withoutResult().isEmpty()) {
      out.println(
          "in the "
              + written.format().title()
              + " export without a result, left out: "
              + String.join(", ", written.withoutResult()));
    }
    if (written.pending() > 0) {
      out.println(
          "warning: "
              + written.pending()
              + " student(s) still have manual marks pending; their totals in "
              + written.file().getFileName()
              + " are the marks known so far");
    }
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
