package neurograde.score;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A problem with a submission itself, found before or while its code ran.
 *
 * @param kind {@code compile}, {@code forbidden}, {@code timeout}, {@code crash}, {@code memory},
 *     {@code missing}, {@code input} or {@code grader} (a failure of the grader, not the student)
 * @param file the file concerned, relative to the submission, or null
 * @param line the line in that file, or null
 * @param message what is wrong and how to fix it, written for the student
 */
public record Diagnostic(
    String kind,
    @JsonInclude(JsonInclude.Include.NON_NULL) String file,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer line,
    String message) {

  /** Longest message kept (characters): a message may quote student text of any size. */
  public static final int MAX_MESSAGE = 4000;

  /** Longest file path kept (characters): a zip entry's name may be 64 KB. */
  public static final int MAX_FILE = 500;

  public Diagnostic {
    message = shortened(message, MAX_MESSAGE);
    file = shortened(file, MAX_FILE);
  }

  private static String shortened(String text, int max) {
    if (text == null) {
      return null;
    }
    text = wellFormed(text);
    if (text.length() <= max) {
      return text;
    }
    // the whole stays within max, so a result file read back is not shortened again
    int keep = max - 40;
    int end = Character.isHighSurrogate(text.charAt(keep - 1)) ? keep - 1 : keep;
    return text.substring(0, end) + "... (" + (text.length() - end) + " more characters)";
  }

  /** Replaces half a surrogate pair (which no UTF-8 file can hold) by U+FFFD. */
  private static String wellFormed(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
              : !Character.isLowSurrogate(c)
                  || (i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
      if (!paired && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(paired ? c : '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }

  /** Returns a diagnostic about a whole submission, not a place in a file. */
  public static Diagnostic of(String kind, String message) {
    return new Diagnostic(kind, null, null, message);
  }

  /** Returns a diagnostic about a file. */
  public static Diagnostic at(String kind, String file, Integer line, String message) {
    return new Diagnostic(kind, file, line, message);
  }
}
