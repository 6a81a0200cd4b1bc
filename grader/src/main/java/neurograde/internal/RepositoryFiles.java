package neurograde.internal;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Finds a file or folder of the course repository from wherever the grader runs: in the working
 * folder, else in the repository the grader's jar was built in ({@code grader/target/grader.jar}),
 * or beside the jar (as in Gradescope's {@code /autograder/source}).
 */
public final class RepositoryFiles {

  /** How many folders up from the jar's folder the repository may be (grader/target/x.jar). */
  private static final int LEVELS_UP = 3;

  private RepositoryFiles() {}

  /**
   * Finds a path of the repository, such as {@code rubrics/a1.yaml}.
   *
   * @param relative the path inside the repository
   * @param workingDir the folder the grader runs in
   * @param graderLocation the grader's jar or classes folder, or null if unknown
   * @return the path in the working folder, else beside the grader; empty if neither has it
   */
  public static Optional<Path> find(Path relative, Path workingDir, Path graderLocation) {
    Path inWorkingDir = workingDir.resolve(relative);
    if (Files.exists(inWorkingDir)) {
      return Optional.of(inWorkingDir);
    }
    if (graderLocation == null) {
      return Optional.empty();
    }
    Path dir = graderLocation.toAbsolutePath().normalize().getParent();
    for (int up = 0; up <= LEVELS_UP && dir != null; up++, dir = dir.getParent()) {
      Path candidate = dir.resolve(relative);
      if (Files.exists(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Returns the jar (or classes folder) the grader runs from, or null if it is not a file. */
  public static Path graderLocation() {
    CodeSource code = RepositoryFiles.class.getProtectionDomain().getCodeSource();
    try {
      return code == null || code.getLocation() == null
          ? null
          : Path.of(code.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
