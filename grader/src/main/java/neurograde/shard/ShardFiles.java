package neurograde.shard;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import neurograde.Grading;
import neurograde.report.Reports;
import neurograde.similarity.KeptSources;

/**
 * Copies what an output folder holds of one student, apart from the result: what their code did
 * (observations), their written answers, the sources they wrote (for the similarity report), and
 * their report with its plots. Each file is copied atomically, and a file the source lacks is
 * removed, so the copy is exactly the source's.
 */
final class ShardFiles {

  private static final String REFERENCE_FIGURES = "reference";

  private ShardFiles() {}

  /** Copies a student's files; returns whether the source had a report for them. */
  static boolean copy(Path from, Path to, String student) throws IOException {
    mirror(
        from.resolve(Grading.OBSERVATIONS).resolve(student + ".json"),
        to.resolve(Grading.OBSERVATIONS).resolve(student + ".json"));
    mirror(
        from.resolve(Grading.ANSWERS).resolve(student + ".md"),
        to.resolve(Grading.ANSWERS).resolve(student + ".md"));
    // What the student wrote, for a similarity report over the merged class.
    mirror(
        from.resolve(KeptSources.FOLDER).resolve(student + ".json"),
        to.resolve(KeptSources.FOLDER).resolve(student + ".json"));
    Path report = from.resolve(Reports.FOLDER).resolve(student + ".html");
    if (!Files.isRegularFile(report)) {
      return false;
    }
    mirrorFolder(
        from.resolve(Reports.FOLDER).resolve(student + "-plots"),
        to.resolve(Reports.FOLDER).resolve(student + "-plots"));
    mirror(report, to.resolve(Reports.FOLDER).resolve(student + ".html"));
    return true;
  }

  /** Copies the reference's figures the reports share, if the source has them. */
  static void copyReferenceFigures(Path from, Path to) throws IOException {
    Path figures = from.resolve(Reports.FOLDER).resolve(REFERENCE_FIGURES);
    if (Files.isDirectory(figures)) {
      mirrorFolder(figures, to.resolve(Reports.FOLDER).resolve(REFERENCE_FIGURES));
    }
  }

  /** Makes {@code to} a copy of the files directly in {@code from} (none if it is absent). */
  private static void mirrorFolder(Path from, Path to) throws IOException {
    Set<Path> names = new HashSet<>();
    if (Files.isDirectory(from)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(from, Files::isRegularFile)) {
        for (Path file : files) {
          names.add(file.getFileName());
          mirror(file, to.resolve(file.getFileName().toString()));
        }
      }
    }
    if (Files.isDirectory(to)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(to, Files::isRegularFile)) {
        for (Path file : files) {
          if (!names.contains(file.getFileName())) {
            Files.delete(file);
          }
        }
      }
    }
  }

  /** Makes {@code to} a copy of {@code from}, or removes it if {@code from} is absent. */
  private static void mirror(Path from, Path to) throws IOException {
    if (!Files.isRegularFile(from)) {
      Files.deleteIfExists(to);
      return;
    }
    Files.createDirectories(to.getParent());
    Path temporary = Files.createTempFile(to.getParent(), ".merge-", ".tmp");
    try {
      Files.copy(from, temporary, StandardCopyOption.REPLACE_EXISTING);
      Files.move(
          temporary, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
