package neurograde.rubric;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import neurograde.internal.RepositoryFiles;

/**
 * Finds the rubric a run of the grader uses, so that the file an instructor edits is the one that
 * counts: a file given on the command line; else {@code rubrics/a1.yaml} in the working folder;
 * else {@code rubrics/a1.yaml} in the repository the grader's jar was built in (or in the folder
 * beside the jar, as in Gradescope's {@code /autograder/source}); else the copy built into the jar.
 */
public final class RubricLocator {

  /** Where a repository keeps the rubric of assignment 1. */
  public static final Path DEFAULT = Path.of("rubrics", "a1.yaml");

  /**
   * A rubric and where it came from.
   *
   * @param file the file it was read from, or empty for the copy built into the grader
   * @param source how messages name it: the file as the user would type it, or the built-in copy
   * @param rubric the rubric
   */
  public record Located(Optional<Path> file, String source, Rubric rubric) {}

  private RubricLocator() {}

  /**
   * Finds and reads the rubric.
   *
   * @param given the file the user named (--rubric), or null
   * @param workingDir the folder the grader runs in
   * @param graderLocation the grader's jar or classes folder, or null if unknown
   * @param hiddenChecks the ids of the hidden checks every scored check must be among, or null
   * @throws neurograde.InputException if the rubric found is missing or invalid
   */
  public static Located locate(
      Path given, Path workingDir, Path graderLocation, Collection<String> hiddenChecks) {
    if (given != null) {
      return new Located(
          Optional.of(given), given.toString(), RubricLoader.read(given, hiddenChecks));
    }
    Optional<Path> found = RepositoryFiles.find(DEFAULT, workingDir, graderLocation);
    if (found.isPresent() && Files.isRegularFile(found.get())) {
      Path file = found.get();
      // In the working folder, named as the user would type it.
      String name = file.equals(workingDir.resolve(DEFAULT)) ? DEFAULT.toString() : file.toString();
      return new Located(found, name, RubricLoader.read(file, name, hiddenChecks));
    }
    return new Located(
        Optional.empty(), RubricLoader.BUNDLED_NAME, RubricLoader.bundled(hiddenChecks));
  }

  /** Returns the jar (or classes folder) the grader runs from, or null if it is not a file. */
  public static Path graderLocation() {
    return RepositoryFiles.graderLocation();
  }
}
