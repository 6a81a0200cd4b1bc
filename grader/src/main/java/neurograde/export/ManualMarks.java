package neurograde.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import neurograde.InputException;
import neurograde.internal.JsonLocations;
import neurograde.score.ItemResult;
import neurograde.score.ResultFiles;
import neurograde.score.SubmissionResult;

/**
 * Manual marks a TA entered, by student and item id: the source of truth for manual marks.
 *
 * <p>An output folder keeps them in {@value #FILE} as {@code {"alice": {"3a-iii": 1.0, "4b":
 * 2.5}}}, apart from the result files, so that grading a batch again does not lose them. Applying
 * them to a result sets the manual part of every mixed or manual item: the mark in the file, or
 * pending if the file has none.
 */
public final class ManualMarks {

  /** Name of the manual marks file in an output folder. */
  public static final String FILE = "manual-marks.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final double EPSILON = 1e-9;
  private static final String SHAPE =
      "manual marks are an object of students, each an object of item ids and marks,"
          + " like {\"alice\": {\"3a-iii\": 1.0}}";

  private final String source;
  private final SortedMap<String, SortedMap<String, Double>> marks;

  private ManualMarks(String source, Map<String, ? extends Map<String, Double>> marks) {
    this.source = source;
    SortedMap<String, SortedMap<String, Double>> copy = new TreeMap<>();
    marks.forEach(
        (student, items) -> {
          SortedMap<String, Double> own = new TreeMap<>();
          items.forEach(
              (item, mark) -> {
                if (mark == null || !Double.isFinite(mark) || mark < 0) {
                  throw new IllegalArgumentException(
                      "manual mark of "
                          + student
                          + " for "
                          + item
                          + " must be a number >= 0, got "
                          + mark);
                }
                own.put(item, mark);
              });
          if (!own.isEmpty()) {
            copy.put(student, Collections.unmodifiableSortedMap(own));
          }
        });
    this.marks = Collections.unmodifiableSortedMap(copy);
  }

  /** Returns no marks at all. */
  public static ManualMarks none() {
    return new ManualMarks("manual marks", Map.of());
  }

  /**
   * Returns marks by student and item id.
   *
   * @throws IllegalArgumentException if a mark is negative or not a finite number
   */
  public static ManualMarks of(Map<String, ? extends Map<String, Double>> marks) {
    return new ManualMarks("manual marks", marks);
  }

  /**
   * Reads a manual marks file.
   *
   * @throws InputException if it is missing, not JSON, not shaped like manual marks, or has a mark
   *     that is not a number >= 0; the message names the file, the line and the student and item
   */
  public static ManualMarks read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage());
    }
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
      throw new InputException(
          file
              + where
              + ": not valid JSON: "
              + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    JsonLocations lines = JsonLocations.of(text);
    if (root == null || !root.isObject()) {
      throw error(file, lines, "", SHAPE);
    }
    Map<String, Map<String, Double>> marks = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> students = root.fields(); students.hasNext(); ) {
      Map.Entry<String, JsonNode> student = students.next();
      if (!student.getValue().isObject()) {
        throw error(file, lines, student.getKey(), SHAPE);
      }
      Map<String, Double> own = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> items = student.getValue().fields();
          items.hasNext(); ) {
        Map.Entry<String, JsonNode> item = items.next();
        JsonNode mark = item.getValue();
        String path = student.getKey() + "." + item.getKey();
        if (!mark.isNumber() || !Double.isFinite(mark.asDouble()) || mark.asDouble() < 0) {
          throw error(file, lines, path, "a mark must be a number >= 0, got " + mark);
        }
        own.put(item.getKey(), mark.asDouble());
      }
      marks.put(student.getKey(), own);
    }
    return new ManualMarks(file.toString(), marks);
  }

  /** Writes these marks, sorted by student and item, so that the file is never half-written. */
  public void write(Path file) throws IOException {
    ResultFiles.writeAtomically(file, JSON.writeValueAsString(marks) + "\n");
  }

  /** Returns the marks by student and item id, sorted. */
  public SortedMap<String, SortedMap<String, Double>> asMap() {
    return marks;
  }

  /** Returns a student's marks by item id, empty if none. */
  public SortedMap<String, Double> forStudent(String student) {
    return marks.getOrDefault(student, Collections.emptySortedMap());
  }

  /** Returns how many marks there are, over all students. */
  public int count() {
    return marks.values().stream().mapToInt(Map::size).sum();
  }

  /**
   * Returns these marks updated by newer ones: a newer mark replaces the mark for the same student
   * and item.
   */
  public ManualMarks merge(ManualMarks newer) {
    Map<String, Map<String, Double>> merged = new TreeMap<>();
    marks.forEach((student, items) -> merged.put(student, new TreeMap<>(items)));
    newer.marks.forEach(
        (student, items) -> merged.computeIfAbsent(student, s -> new TreeMap<>()).putAll(items));
    return new ManualMarks(source, merged);
  }

  /**
   * Returns a result with the manual part of each mixed or manual item set from these marks
   * (pending where there is no mark), and its score recomputed.
   *
   * @throws InputException if a mark of the student is for an item that is not in the result, for
   *     an item without a manual part, or above the maximum of the item's manual part
   */
  public SubmissionResult applyTo(SubmissionResult result) {
    Map<String, Double> own = forStudent(result.student());
    for (Map.Entry<String, Double> mark : own.entrySet()) {
      String id = mark.getKey();
      String where = source + ": " + result.student() + "." + id + ": ";
      ItemResult item =
          result.items().stream()
              .filter(i -> i.id().equals(id))
              .findFirst()
              .orElseThrow(
                  () -> new InputException(where + "item " + id + " is not in the rubric"));
      if (item.manualMax() == null) {
        throw new InputException(
            where + "item " + id + " has no manual part; it is marked by its checks only");
      }
      if (mark.getValue() > item.manualMax() + EPSILON) {
        throw new InputException(
            where
                + Numbers.plain(mark.getValue())
                + " is above the maximum "
                + Numbers.plain(item.manualMax())
                + " of item "
                + id);
      }
    }
    List<ItemResult> items =
        result.items().stream()
            .map(item -> item.manualMax() == null ? item : item.withManualScore(own.get(item.id())))
            .toList();
    return result.withItems(items);
  }

  private static InputException error(Path file, JsonLocations lines, String path, String message) {
    int line = lines.line(path);
    return new InputException(
        file + (line > 0 ? ":" + line : "") + ": " + (path.isEmpty() ? "" : path + ": ") + message);
  }
}
