package neurograde.submission;

/**
 * Reads the package declaration at the head of a Java source in one pass over its characters: no
 * regular expression, so no input makes it slow (an unclosed {@code /*} once cost quadratic time).
 * Comments, whitespace and Unicode escapes are handled as javac handles them.
 */
final class JavaHeader {

  private final String text;
  private int at;

  private JavaHeader(String text) {
    this.text = text;
  }

  /** Returns the package a source declares, or an empty string for the default package. */
  static String packageOf(String source) {
    JavaHeader header = new JavaHeader(source.contains("\\u") ? unescape(source) : source);
    if (!header.skipBlanks() || !header.word().equals("package")) {
      return "";
    }
    StringBuilder name = new StringBuilder();
    while (true) {
      if (!header.skipBlanks()) {
        return "";
      }
      String part = header.word();
      if (part.isEmpty()) {
        return "";
      }
      name.append(part);
      if (!header.skipBlanks()) {
        return "";
      }
      char next = header.text.charAt(header.at++);
      if (next == ';') {
        return name.toString();
      }
      if (next != '.') {
        return "";
      }
      name.append('.');
    }
  }

  /** Skips whitespace and comments; returns whether anything is left. */
  private boolean skipBlanks() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == '\uFEFF') {
        at++;
      } else if (text.startsWith("//", at)) {
        while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
          at++;
        }
      } else if (text.startsWith("/*", at)) {
        int end = text.indexOf("*/", at + 2);
        at = end < 0 ? text.length() : end + 2;
      } else {
        return true;
      }
    }
    return false;
  }

  /** Reads a Java identifier (empty if there is none here). */
  private String word() {
    int start = at;
    if (at < text.length() && Character.isJavaIdentifierStart(text.codePointAt(at))) {
      at += Character.charCount(text.codePointAt(at));
      while (at < text.length() && Character.isJavaIdentifierPart(text.codePointAt(at))) {
        at += Character.charCount(text.codePointAt(at));
      }
    }
    return text.substring(start, at);
  }

  /**
   * Translates Unicode escapes ({@code \u0070ackage}) as javac does before it reads a token: a
   * backslash that is itself escaped by an odd run of backslashes does not start one.
   */
  static String unescape(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int backslashes = 0;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\\'
          && backslashes % 2 == 0
          && i + 1 < source.length()
          && source.charAt(i + 1) == 'u') {
        int j = i + 1;
        while (j < source.length() && source.charAt(j) == 'u') {
          j++;
        }
        if (j + 4 <= source.length() && isHex(source, j, j + 4)) {
          out.append((char) Integer.parseInt(source, j, j + 4, 16));
          i = j + 3;
          backslashes = 0;
          continue;
        }
      }
      backslashes = c == '\\' ? backslashes + 1 : 0;
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isHex(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(text.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
