package neurograde.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import neurograde.internal.AtomicFile;
import neurograde.rubric.Rubric;
import neurograde.score.SubmissionResult;
import neurograde.similarity.SimilarityReport;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the XLSX gradebook of a class: sheet "Marks" (one row per student, one column per
 * automatic or manual part of each rubric item, totals as formulas, manual cells and a comment to
 * fill in), sheet "Checks" (one row per student and check), sheet "Mistakes" (who made each named
 * mistake), the hidden sheet "Exported" (the manual marks as written, for the import) and, after a
 * similarity report, sheet "Similarity".
 *
 * <p>Marks are numeric cells and formulas are written in the file's own locale-free syntax, so the
 * gradebook reads the same in any spreadsheet program and language. Formulas are evaluated when
 * written, for viewers that show cached values, and marked for recalculation on opening.
 */
public final class Gradebook {

  /** Name of the gradebook in an output folder. */
  public static final String FILE = "gradebook.xlsx";

  /** A sheet of the gradebook after "Marks": written from the rubric and the sorted results. */
  interface Sheet {
    void write(Workbook workbook, Styles styles, Rubric rubric, List<SubmissionResult> sorted);
  }

  /** The visible sheets after "Marks", in order. */
  private static final List<Sheet> SHEETS =
      List.of(
          (workbook, styles, rubric, sorted) -> ChecksSheet.write(workbook, styles, sorted),
          (workbook, styles, rubric, sorted) -> MistakesSheet.write(workbook, styles, sorted));

  private Gradebook() {}

  /**
   * Writes a gradebook so that the file is never half-written.
   *
   * @param file the XLSX file
   * @param rubric the rubric the results were graded by
   * @param results the class's results, in any order (rows are sorted by student id)
   * @throws IllegalArgumentException if a result lacks an item of the rubric
   */
  public static void write(Path file, Rubric rubric, List<SubmissionResult> results)
      throws IOException {
    write(file, rubric, results, Optional.empty());
  }

  /**
   * Writes a gradebook as {@link #write(Path, Rubric, List)} does, with a sheet "Similarity" if
   * there is a similarity report.
   */
  public static void write(
      Path file,
      Rubric rubric,
      List<SubmissionResult> results,
      Optional<SimilarityReport> similarity)
      throws IOException {
    try (XSSFWorkbook workbook = build(rubric, results)) {
      if (similarity.isPresent()) {
        SimilaritySheet.write(workbook, Styles.of(workbook), similarity.get());
      }
      AtomicFile.write(file, workbook::write);
    }
  }

  /**
   * Builds the gradebook of one result and writes it to nowhere: what the JVM must load and compile
   * to write a gradebook, done before the class's gradebook is due. Never fails.
   *
   * @return whether the gradebook was built and written
   */
  public static boolean warmUp(Rubric rubric, SubmissionResult result) {
    try (XSSFWorkbook workbook = build(rubric, List.of(result))) {
      workbook.write(OutputStream.nullOutputStream());
      return true;
    } catch (IOException | RuntimeException e) {
      return false; // only a head start: the class's gradebook reports its own failures
    }
  }

  static XSSFWorkbook build(Rubric rubric, List<SubmissionResult> results) {
    return build(GradebookParts.newWorkbook(), rubric, results);
  }

  /**
   * Builds the gradebook in a new workbook: one of {@link GradebookParts#newWorkbook()}, or (for a
   * test comparing the two) POI's own.
   */
  static XSSFWorkbook build(XSSFWorkbook workbook, Rubric rubric, List<SubmissionResult> results) {
    List<SubmissionResult> sorted =
        results.stream().sorted(Comparator.comparing(SubmissionResult::student)).toList();
    Styles styles = Styles.of(workbook);
    MarksSheet.write(workbook, styles, rubric, sorted);
    for (Sheet sheet : SHEETS) {
      sheet.write(workbook, styles, rubric, sorted);
    }
    ExportedSheet.write(workbook, MarkColumn.of(rubric), sorted);
    XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
    workbook.setForceFormulaRecalculation(true);
    return workbook;
  }
}
