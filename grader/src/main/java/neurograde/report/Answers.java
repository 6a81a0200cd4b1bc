package neurograde.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A student's ANSWERS.md, read for the labels of its answers so each can be shown next to the item
 * it answers.
 *
 * <p>An answer starts at a heading of any level whose title names the item ({@code ## 4a}, {@code #
 * Q4a}, {@code ### Question 3c(iii): inhibition}, {@code ### (a)} under {@code ## Question 4}), or
 * at a line that starts with the label in bold ({@code **4a.** ...}, {@code **(b)**} under a
 * question's heading). It runs to the next heading of the same or a higher level, or the next label
 * of another item, so {@code ### Sigmoid} under {@code ## 4b} is part of 4b but {@code ## 4c} under
 * {@code # 4b} is not. Lines in code fences are never headings; a fence that is never closed is
 * taken as text, so one forgotten fence does not hide the answers after it.
 *
 * <p>Reading is linear in the length of the file, which is cut at {@link #MAX_CHARS}. The text
 * keeps the student's lines; control characters become visible symbols. It is only ever shown as
 * text.
 */
final class Answers {

  /** Most characters of ANSWERS.md read; the submission reader already refuses files over 1 MiB. */
  static final int MAX_CHARS = 1 << 20;

  /** Most characters shown as one item's answer. */
  static final int MAX_ANSWER_CHARS = 20_000;

  /** Most characters of a heading shown when naming it. */
  private static final int MAX_HEADING_CHARS = 120;

  /** Level given to a bold label line: below every heading. */
  private static final int BOLD_LEVEL = 7;

  /** What was found for an item. */
  enum Status {
    /** The answer, under its label. */
    FOUND,
    /** The label is there, with nothing under it. */
    EMPTY,
    /** No label of the item in the file. */
    NOT_FOUND,
    /** The submission has no ANSWERS.md. */
    NO_FILE,
    /** ANSWERS.md has nothing in it. */
    EMPTY_FILE
  }

  /**
   * One item's answer.
   *
   * @param status what was found
   * @param text the answer's lines, or an empty string
   * @param labelledAs the line that labels it, as the student wrote it, or an empty string
   */
  record Answer(Status status, String text, String labelledAs) {}

  /** A line that may start an answer: a heading, or a label in bold. */
  private record Start(
      int line, int level, AnswerLabel label, String title, String labelText, String rest) {}

  private final String text;
  private final int unread;
  private final List<String> lines;
  private final List<Start> starts;

  private Answers(String text, int unread, List<String> lines, List<Start> starts) {
    this.text = text;
    this.unread = unread;
    this.lines = lines;
    this.starts = starts;
  }

  /** Reads a student's ANSWERS.md; null if the submission has none. */
  static Answers parse(String markdown) {
    if (markdown == null) {
      return new Answers(null, 0, List.of(), List.of());
    }
    String whole = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
    int cut = Math.min(whole.length(), MAX_CHARS);
    if (cut < whole.length() && Character.isHighSurrogate(whole.charAt(cut - 1))) {
      cut--;
    }
    String text = StudentText.visible(whole.substring(0, cut));
    List<String> lines = StudentText.lines(text);
    boolean[] code = Fences.codeLines(lines);
    List<Start> starts = new ArrayList<>();
    AnswerLabel[] byLevel = new AnswerLabel[BOLD_LEVEL];
    for (int i = 0; i < lines.size(); i++) {
      if (code[i]) {
        continue;
      }
      String line = lines.get(i);
      int index = i;
      heading(index, line, byLevel)
          .or(() -> boldLabel(index, line, byLevel))
          .ifPresent(starts::add);
    }
    return new Answers(text, whole.length() - cut, lines, starts);
  }

  /** Whether the submission has an ANSWERS.md. */
  boolean present() {
    return text != null;
  }

  /** Whether the file has nothing but white space. */
  boolean blank() {
    return text == null || text.isBlank();
  }

  /** Returns the whole file as read (control characters made visible), or null. */
  String text() {
    return text;
  }

  /** Returns how many characters of the file were too many to read. */
  int unread() {
    return unread;
  }

  /** Returns every item label found, in order, for telling a TA what the file holds. */
  List<String> labels() {
    return starts.stream()
        .map(Start::label)
        .filter(java.util.Objects::nonNull)
        .map(AnswerLabel::toString)
        .distinct()
        .toList();
  }

  /**
   * Returns the answer to an item: every section labelled with the item, or failing that every
   * section labelled with one of its parts (4b-i, 4b-ii, 4b-iii for 4b).
   *
   * @param item the item's label as the rubric gives it ({@code 3c-iii}); a name that is not a
   *     label ({@code Reflection}) is looked for in headings' titles
   */
  Answer answer(String item) {
    if (!present()) {
      return new Answer(Status.NO_FILE, "", "");
    }
    if (blank()) {
      return new Answer(Status.EMPTY_FILE, "", "");
    }
    Optional<AnswerLabel> wanted = AnswerLabel.ofItem(item);
    String name = item.toLowerCase(Locale.ROOT).strip();
    Answer exact =
        collect(
            s ->
                wanted.isPresent()
                    ? wanted.get().equals(s.label())
                    : s.level() < BOLD_LEVEL && names(s.title(), name),
            false);
    if (exact.status() != Status.NOT_FOUND || wanted.isEmpty()) {
      return exact;
    }
    return collect(s -> s.label() != null && s.label().partOf(wanted.get()), true);
  }

  private Answer collect(java.util.function.Predicate<Start> labelled, boolean withHeadings) {
    StringBuilder answer = new StringBuilder();
    String labelledAs = null;
    int k = 0;
    while (k < starts.size()) {
      Start start = starts.get(k);
      if (!labelled.test(start)) {
        k++;
        continue;
      }
      int next = end(k);
      int endLine = next < starts.size() ? starts.get(next).line() : lines.size();
      if (labelledAs == null) {
        labelledAs = shortened(start.labelText());
      }
      StringBuilder section = new StringBuilder();
      if (withHeadings || answer.length() > 0) {
        section.append(lines.get(start.line()).strip()).append('\n');
      } else if (!start.rest().isEmpty()) {
        section.append(start.rest()).append('\n');
      }
      for (int line = start.line() + 1; line < endLine; line++) {
        section.append(lines.get(line)).append('\n');
        if (answer.length() + section.length() > MAX_ANSWER_CHARS) {
          break;
        }
      }
      String body = trimBlankLines(section);
      if (!body.isEmpty()) {
        answer.append(answer.length() > 0 ? "\n\n" : "").append(body);
      }
      if (answer.length() > MAX_ANSWER_CHARS) {
        answer.setLength(
            Character.isHighSurrogate(answer.charAt(MAX_ANSWER_CHARS - 1))
                ? MAX_ANSWER_CHARS - 1
                : MAX_ANSWER_CHARS);
        answer
            .append("\n[... cut here: the answer is longer than ")
            .append(String.format(Locale.ROOT, "%,d", MAX_ANSWER_CHARS))
            .append(" characters; the whole file is at the end of the report]");
        break;
      }
      k = next;
    }
    if (labelledAs == null) {
      return new Answer(Status.NOT_FOUND, "", "");
    }
    return answer.isEmpty()
        ? new Answer(Status.EMPTY, "", labelledAs)
        : new Answer(Status.FOUND, answer.toString(), labelledAs);
  }

  /**
   * Returns the index of the start that ends section {@code k}: the next heading of the same or a
   * higher level, or the next label that is not the section's item or one of its parts.
   */
  private int end(int k) {
    Start section = starts.get(k);
    int next = k + 1;
    while (next < starts.size()) {
      Start other = starts.get(next);
      if (other.level() <= section.level()) {
        return next;
      }
      if (other.label() != null
          && (section.label() == null || !other.label().within(section.label()))) {
        return next;
      }
      next++;
    }
    return next;
  }

  /** A Markdown ATX heading: up to three spaces, one to six #, then a space or the line's end. */
  private static Optional<Start> heading(int index, String line, AnswerLabel[] byLevel) {
    int i = indent(line);
    if (i > 3) {
      return Optional.empty();
    }
    int hashes = 0;
    while (i + hashes < line.length() && line.charAt(i + hashes) == '#') {
      hashes++;
    }
    int after = i + hashes;
    if (hashes == 0
        || hashes > 6
        || (after < line.length() && line.charAt(after) != ' ' && line.charAt(after) != '\t')) {
      return Optional.empty();
    }
    String title = closingHashesRemoved(line.substring(after).strip());
    AnswerLabel context = null;
    for (int level = 1; level < hashes; level++) {
      context = byLevel[level] == null ? context : byLevel[level];
    }
    AnswerLabel label = AnswerLabel.inTitle(title, context).orElse(null);
    for (int level = hashes; level < byLevel.length; level++) {
      byLevel[level] = null;
    }
    byLevel[hashes] = label;
    return Optional.of(new Start(index, hashes, label, title, line.strip(), ""));
  }

  /** A line that starts with a label in bold: {@code **4a.** The derivative ...}. */
  private static Optional<Start> boldLabel(int index, String line, AnswerLabel[] byLevel) {
    int i = indent(line);
    if (i > 3 || !(line.startsWith("**", i) || line.startsWith("__", i))) {
      return Optional.empty();
    }
    String marker = line.substring(i, i + 2);
    int close = line.indexOf(marker, i + 2);
    if (close <= i + 2) {
      return Optional.empty();
    }
    AnswerLabel context = null;
    for (AnswerLabel label : byLevel) {
      context = label == null ? context : label;
    }
    String bold = line.substring(i + 2, close);
    Optional<AnswerLabel> label = AnswerLabel.inBold(bold, context);
    if (label.isEmpty()) {
      return Optional.empty();
    }
    String rest = line.substring(close + 2);
    int r = 0;
    while (r < rest.length() && " \t:.-\u2013\u2014".indexOf(rest.charAt(r)) >= 0) {
      r++;
    }
    return Optional.of(
        new Start(index, BOLD_LEVEL, label.get(), bold, marker + bold + marker, rest.substring(r)));
  }

  private static String closingHashesRemoved(String title) {
    int end = title.length();
    while (end > 0 && title.charAt(end - 1) == '#') {
      end--;
    }
    if (end == 0) {
      return "";
    }
    return end < title.length() && (title.charAt(end - 1) == ' ' || title.charAt(end - 1) == '\t')
        ? title.substring(0, end).strip()
        : title;
  }

  /** Whether a heading's title holds a name, as a whole word. */
  private static boolean names(String title, String name) {
    String lower = title.toLowerCase(Locale.ROOT);
    int at = lower.indexOf(name);
    while (at >= 0) {
      int after = at + name.length();
      if ((at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1)))
          && (after == lower.length() || !Character.isLetterOrDigit(lower.charAt(after)))) {
        return true;
      }
      at = lower.indexOf(name, at + 1);
    }
    return false;
  }

  static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** Drops the blank lines before the first text and the white space after the last. */
  private static String trimBlankLines(StringBuilder section) {
    int first = 0;
    while (first < section.length() && Character.isWhitespace(section.charAt(first))) {
      first++;
    }
    int lineStart = first;
    while (lineStart > 0 && section.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    return section.substring(lineStart).stripTrailing();
  }

  private static String shortened(String line) {
    if (line.length() <= MAX_HEADING_CHARS) {
      return line;
    }
    int cut = MAX_HEADING_CHARS;
    if (Character.isHighSurrogate(line.charAt(cut - 1))) {
      cut--;
    }
    return line.substring(0, cut) + "\u2026";
  }
}
