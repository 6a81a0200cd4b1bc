package neurograde.report;

import java.util.List;

/**
 * Finds the lines inside Markdown code fences ({@code ```} or {@code ~~~}), in linear time.
 *
 * <p>A fence is closed by a line of the same character, at least as long, with nothing else on it.
 * Unlike CommonMark, a fence that is never closed is not code: it is taken as a line of text, so a
 * student's forgotten fence does not turn the rest of their answers into code.
 */
final class Fences {

  private Fences() {}

  /** Returns, for each line, whether it is part of a closed code fence (its fence lines too). */
  static boolean[] codeLines(List<String> lines) {
    int n = lines.size();
    // longest closing fence of each kind at or after each line, so an opening fence knows at once
    // whether it is ever closed
    int[] backticks = new int[n + 1];
    int[] tildes = new int[n + 1];
    for (int i = n - 1; i >= 0; i--) {
      backticks[i] = backticks[i + 1];
      tildes[i] = tildes[i + 1];
      Fence fence = Fence.of(lines.get(i));
      if (fence != null && fence.closing()) {
        if (fence.mark() == '`') {
          backticks[i] = Math.max(backticks[i], fence.length());
        } else {
          tildes[i] = Math.max(tildes[i], fence.length());
        }
      }
    }
    boolean[] code = new boolean[n];
    int i = 0;
    while (i < n) {
      Fence open = Fence.of(lines.get(i));
      int longestAfter = open == null ? 0 : (open.mark() == '`' ? backticks : tildes)[i + 1];
      if (open == null || longestAfter < open.length()) {
        i++;
        continue;
      }
      code[i] = true;
      int j = i + 1;
      while (true) {
        code[j] = true;
        Fence close = Fence.of(lines.get(j));
        if (close != null
            && close.closing()
            && close.mark() == open.mark()
            && close.length() >= open.length()) {
          break;
        }
        j++;
      }
      i = j + 1;
    }
    return code;
  }

  /**
   * A fence line.
   *
   * @param mark the fence's character
   * @param length how many of it
   * @param closing whether nothing follows (so it can close a fence)
   */
  private record Fence(char mark, int length, boolean closing) {

    static Fence of(String line) {
      int i = Answers.indent(line);
      if (i >= line.length() || (line.charAt(i) != '`' && line.charAt(i) != '~')) {
        return null;
      }
      char mark = line.charAt(i);
      int end = i;
      while (end < line.length() && line.charAt(end) == mark) {
        end++;
      }
      if (end - i < 3) {
        return null;
      }
      String info = line.substring(end);
      if (mark == '`' && info.indexOf('`') >= 0) {
        return null;
      }
      return new Fence(mark, end - i, info.isBlank());
    }
  }
}
