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
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import neurograde.InputException;
import neurograde.internal.JsonLocations;
import neurograde.rubric.RubricLoader;
import neurograde.score.ItemResult;
import neurograde.score.NoSubmission;
import neurograde.score.ResultFiles;
import neurograde.score.SubmissionResult;

/**
 * Manual marks and comments a TA entered, by student: the source of truth for manual marks.
 *
 * <p>An output folder keeps them in {@value #FILE} as {@code {"alice": {"3a-iii": 1.0, "4b": 2.5,
 * "comment": "Clear plots."}}}, apart from the result files, so that grading a batch again does not
 * lose them: a number is the mark of the item with that id, the text under {@value #COMMENT} is the
 * TA's comment to the student. Applying them to a result sets the manual part of every mixed or
 * manual item (the mark in the file, or pending if the file has none) and the comment.
 */
public final class ManualMarks {

  /** Name of the manual marks file in an output folder. */
  public static final String FILE = "manual-marks.json";

  /** Key of a student's comment in the file; the rubric refuses it as an item id. */
  public static final String COMMENT = RubricLoader.RESERVED_ITEM_ID;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final double EPSILON = 1e-9;
  private static final String SHAPE =
      "manual marks are an object of students, each an object of item ids and marks (and an"
          + " optional \"comment\"), like {\"alice\": {\"3a-iii\": 1.0, \"comment\": \"...\"}}";

  private final String source;
  private final SortedMap<String, SortedMap<String, Double>> marks;
  private final SortedMap<String, String> comments;

  private ManualMarks(
      String source,
      Map<String, ? extends Map<String, Double>> marks,
      Map<String, String> comments) {
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
    SortedMap<String, String> kept = new TreeMap<>();
    comments.forEach(
        (student, comment) -> {
          String normal = normalize(comment);
          if (!normal.isEmpty()) {
            kept.put(student, normal);
          }
        });
    this.comments = Collections.unmodifiableSortedMap(kept);
  }

  /** Returns no marks at all. */
  public static ManualMarks none() {
    return new ManualMarks("manual marks", Map.of(), Map.of());
  }

  /**
   * Returns marks by student and item id, without comments.
   *
   * @throws IllegalArgumentException if a mark is negative or not a finite number
   */
  public static ManualMarks of(Map<String, ? extends Map<String, Double>> marks) {
    return new ManualMarks("manual marks", marks, Map.of());
  }

  /**
   * Returns marks by student and item id, and comments by student.
   *
   * @throws IllegalArgumentException if a mark is negative or not a finite number
   */
  public static ManualMarks of(
      Map<String, ? extends Map<String, Double>> marks, Map<String, String> comments) {
    return new ManualMarks("manual marks", marks, comments);
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
    Map<String, String> comments = new TreeMap<>();
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
        if (item.getKey().equals(COMMENT)) {
          if (!mark.isTextual()) {
            throw error(file, lines, path, "a comment must be a text, got " + mark);
          }
          comments.put(student.getKey(), mark.asText());
          continue;
        }
        if (!mark.isNumber() || !Double.isFinite(mark.asDouble()) || mark.asDouble() < 0) {
          throw error(file, lines, path, "a mark must be a number >= 0, got " + mark);
        }
        own.put(item.getKey(), mark.asDouble());
      }
      marks.put(student.getKey(), own);
    }
    return new ManualMarks(file.toString(), marks, comments);
  }

  /** Reads the manual marks file of an output folder, or returns none if it has none. */
  static ManualMarks readIn(Path dir) {
    Path file = dir.resolve(FILE);
    return Files.exists(file) ? read(file) : none();
  }

  /**
   * Writes these marks and comments, sorted by student and item, so that the file is never
   * half-written.
   */
  public void write(Path file) throws IOException {
    SortedMap<String, SortedMap<String, Object>> all = new TreeMap<>();
    marks.forEach((student, items) -> all.put(student, new TreeMap<>(items)));
    comments.forEach(
        (student, comment) ->
            all.computeIfAbsent(student, s -> new TreeMap<>()).put(COMMENT, comment));
    ResultFiles.writeAtomically(file, JSON.writeValueAsString(all) + "\n");
  }

  /** Returns the marks by student and item id, sorted. */
  public SortedMap<String, SortedMap<String, Double>> asMap() {
    return marks;
  }

  /** Returns the comments by student, sorted. */
  public SortedMap<String, String> comments() {
    return comments;
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
   * What applying a TA's edits did.
   *
   * @param marks the marks and comments afterwards
   * @param entered how many marks were entered or changed
   * @param cleared how many marks were cleared (pending again)
   * @param comments how many comments were written, changed or cleared
   * @param replaced a line for each mark or comment that someone changed after the gradebook was
   *     written and that the edit replaced, for example {@code alice 3a-iii: set to 1 (was 0.5,
   *     entered after this gradebook was written)}
   */
  public record Applied(
      ManualMarks marks, int entered, int cleared, int comments, List<String> replaced) {

    /** Returns whether the edits changed anything. */
    public boolean changed() {
      return entered + cleared + comments > 0;
    }
  }

  /**
   * Returns these marks with a TA's edits from a gradebook: each mark set or cleared, each comment
   * set or cleared. An edit replaces whatever is here now; where that differs from what the
   * gradebook was written with, the replacement is listed.
   */
  Applied with(GradebookEdits edits) {
    Map<String, Map<String, Double>> merged = new TreeMap<>();
    marks.forEach((student, items) -> merged.put(student, new TreeMap<>(items)));
    Map<String, String> newComments = new TreeMap<>(comments);
    int entered = 0;
    int cleared = 0;
    int commented = 0;
    List<String> replaced = new ArrayList<>();
    for (GradebookEdits.MarkEdit edit : edits.marks()) {
      Map<String, Double> own = merged.computeIfAbsent(edit.student(), s -> new TreeMap<>());
      Double now = own.get(edit.item());
      if (same(now, edit.mark())) {
        continue;
      }
      if (edits.tracked() && !same(now, edit.written())) {
        replaced.add(
            edit.student()
                + " "
                + edit.item()
                + ": "
                + (edit.mark() == null ? "cleared" : "set to " + Numbers.plain(edit.mark()))
                + (now == null
                    ? " (its mark was cleared"
                    : " (was " + Numbers.plain(now) + ", entered")
                + " after this gradebook was written)");
      }
      if (edit.mark() == null) {
        own.remove(edit.item());
        cleared++;
      } else {
        own.put(edit.item(), edit.mark());
        entered++;
      }
    }
    for (GradebookEdits.CommentEdit edit : edits.comments()) {
      String now = newComments.getOrDefault(edit.student(), "");
      String next = edit.comment() == null ? "" : normalize(edit.comment());
      if (now.equals(next)) {
        continue;
      }
      if (edits.tracked() && !now.equals(normalize(edit.written()))) {
        replaced.add(
            edit.student()
                + " comment: replaced a comment entered after this gradebook was written");
      }
      if (next.isEmpty()) {
        newComments.remove(edit.student());
      } else {
        newComments.put(edit.student(), next);
      }
      commented++;
    }
    return new Applied(
        new ManualMarks(source, merged, newComments), entered, cleared, commented, replaced);
  }

  /**
   * Returns a result with the manual part of each mixed or manual item set from these marks
   * (pending where there is no mark, or 0 for a student who submitted nothing: there is nothing to
   * mark), its score recomputed, and the student's comment.
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
    Double unmarked = NoSubmission.is(result) ? 0.0 : null;
    List<ItemResult> items =
        result.items().stream()
            .map(
                item ->
                    item.manualMax() == null
                        ? item
                        : item.withManualScore(own.getOrDefault(item.id(), unmarked)))
            .toList();
    return result.withItems(items).withComment(comments.get(result.student()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ManualMarks that
        && marks.equals(that.marks)
        && comments.equals(that.comments);
  }

  @Override
  public int hashCode() {
    return marks.hashCode() * 31 + comments.hashCode();
  }

  /** Returns a comment as kept: line ends as {@code \n}, no space around it; null as empty. */
  static String normalize(String comment) {
    return comment == null ? "" : comment.replace("\r\n", "\n").replace('\r', '\n').strip();
  }

  private static boolean same(Double a, Double b) {
    return a == null ? b == null : b != null && Math.abs(a - b) <= EPSILON;
  }

  private static InputException error(Path file, JsonLocations lines, String path, String message) {
    int line = lines.line(path);
    return new InputException(
        file + (line > 0 ? ":" + line : "") + ": " + (path.isEmpty() ? "" : path + ": ") + message);
  }
}
