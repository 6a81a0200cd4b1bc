package neurograde.report;

import java.util.List;
import neurograde.plots.DrawnFigure;
import neurograde.plots.DrawnSeries;

/**
 * Words for a plot a {@code main} drew, for its alt text and notes: its title and axes as the
 * student wrote them (quoted, as text), and the numbers a reader would look for.
 */
final class PlotText {

  /** Most rows, curves or dots listed one by one. */
  private static final int MAX_LISTED = 20;

  private PlotText() {}

  /** "titled "3b: two neurons"; spike raster of 3 rows from 0 to 1 s: A 231 spikes, ...". */
  static String describe(DrawnFigure figure) {
    StringBuilder text = new StringBuilder();
    text.append(
        figure.title() == null || figure.title().isBlank()
            ? "untitled"
            : "titled " + quoted(figure.title()));
    List<DrawnSeries> series = figure.series();
    switch (figure.call()) {
      case DrawnFigure.RASTER -> {
        text.append("; spike raster of ")
            .append(count(figure.givenSeries(), "row"))
            .append(
                figure.xEnd() == null ? "" : " from 0 to " + Describe.number(figure.xEnd()) + " s")
            .append(", x axis ")
            .append(quoted(figure.xLabel()));
        for (int i = 0; i < Math.min(series.size(), MAX_LISTED); i++) {
          text.append(i == 0 ? ": " : ", ")
              .append(quoted(series.get(i).name()))
              .append(' ')
              .append(count(series.get(i).given(), "spike"));
        }
        if (series.size() > MAX_LISTED) {
          text.append(", and ").append(series.size() - MAX_LISTED).append(" more rows");
        }
      }
      case DrawnFigure.DOTS -> {
        DrawnSeries dots = series.get(0);
        text.append("; ")
            .append(count(dots.kept(), "dot"))
            .append(", x axis ")
            .append(quoted(figure.xLabel()))
            .append(range(dots.x()))
            .append(", y axis ")
            .append(quoted(figure.yLabel()))
            .append(range(dots.y()));
        if (dots.kept() > 0 && dots.kept() <= MAX_LISTED) {
          text.append("; the dots (x, y): ");
          for (int i = 0; i < dots.kept(); i++) {
            text.append(i == 0 ? "" : ", ")
                .append('(')
                .append(Describe.number(dots.x()[i]))
                .append(", ")
                .append(Describe.number(dots.y()[i]))
                .append(')');
          }
        }
      }
      case DrawnFigure.TRACE, DrawnFigure.CURVES -> {
        text.append("; ")
            .append(count(figure.givenSeries(), "line"))
            .append(" against ")
            .append(quoted(figure.xLabel()));
        if (!series.isEmpty()) {
          text.append(range(series.get(0).x()));
        }
        text.append(", y axis ").append(quoted(figure.yLabel()));
        for (int i = 0; i < Math.min(series.size(), MAX_LISTED); i++) {
          text.append(i == 0 ? ": " : ", ")
              .append(quoted(series.get(i).name()))
              .append(range(series.get(i).y()));
        }
      }
      default -> text.append("; Plots.").append(visible(figure.call())).append(" cannot be shown");
    }
    String reduced = reduced(figure);
    return text.append('.').append(reduced == null ? "" : " " + reduced).toString();
  }

  /** What the grader left out of what main passed, or null if it kept it all. */
  static String reduced(DrawnFigure figure) {
    if (!figure.reduced()) {
      return null;
    }
    StringBuilder text =
        new StringBuilder("Of what main passed to Plots.")
            .append(visible(figure.call()))
            .append(figure.title() == null ? "" : " for " + quoted(figure.title()))
            .append(", the grader kept");
    if (figure.givenSeries() > figure.series().size()) {
      text.append(" the first ")
          .append(figure.series().size())
          .append(" of ")
          .append(count(figure.givenSeries(), "series"));
    } else {
      text.append(" every series");
    }
    boolean extremes =
        figure.series().stream().anyMatch(s -> DrawnSeries.EXTREMES.equals(s.reduced()));
    boolean first = figure.series().stream().anyMatch(s -> DrawnSeries.FIRST.equals(s.reduced()));
    if (extremes) {
      text.append(", long lines thinned to the lowest and highest point of each short stretch");
    }
    if (first) {
      long given = figure.series().stream().mapToLong(DrawnSeries::given).sum();
      long kept = figure.series().stream().mapToLong(DrawnSeries::kept).sum();
      text.append(", and the first ").append(kept).append(" of the ").append(count(given, "point"));
    }
    return text.append('.').toString();
  }

  /** ", to the file "plots/3b.png"", or nothing. */
  static String file(DrawnFigure figure) {
    return figure.file() == null ? "" : ", to the file " + quoted(figure.file());
  }

  /** "file "a.png", file "b.png"". */
  static String files(List<DrawnFigure> figures) {
    StringBuilder text = new StringBuilder();
    for (DrawnFigure figure : figures) {
      text.append(text.length() == 0 ? "" : "; ")
          .append("Plots.")
          .append(visible(figure.call()))
          .append(figure.file() == null ? "" : " to " + quoted(figure.file()));
    }
    return text.toString();
  }

  static String visible(String text) {
    return text == null ? "" : StudentText.visible(text);
  }

  private static String quoted(String text) {
    return text == null ? "(none)" : "\u201c" + visible(text) + "\u201d";
  }

  private static String count(long n, String noun) {
    return n + " " + (n == 1 || noun.endsWith("s") ? noun : noun + "s");
  }

  private static String range(float[] values) {
    float low = Float.POSITIVE_INFINITY;
    float high = Float.NEGATIVE_INFINITY;
    for (float v : values) {
      low = Math.min(low, v);
      high = Math.max(high, v);
    }
    return values.length == 0
        ? " (empty)"
        : " from " + Describe.number(low) + " to " + Describe.number(high);
  }
}
