package neurograde.rubric;

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
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import neurograde.InputException;
import neurograde.internal.JsonLocations;
import neurograde.rubric.RubricItem.ManualPart;

/** Reads rubric files (YAML), reporting every problem with the file and line. */
public final class RubricLoader {

  /** The rubric bundled with the grader for assignment 1. */
  public static final String BUNDLED_A1 = "/neurograde/rubrics/a1.yaml";

  private static final double EPSILON = 1e-9;
  private static final Set<String> TOP_KEYS = Set.of("assignment", "title", "items");
  private static final Set<String> ITEM_KEYS = Set.of("id", "title", "marks", "checks", "manual");
  private static final Set<String> CHECK_KEYS = Set.of("id", "title", "marks");
  private static final Set<String> MANUAL_KEYS = Set.of("marks", "description", "answer");

  private final String source;
  private final JsonLocations locations;

  private RubricLoader(String source, JsonLocations locations) {
    this.source = source;
    this.locations = locations;
  }

  /** Reads the rubric bundled with the grader. */
  public static Rubric bundled() {
    try (InputStream in = RubricLoader.class.getResourceAsStream(BUNDLED_A1)) {
      if (in == null) {
        throw new IllegalStateException("the grader was built without its rubric " + BUNDLED_A1);
      }
      return parse("a1.yaml (bundled)", new String(in.readAllBytes(), StandardCharsets.UTF_8));
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
    try {
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such rubric file");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * Parses the text of a rubric.
   *
   * @param source the file's name, for error messages
   * @throws InputException if the text is not a valid rubric
   */
  public static Rubric parse(String source, String yaml) {
    YAMLFactory format = new YAMLFactory();
    JsonNode root;
    try {
      root = new ObjectMapper(format).readTree(yaml);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
      throw new InputException(
          source
              + where
              + ": not valid YAML: "
              + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    return new RubricLoader(source, JsonLocations.of(format, yaml)).rubric(root);
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
      items.add(item);
    }
    return new Rubric(assignment, title, items);
  }

  private RubricItem item(JsonNode node, String path, Set<String> checkIds) {
    if (!node.isObject()) {
      throw error(path, "an item is a mapping with id, title, marks and checks or manual");
    }
    keys(node, path, ITEM_KEYS);
    String id = text(node, "id", path);
    String title = text(node, "title", path);
    double marks = marks(node, path);
    List<RubricCheck> checks = new ArrayList<>();
    JsonNode checksNode = node.get("checks");
    if (checksNode != null) {
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
        String checkTitle = check.has("title") ? text(check, "title", checkPath) : checkId;
        checks.add(new RubricCheck(checkId, checkTitle, marks(check, checkPath)));
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
                  marks(manualNode, manualPath),
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

  private double marks(JsonNode node, String path) {
    JsonNode value = node.get("marks");
    if (value == null) {
      throw error(path, "missing \"marks\"");
    }
    if (!value.isNumber() || !(value.asDouble() > 0) || Double.isInfinite(value.asDouble())) {
      throw error(path + ".marks", "\"marks\" must be a positive number, got " + value);
    }
    return value.asDouble();
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
            "unknown key \"" + name + "\"; expected one of " + new java.util.TreeSet<>(allowed));
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
