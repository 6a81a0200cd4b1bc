package neurograde.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import neurograde.InputException;
import neurograde.internal.AtomicFile;

/** Reads and writes result files: one JSON file per submission, written atomically. */
public final class ResultFiles {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ResultFiles() {}

  /** Returns the result file of a student in an output folder. */
  public static Path fileOf(Path resultsDir, String student) {
    return resultsDir.resolve(student + ".json");
  }

  /** Returns the JSON text of a result. */
  public static String toJson(SubmissionResult result) {
    try {
      return JSON.writeValueAsString(result) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the result of " + result.student(), e);
    }
  }

  /**
   * Writes a result so that the file is either absent or complete, even if the grader is killed
   * while writing: a temporary file is written, flushed and renamed over the target.
   */
  public static void write(Path file, SubmissionResult result) throws IOException {
    writeAtomically(file, toJson(result));
  }

  /** Writes a text file atomically (see {@link #write}). */
  public static void writeAtomically(Path file, String text) throws IOException {
    AtomicFile.write(file, text);
  }

  /**
   * Reads a result file.
   *
   * @throws InputException if it is not a result file
   */
  public static SubmissionResult read(Path file) {
    try {
      return JSON.readValue(file.toFile(), SubmissionResult.class);
    } catch (IOException e) {
      throw new InputException(
          file + ": not a result file: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }
}
