package neurograde.report;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import neurograde.plots.DrawnFigure;

/**
 * Which question a plot a student's main drew is for, so the TA sees it under the item they mark:
 * by the label in its file name or title ({@code 3b}, {@code Q3b}, {@code 3(b)}), else by what it
 * draws (dots are 3a's firing-rate curve, curves 4b's functions) and the words or rows of a raster.
 * A plot it cannot place is shown among the student's other plots, never dropped.
 */
final class PlotQuestions {

  /** The questions whose plots main draws, and the rubric item each is shown under. */
  static final Map<String, String> ITEMS =
      Map.of("3a", "3a-iii", "3b", "3b-ii", "3c", "3c-iii", "3d", "3d-iv", "4b", "4b");

  /** The questions in the order main draws them. */
  static final java.util.List<String> ORDER = java.util.List.of("3a", "3b", "3c", "3d", "4b");

  private static final Pattern LABEL =
      Pattern.compile(
          "(?<![a-z0-9])(?:q|question|exp|experiment|ex|part)?[\\s_.-]*([34])[\\s_.()-]*([a-d])(?![a-z])");

  private static final Pattern INHIBITION = Pattern.compile("inhibit");
  private static final Pattern RING = Pattern.compile("(?<![a-z])(ring|oscillat|wave)");
  private static final Pattern TWO = Pattern.compile("(?<![a-z])(two|pair)(?![a-z])");

  private PlotQuestions() {}

  /** Returns the question a figure is for ({@code 3a}, ..., {@code 4b}), or null. */
  static String of(DrawnFigure figure) {
    String file = figure.file() == null ? "" : figure.file().toLowerCase(Locale.ROOT);
    String title = figure.title() == null ? "" : figure.title().toLowerCase(Locale.ROOT);
    String base = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    for (String text : new String[] {base, title}) {
      String label = label(text);
      if (label != null) {
        return label;
      }
    }
    switch (figure.call()) {
      case DrawnFigure.DOTS -> {
        return "3a";
      }
      case DrawnFigure.CURVES -> {
        return "4b";
      }
      case DrawnFigure.RASTER, DrawnFigure.TRACE -> {
        String words = base + " " + title;
        if (INHIBITION.matcher(words).find()) {
          return "3c";
        }
        if (RING.matcher(words).find()) {
          return "3d";
        }
        if (TWO.matcher(words).find()) {
          return "3b";
        }
        if (figure.call().equals(DrawnFigure.RASTER)) {
          int rows = figure.givenSeries();
          return rows >= 8 ? "3d" : rows == 3 ? "3b" : rows == 4 || rows == 5 ? "3c" : null;
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  private static String label(String text) {
    Matcher m = LABEL.matcher(text);
    while (m.find()) {
      String question = m.group(1) + m.group(2);
      if (ITEMS.containsKey(question)) {
        return question;
      }
    }
    return null;
  }
}
