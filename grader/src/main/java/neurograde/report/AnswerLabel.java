package neurograde.report;

import java.util.Locale;
import java.util.Optional;

/**
 * The label of an assignment item as students write it: {@code 4a}, {@code Q4a}, {@code Question
 * 4a}, {@code 4(a)}, {@code 4.a}, {@code 3c(iii)}, {@code 3c-iii}, {@code 3.c.iii}, in any case. A
 * label is a question number, then optionally a part letter, then optionally a roman sub-part.
 *
 * <p>Parsing looks at each character a bounded number of times, so any text is read in linear time.
 *
 * @param number the question number, as written without leading zeros ("4")
 * @param letter the part, lower case ("a"), or empty
 * @param roman the sub-part, lower case ("iii"), or empty
 */
record AnswerLabel(String number, String letter, String roman) {

  /** Words that may come just before a label: {@code Question 4a}, {@code Part (a)}. */
  private static final String[] PREFIXES = {
    "question", "exercise", "problem", "answer", "part", "task", "ex", "q"
  };

  /** Most digits in a question number; longer numbers are not labels. */
  private static final int MAX_DIGITS = 3;

  /** Most separator characters between the parts of one label ({@code 4 (a)}). */
  private static final int MAX_SEPARATORS = 3;

  /** Returns the label as the rubric writes item ids: {@code 4}, {@code 4a}, {@code 3c-iii}. */
  @Override
  public String toString() {
    return number + letter + (roman.isEmpty() ? "" : "-" + roman);
  }

  /** Whether this label is the other, or one of its parts (4b-ii of 4b, 4b of 4). */
  boolean within(AnswerLabel other) {
    if (!number.equals(other.number)) {
      return false;
    }
    if (other.letter.isEmpty()) {
      return true;
    }
    return letter.equals(other.letter) && (other.roman.isEmpty() || roman.equals(other.roman));
  }

  /** Whether this label is a part of the other, not the other itself. */
  boolean partOf(AnswerLabel other) {
    return within(other) && !equals(other);
  }

  /** Reads an item id as the rubric gives it ({@code 3c-iii}), or empty if it is not a label. */
  static Optional<AnswerLabel> ofItem(String itemId) {
    return inTitle(itemId, null);
  }

  /**
   * Finds the label a heading's title gives: the first label with a part letter ({@code ## 3
   * neurons (3c-iii)} is 3c-iii), else the first bare question number ({@code ## Question 4}), else
   * a part relative to the enclosing label at the start of the title ({@code ### (a)} under {@code
   * ## Question 4} is 4a).
   *
   * @param context the label of the enclosing heading, or null
   */
  static Optional<AnswerLabel> inTitle(String title, AnswerLabel context) {
    String text = title.toLowerCase(Locale.ROOT);
    AnswerLabel bare = null;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      Scan scan = absolute(text, start);
      if (scan.label != null && startsWord(text, start)) {
        if (!scan.label.letter.isEmpty()) {
          return Optional.of(scan.label);
        }
        if (bare == null) {
          bare = scan.label;
        }
      }
      i = Math.max(scan.end, start + 1);
    }
    if (bare != null) {
      return Optional.of(bare);
    }
    return relative(text, skipPrefix(text, 0), context, false);
  }

  /**
   * Reads the label that a bold span at the start of a line gives ({@code **4a.**}, {@code
   * **Question 4a:**}, {@code **(b)**} under a question's heading), or empty. Stricter than a
   * heading: a bare number needs a prefix word ({@code **Question 2**}, not {@code **2 spikes**}),
   * a part letter needs brackets ({@code **(a)**} or {@code **a)**}, not {@code **A** fires}), and
   * after the label only punctuation or the end of the span may follow.
   */
  static Optional<AnswerLabel> inBold(String bold, AnswerLabel context) {
    String text = bold.toLowerCase(Locale.ROOT).strip();
    int start = skipPrefix(text, 0);
    boolean prefixed = start > 0;
    if (start < text.length() && isDigit(text.charAt(start))) {
      Scan scan = absolute(text, start);
      if (scan.label == null
          || (scan.label.letter.isEmpty() && !prefixed)
          || !labelEnds(text, scan.end)) {
        return Optional.empty();
      }
      return Optional.of(scan.label);
    }
    return relative(text, start, context, true);
  }

  /** A label read from a position, and the index after it (after its digits if there is none). */
  private record Scan(AnswerLabel label, int end) {}

  /** Reads a label that starts with its question number at {@code start}. */
  private static Scan absolute(String text, int start) {
    int i = start;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    int digitsEnd = i;
    if (digitsEnd - start > MAX_DIGITS) {
      return new Scan(null, digitsEnd);
    }
    // a decimal (0.39) or a number joined to a word (2nd, 40s) is not a label
    if (digitsEnd + 1 < text.length()
        && text.charAt(digitsEnd) == '.'
        && isDigit(text.charAt(digitsEnd + 1))) {
      int j = digitsEnd + 1;
      while (j < text.length() && isDigit(text.charAt(j))) {
        j++;
      }
      return new Scan(null, j);
    }
    int significant = start;
    while (significant < digitsEnd - 1 && text.charAt(significant) == '0') {
      significant++;
    }
    String number = text.substring(significant, digitsEnd);
    int letterAt = skipSeparators(text, digitsEnd);
    if (letterAt < text.length() && isLetter(text.charAt(letterAt))) {
      String letter = String.valueOf(text.charAt(letterAt));
      int afterLetter = letterAt + 1;
      if (letterAt == digitsEnd
          || text.charAt(letterAt - 1) != ' '
          || letterEnds(text, afterLetter)) {
        // the roman sub-part may follow the letter directly (3ciii) or after separators
        int romanAt = afterLetter;
        if (!(romanAt < text.length() && isRoman(text.charAt(romanAt)))) {
          romanAt = skipSeparators(text, afterLetter);
        }
        int romanEnd = romanAt;
        while (romanEnd < text.length() && isRoman(text.charAt(romanEnd))) {
          romanEnd++;
        }
        if (romanEnd > romanAt && romanEnd - romanAt <= 4 && endsWord(text, romanEnd)) {
          return new Scan(
              new AnswerLabel(number, letter, text.substring(romanAt, romanEnd)),
              closeBracket(text, romanEnd));
        }
        if (endsWord(text, afterLetter)) {
          return new Scan(new AnswerLabel(number, letter, ""), closeBracket(text, afterLetter));
        }
      }
    }
    if (endsWord(text, digitsEnd)) {
      return new Scan(new AnswerLabel(number, "", ""), digitsEnd);
    }
    return new Scan(null, digitsEnd);
  }

  /**
   * Reads a part relative to the enclosing label: a letter under a question ({@code (a)}), or a
   * roman numeral under a part ({@code (iii)}).
   */
  private static Optional<AnswerLabel> relative(
      String text, int start, AnswerLabel context, boolean bold) {
    if (context == null || !context.roman.isEmpty() || start >= text.length()) {
      return Optional.empty();
    }
    boolean prefixed = start > 0;
    int i = start;
    boolean open = text.charAt(i) == '(';
    if (open) {
      i++;
    }
    int end = i;
    boolean wantRoman = !context.letter.isEmpty();
    while (end < text.length()
        && (wantRoman ? isRoman(text.charAt(end)) : isLetter(text.charAt(end)))
        && end - i < (wantRoman ? 4 : 1)) {
      end++;
    }
    if (end == i || (end < text.length() && isLetterOrDigit(text.charAt(end)))) {
      return Optional.empty();
    }
    char after = end < text.length() ? text.charAt(end) : 0;
    boolean closed = after == ')';
    if (open && !closed) {
      return Optional.empty();
    }
    boolean delimited =
        bold
            ? open || closed || prefixed
            : open || closed || prefixed || after == '.' || after == ':' || after == 0;
    int next = closed ? end + 1 : after == '.' || after == ':' ? end + 1 : end;
    if (!delimited || (bold && !labelEnds(text, next))) {
      return Optional.empty();
    }
    String part = text.substring(i, end);
    return Optional.of(
        wantRoman
            ? new AnswerLabel(context.number, context.letter, part)
            : new AnswerLabel(context.number, part, ""));
  }

  /** Skips a prefix word and the spaces and colons after it, if the text starts with one. */
  private static int skipPrefix(String text, int start) {
    for (String prefix : PREFIXES) {
      if (text.startsWith(prefix, start)) {
        int end = start + prefix.length();
        boolean joined = prefix.equals("q") || prefix.equals("ex");
        if (end < text.length() && isDigit(text.charAt(end)) && joined) {
          return end;
        }
        if (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == ':')) {
          int i = end;
          while (i < text.length()
              && i - end < 4
              && (text.charAt(i) == ' ' || text.charAt(i) == ':')) {
            i++;
          }
          return i;
        }
      }
    }
    return start;
  }

  /** A label starts a word, or follows a prefix written against it (Q4a, Ex4). */
  private static boolean startsWord(String text, int digit) {
    if (digit == 0 || !isLetterOrDigit(text.charAt(digit - 1))) {
      return true;
    }
    int letters = digit;
    while (letters > 0 && isLetter(text.charAt(letters - 1)) && digit - letters <= 8) {
      letters--;
    }
    if (letters > 0 && isLetterOrDigit(text.charAt(letters - 1))) {
      return false;
    }
    String word = text.substring(letters, digit);
    for (String prefix : PREFIXES) {
      if (word.equals(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** After "4 a", the letter must stand alone (4 a) or be bracketed, so "3 neurons" is not 3n. */
  private static boolean letterEnds(String text, int afterLetter) {
    return afterLetter >= text.length() || !isLetterOrDigit(text.charAt(afterLetter));
  }

  private static int skipSeparators(String text, int from) {
    int i = from;
    while (i < text.length()
        && i - from < MAX_SEPARATORS
        && " .-_()[]".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static int closeBracket(String text, int at) {
    return at < text.length() && (text.charAt(at) == ')' || text.charAt(at) == ']') ? at + 1 : at;
  }

  private static boolean endsWord(String text, int at) {
    return at >= text.length() || !isLetterOrDigit(text.charAt(at));
  }

  /**
   * Whether a label in bold ends properly at {@code end}: after a closing bracket, at the end of
   * the span, or before punctuation ({@code 4a: ...}, {@code 4a - ...}), not before a word ({@code
   * 2 spikes}).
   */
  private static boolean labelEnds(String text, int end) {
    if (end > 0 && end <= text.length() && text.charAt(end - 1) == ')') {
      return true;
    }
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i >= text.length() || ":.)-,;\u2013\u2014".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isRoman(char c) {
    return c == 'i' || c == 'v' || c == 'x';
  }

  private static boolean isLetterOrDigit(char c) {
    return Character.isLetterOrDigit(c);
  }
}
