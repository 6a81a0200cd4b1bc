package neurograde.report;

import java.util.ArrayList;
import java.util.List;

/** Text a student (or a TA) wrote, made safe to show as text: read in one pass. */
final class StudentText {

  private StudentText() {}

  /** Splits text at every kind of line end: LF, CR LF and CR. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines;
  }

  /**
   * Makes control characters visible (NUL as the symbol for NUL, and so on) and replaces unpaired
   * surrogates, keeping tabs and line ends; so nothing invisible or invalid reaches the page.
   */
  static String visible(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char replacement = c;
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        replacement = c == 0x7f ? '\u2421' : (char) (0x2400 + c);
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          if (out != null) {
            out.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
        replacement = '\uFFFD';
      } else if (Character.isLowSurrogate(c)) {
        replacement = '\uFFFD';
      }
      if (replacement != c && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(replacement);
      }
    }
    return out == null ? text : out.toString();
  }
}
