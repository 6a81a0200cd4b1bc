package neurograde.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A student's ANSWERS.md, read for its headings ({@code ## 3c-iii}, {@code ## 4a} ...) so each
 * answer can be shown next to the item it answers. An item's answer is everything under its heading
 * up to the next heading of the same or a higher level, sub-headings included, so {@code ###
 * Sigmoid} under {@code ## 4b} is part of 4b. Lines in code fences are never headings. The text is
 * only ever shown as text.
 */
final class Answers {

  /** A Markdown ATX heading: up to three spaces, one to six #, a space, the title. */
  private static final Pattern HEADING =
      Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?[ \\t#]*$");

  /** A heading, or the text before the first one (level 0, empty title), and the text after it. */
  record Block(int level, String title, String text) {}

  private final List<Block> blocks;

  private Answers(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  static Answers parse(String markdown) {
    List<Block> blocks = new ArrayList<>();
    if (markdown == null) {
      return new Answers(blocks);
    }
    int level = 0;
    String title = "";
    StringBuilder text = new StringBuilder();
    boolean inFence = false;
    String withoutBom = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
    for (String line : withoutBom.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      String stripped = line.strip();
      if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
        inFence = !inFence;
      }
      Matcher heading = inFence ? null : HEADING.matcher(line);
      if (heading != null && heading.matches()) {
        add(blocks, level, title, text);
        level = heading.group(1).length();
        title = heading.group(2) == null ? "" : heading.group(2).strip();
        text.setLength(0);
      } else {
        text.append(line).append('\n');
      }
    }
    add(blocks, level, title, text);
    return new Answers(blocks);
  }

  private static void add(List<Block> blocks, int level, String title, StringBuilder text) {
    String body = text.toString().strip();
    if (!body.isEmpty() || level > 0) {
      blocks.add(new Block(level, title, body));
    }
  }

  /**
   * Returns the answer under the first heading that names an item, such as "3c-iii" or "Question
   * 3c-iii: ...", with its sub-sections; or null.
   */
  String answer(String itemId) {
    String wanted = itemId.toLowerCase(Locale.ROOT);
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (block.level() > 0 && names(block.title(), wanted)) {
        StringBuilder answer = new StringBuilder(block.text());
        for (int j = i + 1; j < blocks.size() && blocks.get(j).level() > block.level(); j++) {
          Block sub = blocks.get(j);
          answer.append("\n\n").append("#".repeat(sub.level())).append(' ').append(sub.title());
          if (!sub.text().isEmpty()) {
            answer.append('\n').append(sub.text());
          }
        }
        return answer.toString().strip();
      }
    }
    return null;
  }

  private static boolean names(String title, String itemId) {
    String words =
        " " + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", " ").strip() + " ";
    return words.contains(" " + itemId + " ");
  }

  /** Returns the file's headings and text in order, for showing the whole file. */
  List<Block> blocks() {
    return blocks;
  }

  boolean isEmpty() {
    return blocks.isEmpty();
  }
}
