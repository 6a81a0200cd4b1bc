package neurograde.similarity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import neurograde.internal.AtomicFile;
import neurograde.submission.SourceFile;
import neurograde.submission.SubmissionFiles;

/**
 * The student-written sources of each graded submission, kept in {@code DIR/sources/STUDENT.json}
 * so the similarity report can run on a graded folder without the submissions. The files' paths are
 * kept as data inside the JSON, never used as file names: they come from the student.
 */
public final class KeptSources {

  /** Folder of the kept sources inside an output folder. */
  public static final String FOLDER = "sources";

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private KeptSources() {}

  /** What is kept of one submission. */
  record Kept(String student, List<SourceFile> files) {}

  /**
   * Keeps the sources a student wrote: every Java file of package {@code neurons} except the
   * course's provided classes, which the grader replaces by its own copies.
   */
  public static void write(Path out, SubmissionFiles submission) throws IOException {
    List<SourceFile> written = KnownSources.written(submission);
    AtomicFile.write(
        fileOf(out, submission.student()),
        JSON.writeValueAsString(new Kept(submission.student(), written)) + "\n");
  }

  /** Returns the kept sources of a student, or empty if none were kept. */
  static Optional<List<SourceFile>> read(Path out, String student) throws IOException {
    Path file = fileOf(out, student);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(List.copyOf(JSON.readValue(file.toFile(), Kept.class).files()));
  }

  /** Returns a digest of a student's kept sources, or empty if none were kept. */
  static Optional<String> digest(Path out, String student) {
    Path file = fileOf(out, student);
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
      return Optional.of(HexFormat.of().formatHex(hash, 0, 12));
    } catch (IOException e) {
      return Optional.empty();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path fileOf(Path out, String student) {
    return out.resolve(FOLDER).resolve(student + ".json");
  }
}
