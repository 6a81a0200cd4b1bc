package neurograde.rubric;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import neurograde.InputException;
import neurograde.internal.JsonLocations;
import neurograde.internal.Suggestion;
import neurograde.rubric.RubricItem.ManualPart;

/** Reads rubric files (YAML), reporting every problem with the file and line. */
public final class RubricLoader {

  /** The rubric bundled with the grader for assignment 1. */
  public static final String BUNDLED_A1 = "/neurograde/rubrics/a1.yaml";

  /** How errors and messages name the bundled rubric. */
  public static final String BUNDLED_NAME = "a1.yaml (the copy built into the grader)";

  /** An item id that cannot be used: manual-marks.json keeps the TA's comment under it. */
  public static final String RESERVED_ITEM_ID = "comment";

  private static final double EPSILON = 1e-9;
  private static final Set<String> TOP_KEYS = Set.of("assignment", "title", "marks", "items");
  private static final Set<String> ITEM_KEYS = Set.of("id", "title", "marks", "checks", "manual");
  private static final Set<String> CHECK_KEYS = Set.of("id", "title", "marks");
  private static final Set<String> MANUAL_KEYS = Set.of("marks", "description", "answer");

  private final String source;
  private final JsonLocations locations;
  private final Collection<String> hiddenChecks;

  private RubricLoader(String source, JsonLocations locations, Collection<String> hiddenChecks) {
    this.source = source;
    this.locations = locations;
    this.hiddenChecks = hiddenChecks;
  }

  /** Reads the rubric bundled with the grader. */
  public static Rubric bundled() {
    return bundled(null);
  }

  /** Reads the rubric bundled with the grader, whose checks must be among the hidden checks. */
  public static Rubric bundled(Collection<String> hiddenChecks) {
    try (InputStream in = RubricLoader.class.getResourceAsStream(BUNDLED_A1)) {
      if (in == null) {
        throw new IllegalStateException("the grader was built without its rubric " + BUNDLED_A1);
      }
      return parse(
          BUNDLED_NAME, new String(in.readAllBytes(), StandardCharsets.UTF_8), hiddenChecks);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the bundled rubric", e);
    }
  }

  /**
   * Reads a rubric file.
   *
   * @throws InputException if it is missing or invalid
   */
  public static Rubric read(Path file) {
    return read(file, null);
  }

  /**
   * Reads a rubric file whose checks must be among the hidden checks.
   *
   * @param hiddenChecks the ids of the hidden checks, or null to accept any check id
   * @throws InputException if it is missing or invalid
   */
  public static Rubric read(Path file, Collection<String> hiddenChecks) {
    return read(file, file.toString(), hiddenChecks);
  }

  /**
   * Reads a rubric file, naming it in messages as given (a relative name, say).
   *
   * @param hiddenChecks the ids of the hidden checks, or null to accept any check id
   * @throws InputException if it is missing or invalid
   */
  public static Rubric read(Path file, String name, Collection<String> hiddenChecks) {
    try {
      return parse(name, Files.readString(file, StandardCharsets.UTF_8), hiddenChecks);
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such rubric file");
    } catch (IOException e) {
      throw new InputException(name + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * Parses the text of a rubric.
   *
   * @param source the file's name, for error messages
   * @throws InputException if the text is not a valid rubric
   */
  public static Rubric parse(String source, String yaml) {
    return parse(source, yaml, null);
  }

  /**
   * Parses the text of a rubric whose checks must be among the hidden checks.
   *
   * @param source the file's name, for error messages
   * @param hiddenChecks the ids of the hidden checks, or null to accept any check id
   * @throws InputException if the text is not a valid rubric, or scores a check that is not hidden
   */
  public static Rubric parse(String source, String yaml, Collection<String> hiddenChecks) {
    YAMLFactory format = new YAMLFactory();
    JsonNode root;
    try {
      root =
          new ObjectMapper(format)
              .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
              .readTree(yaml);
    } catch (JsonProcessingException e) {
      YamlSyntax.Problem problem = YamlSyntax.describe(e, yaml);
      throw new InputException(
          source + (problem.line() > 0 ? ":" + problem.line() : "") + ": " + problem.message());
    }
    return new RubricLoader(source, JsonLocations.of(format, yaml), hiddenChecks).rubric(root);
  }

  private Rubric rubric(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw error("", "a rubric is a mapping with assignment, title and items");
    }
    keys(root, "", TOP_KEYS);
    String assignment = text(root, "assignment", "");
    String title = text(root, "title", "");
    JsonNode itemsNode = root.get("items");
    if (itemsNode == null || !itemsNode.isArray() || itemsNode.isEmpty()) {
      throw error("items", "\"items\" must be a non-empty list of items");
    }
    List<RubricItem> items = new ArrayList<>();
    Set<String> itemIds = new HashSet<>();
    Set<String> checkIds = new HashSet<>();
    for (int i = 0; i < itemsNode.size(); i++) {
      RubricItem item = item(itemsNode.get(i), "items[" + i + "]", checkIds);
      if (!itemIds.add(item.id())) {
        throw error("items[" + i + "].id", "item id \"" + item.id() + "\" is used twice");
      }
      if (item.id().equals(RESERVED_ITEM_ID)) {
        throw error(
            "items[" + i + "].id",
            "\"" + RESERVED_ITEM_ID + "\" cannot be an item id: it names the TA's comment");
      }
      items.add(item);
    }
    Rubric rubric = new Rubric(assignment, title, items);
    if (root.has("marks")) {
      double total = marks(root, "", "the rubric");
      if (Math.abs(total - rubric.maxScore()) > EPSILON) {
        throw error(
            "marks",
            "the rubric is worth "
                + fmt(total)
                + " marks but its items add up to "
                + fmt(rubric.maxScore())
                + "; change \"marks\" or an item's marks");
      }
    }
    return rubric;
  }

  private RubricItem item(JsonNode node, String path, Set<String> checkIds) {
    if (!node.isObject()) {
      throw error(path, "an item is a mapping with id, title, marks and checks or manual");
    }
    keys(node, path, ITEM_KEYS);
    String id = text(node, "id", path);
    String title = text(node, "title", path);
    String what = "item \"" + id + "\"";
    double marks = marks(node, path, what);
    List<RubricCheck> checks = new ArrayList<>();
    JsonNode checksNode = node.get("checks");
    if (checksNode != null) {
      if (checksNode.isNull() || checksNode.isArray() && checksNode.isEmpty()) {
        throw error(
            path + ".checks",
            what
                + " has \"checks:\" but no check under it; list its checks, or remove the line"
                + " and give it a manual part");
      }
      if (!checksNode.isArray()) {
        throw error(path + ".checks", "\"checks\" must be a list of checks");
      }
      for (int c = 0; c < checksNode.size(); c++) {
        String checkPath = path + ".checks[" + c + "]";
        JsonNode check = checksNode.get(c);
        if (!check.isObject()) {
          throw error(checkPath, "a check is a mapping with id and marks");
        }
        keys(check, checkPath, CHECK_KEYS);
        String checkId = text(check, "id", checkPath);
        if (!checkIds.add(checkId)) {
          throw error(checkPath + ".id", "check \"" + checkId + "\" is used twice");
        }
        if (hiddenChecks != null && !hiddenChecks.contains(checkId)) {
          throw error(
              checkPath + ".id",
              "check \""
                  + checkId
                  + "\" of item \""
                  + id
                  + "\" is not a hidden check"
                  + Suggestion.didYouMean(checkId, hiddenChecks)
                  + "; "
                  + related(checkId));
        }
        String checkTitle = check.has("title") ? text(check, "title", checkPath) : checkId;
        checks.add(
            new RubricCheck(
                checkId, checkTitle, marks(check, checkPath, "check \"" + checkId + "\"")));
      }
    }
    Optional<ManualPart> manual = Optional.empty();
    JsonNode manualNode = node.get("manual");
    if (manualNode != null) {
      String manualPath = path + ".manual";
      if (!manualNode.isObject()) {
        throw error(manualPath, "\"manual\" is a mapping with marks and description");
      }
      keys(manualNode, manualPath, MANUAL_KEYS);
      Optional<String> answer =
          manualNode.has("answer")
              ? Optional.of(text(manualNode, "answer", manualPath))
              : Optional.empty();
      manual =
          Optional.of(
              new ManualPart(
                  marks(manualNode, manualPath, "the manual part of " + what),
                  text(manualNode, "description", manualPath),
                  answer));
    }
    if (checks.isEmpty() && manual.isEmpty()) {
      throw error(path, "item \"" + id + "\" has neither checks nor a manual part");
    }
    double parts =
        checks.stream().mapToDouble(RubricCheck::marks).sum()
            + manual.map(ManualPart::marks).orElse(0.0);
    if (Math.abs(parts - marks) > EPSILON) {
      throw error(
          path + ".marks",
          "item \""
              + id
              + "\" is worth "
              + fmt(marks)
              + " marks but its checks and manual part add up to "
              + fmt(parts));
    }
    return new RubricItem(id, title, marks, checks, manual);
  }

  /**
   * Reads the marks of an item, check or manual part: a number above 0, also when quoted ({@code
   * "1.5"}).
   */
  /** Names the hidden checks like a misspelt one: those of its family, or every family. */
  private String related(String checkId) {
    String family = checkId.contains(".") ? checkId.substring(0, checkId.indexOf('.') + 1) : "";
    List<String> same =
        hiddenChecks.stream().filter(id -> !family.isEmpty() && id.startsWith(family)).toList();
    if (!same.isEmpty()) {
      return "the hidden checks " + family + "* are " + String.join(", ", same);
    }
    Set<String> families = new TreeSet<>();
    hiddenChecks.forEach(
        id -> families.add(id.contains(".") ? id.substring(0, id.indexOf('.') + 1) + "*" : id));
    return "hidden check ids start with " + String.join(", ", families);
  }

  private double marks(JsonNode node, String path, String what) {
    JsonNode value = node.get("marks");
    String where = path.isEmpty() ? "marks" : path + ".marks";
    if (value == null) {
      throw error(path, "missing \"marks\"");
    }
    double marks = Double.NaN;
    if (value.isNumber()) {
      marks = value.asDouble();
    } else if (value.isTextual() && value.asText().strip().matches("[0-9]*\\.?[0-9]+")) {
      marks = Double.parseDouble(value.asText().strip());
    }
    if (!(marks > 0) || Double.isInfinite(marks)) {
      String got = value.isTextual() ? "\"" + value.asText() + "\"" : value.toString();
      String hint =
          value.isTextual() && value.asText().matches("[0-9]+,[0-9]+") ? " (use a point)" : "";
      throw error(
          where,
          what
              + ": \"marks\" must be a number above 0, like 1 or 0.5"
              + hint
              + "; got "
              + (value.isNull() ? "nothing" : got));
    }
    return marks;
  }

  private String text(JsonNode node, String key, String path) {
    JsonNode value = node.get(key);
    String where = path.isEmpty() ? key : path + "." + key;
    if (value == null) {
      throw error(path, "missing \"" + key + "\"");
    }
    if (!value.isValueNode() || value.isNull() || value.asText().isBlank()) {
      throw error(where, "\"" + key + "\" must be a non-empty text, got " + value);
    }
    return value.asText();
  }

  private void keys(JsonNode node, String path, Set<String> allowed) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw error(
            path.isEmpty() ? name : path + "." + name,
            "unknown key \""
                + name
                + "\""
                + Suggestion.didYouMean(name, allowed)
                + "; expected one of "
                + new TreeSet<>(allowed));
      }
    }
  }

  private InputException error(String path, String message) {
    int line = locations.line(path);
    return new InputException(source + (line > 0 ? ":" + line : "") + ": " + message);
  }

  private static String fmt(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
