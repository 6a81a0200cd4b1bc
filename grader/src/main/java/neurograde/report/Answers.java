package neurograde.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A student's ANSWERS.md, split at its headings ({@code ## 3c-iii}, {@code ## 4a} ...) so each
 * answer can be shown next to the item it answers. The text is only ever shown as text.
 */
final class Answers {

  private final Map<String, String> byHeading;

  private Answers(Map<String, String> byHeading) {
    this.byHeading = byHeading;
  }

  static Answers parse(String markdown) {
    Map<String, String> sections = new LinkedHashMap<>();
    if (markdown == null) {
      return new Answers(sections);
    }
    String heading = "";
    StringBuilder text = new StringBuilder();
    for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
      if (line.startsWith("#")) {
        put(sections, heading, text);
        heading = line.replaceFirst("^#+", "").strip();
        text.setLength(0);
      } else {
        text.append(line).append('\n');
      }
    }
    put(sections, heading, text);
    return new Answers(sections);
  }

  private static void put(Map<String, String> sections, String heading, StringBuilder text) {
    String body = text.toString().strip();
    if (!body.isEmpty() || !heading.isEmpty()) {
      sections.merge(heading, body, (a, b) -> a + "\n\n" + b);
    }
  }

  /** Returns the answer under the heading that names an item, such as "3c-iii" or "Question 3c-iii", or null. */
  String answer(String itemId) {
    String wanted = itemId.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> section : byHeading.entrySet()) {
      List<String> words = List.of(section.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", " ").strip().split(" "));
      if (words.contains(wanted)) {
        return section.getValue();
      }
    }
    return null;
  }

  /** Returns every section, by heading, for showing the whole file. */
  Map<String, String> sections() {
    return byHeading;
  }

  boolean isEmpty() {
    return byHeading.isEmpty();
  }
}
