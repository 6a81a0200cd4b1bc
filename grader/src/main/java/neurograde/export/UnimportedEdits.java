package neurograde.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import neurograde.InputException;
import neurograde.internal.AtomicFile;
import neurograde.rubric.Rubric;

/**
 * Keeps a TA's work in the output folder's gradebook from being overwritten: before a gradebook is
 * written again (by {@code grade}, {@code export} or {@code import-marks}), one a TA has changed
 * and not imported is moved aside as {@code gradebook-unimported-N.xlsx}.
 *
 * <p>The digest of each gradebook written is kept in {@value #DIGEST}, so a gradebook nobody has
 * saved since is replaced without being read.
 */
final class UnimportedEdits {

  /** File, beside the gradebook, with the SHA-256 of the gradebook as the grader last wrote it. */
  static final String DIGEST = ".gradebook.sha256";

  private UnimportedEdits() {}

  /**
   * Moves a gradebook aside if it holds changes that importing it would make to the manual marks
   * (or that cannot be read, so cannot be known not to).
   *
   * @return where it went, or empty if it is not there or holds nothing new
   */
  static Optional<Path> keepAside(
      Path gradebook, Rubric rubric, Set<String> students, ManualMarks marks) throws IOException {
    if (!Files.isRegularFile(gradebook) || digest(gradebook).equals(remembered(gradebook))) {
      return Optional.empty();
    }
    try {
      if (!marks.with(GradebookImport.read(gradebook, rubric, students)).changed()) {
        return Optional.empty();
      }
    } catch (InputException e) {
      // A gradebook the import would refuse may still hold a TA's work: keep it.
    }
    Path aside = free(gradebook);
    Files.move(gradebook, aside);
    return Optional.of(aside);
  }

  /** Remembers the gradebook just written, so that an unchanged one is not read again. */
  static void remember(Path gradebook) throws IOException {
    AtomicFile.write(gradebook.resolveSibling(DIGEST), digest(gradebook) + "\n");
  }

  private static String remembered(Path gradebook) throws IOException {
    Path file = gradebook.resolveSibling(DIGEST);
    return Files.isRegularFile(file) ? Files.readString(file).strip() : "";
  }

  private static Path free(Path gradebook) {
    String name = gradebook.getFileName().toString().replaceFirst("\\.xlsx$", "");
    for (int n = 1; ; n++) {
      Path candidate = gradebook.resolveSibling(name + "-unimported-" + n + ".xlsx");
      if (!Files.exists(candidate)) {
        return candidate;
      }
    }
  }

  private static String digest(Path file) throws IOException {
    try (DigestInputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(in.getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
