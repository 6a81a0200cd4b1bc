package neurograde.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import neurograde.InputException;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricItem;
import neurograde.score.ItemResult;
import neurograde.score.ResultFiles;
import neurograde.score.SubmissionResult;
import neurograde.similarity.SimilarityReport;

/**
 * An output folder of the grader with its results: exports them (gradebook and CSV) and imports the
 * manual marks a TA entered in a gradebook.
 *
 * <p>The result files in {@code DIR/results} and the manual marks in {@code DIR/manual-marks.json}
 * are the sources of truth; the gradebook and the CSV are made from them and can be made again at
 * any time.
 */
public final class GradedFolder {

  /** Folder of the result files in an output folder (the grader writes them there). */
  static final String RESULTS = "results";

  private final Path dir;
  private final List<ResultFile> results;

  private GradedFolder(Path dir, List<ResultFile> results) {
    this.dir = dir;
    this.results = List.copyOf(results);
  }

  /**
   * What an export wrote.
   *
   * @param students how many students
   * @param pending how many manual marks are still to be entered, over all students
   * @param gradebook the XLSX gradebook
   * @param grades the CSV file
   * @param keptAside where the gradebook that was there went, because a TA had changed it and not
   *     imported the changes; empty if it was replaced (or there was none)
   */
  public record Exported(
      int students, int pending, Path gradebook, Path grades, Optional<Path> keptAside) {}

  /**
   * What an import of manual marks did.
   *
   * @param entered how many marks were entered or changed
   * @param cleared how many marks were cleared, and are pending again
   * @param comments how many comments were written, changed or cleared
   * @param tracked whether the gradebook recorded what it was written with (if not, an empty cell
   *     left a mark as it was)
   * @param replaced each mark or comment replaced that had changed since the gradebook was written
   * @param resultsUpdated how many result files changed
   * @param exported the export made afterwards
   */
  public record Imported(
      int entered,
      int cleared,
      int comments,
      boolean tracked,
      List<String> replaced,
      int resultsUpdated,
      Exported exported) {}

  /** A result and the file it was read from. */
  private record ResultFile(Path file, SubmissionResult result) {}

  /**
   * Opens an output folder and reads its results.
   *
   * @throws InputException if the folder does not exist, has no result files, or one does not parse
   */
  public static GradedFolder open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir + ": no such folder");
    }
    Path resultsDir = dir.resolve(RESULTS);
    List<ResultFile> results = new ArrayList<>();
    if (Files.isDirectory(resultsDir)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(resultsDir, "*.json")) {
        for (Path file : files) {
          results.add(new ResultFile(file, ResultFiles.read(file)));
        }
      } catch (IOException e) {
        throw new InputException(resultsDir + ": cannot read: " + e.getMessage());
      }
    }
    if (results.isEmpty()) {
      throw new InputException(
          dir
              + ": no result files in "
              + resultsDir
              + "; grade the submissions first (grader grade SUBMISSIONS --out "
              + dir
              + ")");
    }
    results.sort((a, b) -> a.result().student().compareTo(b.result().student()));
    return new GradedFolder(dir, results);
  }

  /** Returns the results, sorted by student id. */
  public List<SubmissionResult> results() {
    return results.stream().map(ResultFile::result).toList();
  }

  /** Returns the ids of the students with a result. */
  public Set<String> students() {
    return results.stream()
        .map(r -> r.result().student())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Writes {@code DIR/gradebook.xlsx} and {@code DIR/grades.csv} from the results, with the manual
   * marks of {@code DIR/manual-marks.json} applied if there is one.
   *
   * @throws InputException if a result was graded with another rubric, a manual mark does not fit
   *     its item, or a file cannot be written
   */
  public Exported export(Rubric rubric) {
    checkGradedWith(rubric);
    ManualMarks marks = ManualMarks.readIn(dir);
    return write(rubric, withMarks(marks), marks);
  }

  /**
   * Writes the totals in a learning-management system's import format, from its gradebook export
   * (see {@link LmsExport}), with the manual marks of {@code DIR/manual-marks.json} applied.
   *
   * @throws InputException if a result was graded with another rubric, or the export cannot be
   *     read, recognised or matched with the submissions
   */
  public LmsExport.Written exportForLms(Rubric rubric, LmsExport.Options options) {
    checkGradedWith(rubric);
    List<SubmissionResult> finals = withMarks(ManualMarks.readIn(dir));
    try {
      return LmsExport.write(dir, rubric.title(), finals, options);
    } catch (IOException e) {
      throw new InputException(dir + ": cannot write: " + e.getMessage());
    }
  }

  /**
   * Imports what a TA changed in a gradebook: marks entered, changed or cleared, and comments, into
   * {@code DIR/manual-marks.json} (a cell left as it was exported changes nothing, so marks entered
   * since by someone else stay); rewrites the result files whose marks changed, and exports again.
   * Nothing is written if any mark is refused.
   *
   * @throws InputException if the gradebook has a mark that does not fit (the message names the
   *     cell), is not an XLSX file, a result was graded with another rubric, or a file cannot be
   *     written
   */
  public Imported importMarks(Path gradebook, Rubric rubric) {
    checkGradedWith(rubric);
    GradebookEdits edits = GradebookImport.read(gradebook, rubric, students());
    ManualMarks.Applied applied = ManualMarks.readIn(dir).with(edits);
    ManualMarks marks = applied.marks();
    // Every result is made before anything is written: a mark that does not fit refuses it all.
    List<ResultFile> finals =
        results.stream().map(r -> new ResultFile(r.file(), marks.applyTo(r.result()))).toList();
    int updated = 0;
    try {
      marks.write(dir.resolve(ManualMarks.FILE));
      for (int i = 0; i < finals.size(); i++) {
        if (!finals.get(i).result().equals(results.get(i).result())) {
          ResultFiles.write(finals.get(i).file(), finals.get(i).result());
          updated++;
        }
      }
    } catch (IOException e) {
      throw new InputException(dir + ": cannot write: " + e.getMessage());
    }
    Exported exported;
    try {
      exported = write(rubric, finals.stream().map(ResultFile::result).toList(), marks);
    } catch (InputException e) {
      throw new InputException(
          "the marks were imported into "
              + dir.resolve(ManualMarks.FILE)
              + " and the results, but "
              + e.getMessage()
              + "; close it and run export --out "
              + dir);
    }
    return new Imported(
        applied.entered(),
        applied.cleared(),
        applied.comments(),
        edits.tracked(),
        applied.replaced(),
        updated,
        exported);
  }

  /**
   * Returns the results with the marks of {@code DIR/manual-marks.json} applied; as they are if
   * there is no such file (no TA has imported marks, so the results hold none to clear).
   */
  private List<SubmissionResult> withMarks(ManualMarks marks) {
    if (!Files.exists(dir.resolve(ManualMarks.FILE))) {
      return results();
    }
    return results().stream().map(marks::applyTo).toList();
  }

  private Exported write(Rubric rubric, List<SubmissionResult> finals, ManualMarks marks) {
    Path gradebook = dir.resolve(Gradebook.FILE);
    Path grades = dir.resolve(CsvExport.FILE);
    Optional<Path> keptAside;
    try {
      keptAside = UnimportedEdits.keepAside(gradebook, rubric, students(), marks);
      Gradebook.write(gradebook, rubric, finals, similarity());
      UnimportedEdits.remember(gradebook);
    } catch (IOException e) {
      throw new InputException(
          gradebook + ": cannot write (is it open in a spreadsheet program?): " + e.getMessage());
    }
    try {
      CsvExport.write(grades, rubric, finals);
    } catch (IOException e) {
      throw new InputException(
          grades + ": cannot write (is it open in a spreadsheet program?): " + e.getMessage());
    }
    int pending =
        (int) finals.stream().flatMap(r -> r.items().stream()).filter(ItemResult::pending).count();
    return new Exported(finals.size(), pending, gradebook, grades, keptAside);
  }

  /** Returns the folder's similarity report, if it has one that can be read. */
  private Optional<SimilarityReport> similarity() {
    try {
      return SimilarityReport.load(dir);
    } catch (IOException | RuntimeException e) {
      System.err.println(
          "grader: the similarity report cannot be read, so the gradebook has no"
              + " Similarity sheet: "
              + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Refuses results whose items differ from the rubric's: the gradebook's columns would not fit
   * them.
   */
  private void checkGradedWith(Rubric rubric) {
    for (ResultFile file : results) {
      List<ItemResult> items = file.result().items();
      String difference = null;
      for (RubricItem item : rubric.items()) {
        ItemResult marks =
            items.stream().filter(i -> i.id().equals(item.id())).findFirst().orElse(null);
        String expected =
            describe(
                item.kind().label(),
                item.marks(),
                item.manual().isPresent() ? item.manualMarks() : null);
        String found =
            marks == null ? null : describe(marks.kind(), marks.max(), marks.manualMax());
        if (found == null) {
          difference = "it has no item " + item.id();
        } else if (!found.equals(expected)) {
          difference = "its item " + item.id() + " is " + found + ", the rubric's is " + expected;
        }
        if (difference != null) {
          break;
        }
      }
      if (difference == null && items.size() != rubric.items().size()) {
        difference = "it has " + items.size() + " items, the rubric " + rubric.items().size();
      }
      if (difference != null) {
        throw new InputException(
            file.file()
                + ": graded with another rubric ("
                + difference
                + "); export with the rubric it was graded with (--rubric FILE), or grade again with --regrade");
      }
    }
  }

  /** Describes how an item is marked, for instance {@code mixed out of 6 (manual 3)}. */
  private static String describe(String kind, double max, Double manualMax) {
    return kind
        + " out of "
        + Numbers.plain(max)
        + (manualMax == null ? "" : " (manual " + Numbers.plain(manualMax) + ")");
  }
}
