package neurograde.rubric;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Says what is wrong with a rubric that is not valid YAML, in the words of someone editing it: the
 * line, and what to change there, instead of the parser's "while scanning a simple key".
 */
final class YamlSyntax {

  /**
   * A syntax error: where it is and what is wrong.
   *
   * @param line the line to look at (1-based), or 0 if unknown
   * @param message what is wrong, and how to fix it
   */
  record Problem(int line, String message) {}

  private YamlSyntax() {}

  /** Describes the parser's error on a text. */
  static Problem describe(JsonProcessingException e, String yaml) {
    List<String> lines = yaml.lines().toList();
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      return describe(marked, lines);
    }
    int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    String original = String.valueOf(e.getOriginalMessage());
    if (original.startsWith("Duplicate field '")) {
      String key = original.substring("Duplicate field '".length(), original.length() - 1);
      return new Problem(
          line,
          "\"" + key + "\" is given twice in the same item or check; keep one of the two lines");
    }
    return new Problem(line, "not valid YAML: " + original.lines().findFirst().orElse(""));
  }

  private static Problem describe(MarkedYAMLException e, List<String> lines) {
    String context = e.getContext() == null ? "" : e.getContext();
    String problem = e.getProblem() == null ? "" : e.getProblem();
    int problemLine = e.getProblemMark().getLine() + 1;
    int contextLine = e.getContextMark() == null ? problemLine : e.getContextMark().getLine() + 1;
    if (problem.contains("'\\t(TAB)'")) {
      return new Problem(problemLine, "a tab character; indent with spaces only");
    }
    if (problem.contains("that cannot start any token")) {
      char c = character(e.getProblemMark(), lines);
      return new Problem(
          problemLine,
          "a value cannot start with '" + c + "' unless it is quoted: write \"" + c + "...\"");
    }
    if (context.startsWith("while scanning a simple key")) {
      return new Problem(
          contextLine,
          quote(lines, contextLine)
              + " has no ':' after its key; write it as key: value (for example title: My title)");
    }
    if (problem.startsWith("mapping values are not allowed")) {
      String text = text(lines, problemLine);
      int column = e.getProblemMark().getColumn();
      boolean valueHasColon = column > 0 && text.substring(0, column).contains(": ");
      return new Problem(
          problemLine,
          valueHasColon
              ? quote(lines, problemLine)
                  + ": a value containing \": \" must be in quotes, for example"
                  + " description: \"Note: ...\""
              : quote(lines, problemLine)
                  + " is indented more than the line above; keys of one item line up");
    }
    if (context.startsWith("while scanning a quoted scalar")) {
      return new Problem(
          contextLine, "a quote opened on this line is never closed; close it on the same line");
    }
    if (context.startsWith("while parsing a flow mapping")) {
      return new Problem(contextLine, "a '{' opened on this line is not closed with '}'");
    }
    if (context.startsWith("while parsing a flow sequence")) {
      return new Problem(contextLine, "a '[' opened on this line is not closed with ']'");
    }
    if (context.startsWith("while parsing a block")) {
      return new Problem(
          problemLine,
          quote(lines, problemLine)
              + " is not indented like the lines above it: each \"- \" of a list, and the keys of"
              + " one item, line up");
    }
    return new Problem(
        problemLine,
        "not valid YAML: "
            + (context.isEmpty() ? "" : context + ": ")
            + problem.lines().findFirst().orElse(""));
  }

  private static String text(List<String> lines, int line) {
    return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
  }

  private static String quote(List<String> lines, int line) {
    String text = text(lines, line).strip();
    return text.isEmpty() ? "this line" : "\"" + text + "\"";
  }

  private static char character(Mark mark, List<String> lines) {
    String text = text(lines, mark.getLine() + 1);
    return mark.getColumn() < text.length() ? text.charAt(mark.getColumn()) : '?';
  }
}
