package neurograde.grading;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import neurograde.InputException;
import neurograde.score.ResultFiles;
import neurograde.score.SubmissionResult;

/**
 * The result files of an output folder, as they were before a run: what a run must leave alone.
 *
 * <p>A run writes results only for the submissions it was given, and a "no submission" result only
 * for a roster student who has no result at all: a student graded earlier keeps their result
 * whatever a later run is given.
 */
public final class ResultsFolder {

  /** Result files by lower-case student id: ids that differ only in case name one student. */
  private final Map<String, Path> byLowerCase = new HashMap<>();

  private final List<Path> files = new ArrayList<>();

  private ResultsFolder() {}

  /** Lists the result files in a results folder (which may not exist yet). */
  public static ResultsFolder of(Path dir) {
    ResultsFolder folder = new ResultsFolder();
    if (Files.isDirectory(dir)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
        for (Path file : files) {
          String name = file.getFileName().toString();
          String id = name.substring(0, name.length() - ".json".length());
          folder.byLowerCase.putIfAbsent(id.toLowerCase(Locale.ROOT), file);
          folder.files.add(file);
        }
      } catch (IOException e) {
        throw new InputException(dir + ": cannot list the result files: " + e.getMessage());
      }
    }
    return folder;
  }

  /** Returns the result file a student already has, matching the id ignoring case. */
  public Optional<Path> existing(String student) {
    return Optional.ofNullable(byLowerCase.get(student.toLowerCase(Locale.ROOT)));
  }

  /**
   * Returns the name of an earlier result file that differs from a student's only in case, which a
   * run would leave beside the student's new one.
   */
  public Optional<String> otherCase(String student) {
    return existing(student)
        .map(file -> file.getFileName().toString())
        .filter(name -> !name.equals(student + ".json"));
  }

  /**
   * Returns the name an earlier result gives a student, for a run without a roster (or whose roster
   * has no name for them): grading one student again must not lose their name.
   */
  public Optional<String> earlierName(String student) {
    return existing(student)
        .flatMap(
            file -> {
              try {
                return Optional.ofNullable(ResultFiles.read(file).name());
              } catch (InputException e) {
                return Optional.empty();
              }
            });
  }

  /**
   * Reads every result in the folder now, for the class overview: this run's and those kept from
   * earlier runs. A file that does not read is left out, and said.
   *
   * @param problems told of each file that does not read
   */
  public static List<SubmissionResult> readAll(Path dir, List<String> problems) {
    List<SubmissionResult> results = new ArrayList<>();
    for (Path file : of(dir).files) {
      try {
        results.add(ResultFiles.read(file));
      } catch (InputException e) {
        problems.add(e.getMessage() + "; it is left out of the class overview");
      }
    }
    results.sort(java.util.Comparator.comparing(SubmissionResult::student));
    return results;
  }
}
