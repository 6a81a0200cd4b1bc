package neurograde.shard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import neurograde.InputException;
import neurograde.internal.AtomicFile;
import neurograde.submission.SubmissionSource;

/**
 * What a shard was to grade, kept in its output folder as {@code shard.json}: so {@code merge} can
 * tell that every shard of a class is there and finished.
 *
 * @param shard which part, from 1 to {@code of}
 * @param of how many parts the class was split into
 * @param students the ids the shard grades (its submissions and rostered students), sorted
 */
public record ShardRecord(int shard, int of, List<String> students) {

  /** The file in a shard's output folder. */
  public static final String FILE = "shard.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public ShardRecord {
    students = List.copyOf(students);
  }

  /**
   * Records what a shard grades in its output folder (created if needed).
   *
   * @throws InputException if it cannot be written
   */
  public static void write(
      Path out, Shard shard, List<SubmissionSource> sources, Map<String, String> roster) {
    TreeSet<String> students = new TreeSet<>(roster.keySet());
    sources.forEach(s -> students.add(s.student()));
    ShardRecord record = new ShardRecord(shard.index(), shard.count(), List.copyOf(students));
    try {
      Files.createDirectories(out);
      AtomicFile.write(out.resolve(FILE), JSON.writeValueAsString(record) + "\n");
    } catch (IOException e) {
      throw new InputException(out + ": cannot write " + FILE + ": " + e.getMessage());
    }
  }

  /**
   * Reads the record of a shard's output folder; empty if the folder is not a shard's.
   *
   * @throws InputException if the file is there but not a shard record
   */
  public static Optional<ShardRecord> read(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    ShardRecord record;
    try {
      record = JSON.readValue(file.toFile(), ShardRecord.class);
    } catch (IOException | RuntimeException e) {
      throw new InputException(
          file
              + ": not a shard record: "
              + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
    if (record.of() < 1 || record.shard() < 1 || record.shard() > record.of()) {
      throw new InputException(
          file + ": not a shard record: shard " + record.shard() + " of " + record.of());
    }
    return Optional.of(record);
  }

  /** Returns the shard as K/N. */
  public String name() {
    return shard + "/" + of;
  }
}
