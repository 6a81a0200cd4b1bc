package neurograde.shard;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import neurograde.InputException;
import neurograde.export.GradedFolder;
import neurograde.export.ManualMarks;
import neurograde.report.Reports;
import neurograde.rubric.Rubric;
import neurograde.score.ResultFiles;
import neurograde.score.SubmissionResult;

/**
 * Builds one class's output folder from the output folders of its shards ({@code grade --shard
 * K/N}): their results, observations, written answers and reports are brought together, then the
 * class overview, gradebook and CSV are written from all of them, as one {@code grade} of the whole
 * class writes them.
 *
 * <p>Nothing is merged unless every shard is there and finished: each shard's {@code shard.json}
 * says which students it grades.
 */
public final class ShardMerge {

  /**
   * What a merge did.
   *
   * @param students results in the merged folder
   * @param fromShards of which brought from the shards' folders
   * @param redrawn reports drawn here (a shard wrote none, or the folder's manual marks changed the
   *     result)
   * @param exported the gradebook and CSV written
   */
  public record Merged(int students, int fromShards, int redrawn, GradedFolder.Exported exported) {}

  /** A shard's output folder and the results found in it. */
  private record Input(Path dir, ShardRecord record, Map<String, SubmissionResult> results) {

    String describe() {
      return record == null ? dir.toString() : "shard " + record.name() + " (" + dir + ")";
    }
  }

  private ShardMerge() {}

  /**
   * Merges the shards' output folders into {@code out}, which may be one of them. Results already
   * in {@code out} of students no shard has are kept; manual marks in {@code out} are kept and
   * applied.
   *
   * @throws InputException if a folder is missing or not a grader's output, a shard is missing or
   *     unfinished, shards disagree, or two folders have a result for the same student
   */
  public static Merged merge(List<Path> dirs, Path out, Rubric rubric) throws IOException {
    List<Input> inputs = new ArrayList<>();
    for (Path dir : dirs) {
      Input input = read(dir);
      if (Files.exists(out) && Files.isSameFile(dir, out)) {
        throw new InputException(
            "--out "
                + out
                + " is one of the shards' folders; merge into a folder of its own (a new one, or"
                + " the one merged into before)");
      }
      inputs.add(input);
    }
    checkComplete(inputs);
    Map<String, Input> owner = owners(inputs);
    Files.createDirectories(out);
    ManualMarks marks = mergedMarks(inputs, out);
    Reports reports = new Reports(out, rubric, false);
    int redrawn = 0;
    for (Input input : inputs) {
      for (SubmissionResult result : input.results().values()) {
        SubmissionResult marked = marks == null ? result : marks.applyTo(result);
        boolean reported = ShardFiles.copy(input.dir(), out, result.student());
        ResultFiles.write(resultFile(out, result.student()), marked);
        if (!reported || !marked.equals(result)) {
          reports.student(marked);
          redrawn++;
        }
      }
      ShardFiles.copyReferenceFigures(input.dir(), out);
    }
    if (marks != null) {
      marks.write(out.resolve(ManualMarks.FILE));
    }
    GradedFolder folder = GradedFolder.open(out);
    reports.overview(folder.results());
    return new Merged(folder.results().size(), owner.size(), redrawn, folder.export(rubric));
  }

  private static Path resultFile(Path dir, String student) {
    return ResultFiles.fileOf(dir.resolve("results"), student);
  }

  /** Reads a shard's output folder. */
  private static Input read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir + ": no such folder");
    }
    ShardRecord record = ShardRecord.read(dir).orElse(null);
    Map<String, SubmissionResult> results = new TreeMap<>();
    Path folder = dir.resolve("results");
    if (Files.isDirectory(folder)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
        for (Path file : files) {
          SubmissionResult result = ResultFiles.read(file);
          if (!file.equals(resultFile(dir, result.student()))) {
            throw new InputException(
                file + ": holds the result of " + result.student() + ", not of its file's name");
          }
          results.put(result.student(), result);
        }
      } catch (IOException e) {
        throw new InputException(folder + ": cannot read: " + e.getMessage());
      }
    }
    if (record == null && results.isEmpty()) {
      throw new InputException(
          dir + ": neither results nor " + ShardRecord.FILE + ": is it an output folder of grade?");
    }
    return new Input(dir, record, results);
  }

  /** Refuses shards of different splits, a shard given twice or missing, or one unfinished. */
  private static void checkComplete(List<Input> inputs) {
    Map<Integer, Input> byIndex = new TreeMap<>();
    Integer count = null;
    for (Input input : inputs) {
      ShardRecord record = input.record();
      if (record == null) {
        continue;
      }
      if (count != null && count != record.of()) {
        throw new InputException(
            input.describe()
                + " is one of "
                + record.of()
                + " shards, but "
                + byIndex.values().iterator().next().describe()
                + " is one of "
                + count
                + "; merge the shards of one split");
      }
      count = record.of();
      Input twice = byIndex.put(record.shard(), input);
      if (twice != null) {
        throw new InputException(
            "shard " + record.name() + " is given twice: " + twice.dir() + " and " + input.dir());
      }
      for (String student : record.students()) {
        if (!input.results().containsKey(student)) {
          throw new InputException(
              input.describe()
                  + " has no result for "
                  + student
                  + ": it did not finish; run its grade command again (it resumes), then merge");
        }
      }
    }
    if (count != null && byIndex.size() < count) {
      List<String> missing = new ArrayList<>();
      for (int k = 1; k <= count; k++) {
        if (!byIndex.containsKey(k)) {
          missing.add(k + "/" + count);
        }
      }
      throw new InputException(
          "shard "
              + String.join(", ", missing)
              + (missing.size() == 1 ? " is" : " are")
              + " missing: merge needs the output folder of every shard (given: "
              + byIndex.values().stream()
                  .map(i -> i.record().name())
                  .collect(Collectors.joining(", "))
              + ")");
    }
  }

  /** Returns which input each student's result comes from; refuses a student in two. */
  private static Map<String, Input> owners(List<Input> inputs) {
    Map<String, Input> owner = new LinkedHashMap<>();
    for (Input input : inputs) {
      for (String student : input.results().keySet()) {
        Input other = owner.put(student, input);
        if (other != null) {
          throw new InputException(
              student
                  + " has a result in both "
                  + other.dir()
                  + " and "
                  + input.dir()
                  + "; each student must be in one shard only");
        }
      }
    }
    return owner;
  }

  /**
   * The manual marks of the merged folder: those already in it, and those each shard's folder has
   * for its own students; null if there are none anywhere (then results keep what they hold).
   * Refuses a student whose marks differ between two files.
   */
  private static ManualMarks mergedMarks(List<Input> inputs, Path out) {
    Map<String, Map<String, Double>> marks = new TreeMap<>();
    Map<String, String> comments = new TreeMap<>();
    Map<String, Path> source = new TreeMap<>();
    boolean any = false;
    List<Input> sources = new ArrayList<>();
    sources.add(new Input(out, null, null));
    sources.addAll(inputs);
    for (Input input : sources) {
      Path file = input.dir().resolve(ManualMarks.FILE);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      any = true;
      ManualMarks found = ManualMarks.read(file);
      TreeSet<String> students = new TreeSet<>(found.asMap().keySet());
      students.addAll(found.comments().keySet());
      for (String student : students) {
        if (input.results() != null && !input.results().containsKey(student)) {
          continue; // a shard's mark of a student it does not grade
        }
        Map<String, Double> theirs = found.forStudent(student);
        String comment = found.comments().get(student);
        Path earlier = source.putIfAbsent(student, file);
        if (earlier == null) {
          marks.put(student, theirs);
          if (comment != null) {
            comments.put(student, comment);
          }
        } else if (!marks.get(student).equals(theirs)
            || !Objects.equals(comments.get(student), comment)) {
          throw new InputException(
              student
                  + " has different manual marks in "
                  + earlier
                  + " and "
                  + file
                  + "; keep the right ones in one of them, then merge");
        }
      }
    }
    return any ? ManualMarks.of(marks, comments) : null;
  }
}
