package neurograde.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import neurograde.plots.DrawnFigure;
import neurograde.plots.DrawnSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a figure a {@code main} asked the course's {@code Plots} for, as {@code Plots} lays it out
 * (its title, axis labels, series and legend), in the report's style: a student's in their colour,
 * the reference's in its own. The student's text is drawn as text, visibly.
 */
final class OwnPlotCharts {

  /** Colours of the lines of a figure with several (curves, v and s). */
  private static final Color[] PALETTE = {
    new Color(0xC0392B),
    new Color(0x2471A3),
    new Color(0x229954),
    new Color(0x8E44AD),
    new Color(0xD68910),
    new Color(0x17A589),
    new Color(0x566573),
    new Color(0xCB4335),
    new Color(0x1F618D),
    new Color(0x7D6608),
    new Color(0x6C3483),
    new Color(0x117864)
  };

  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);

  private OwnPlotCharts() {}

  /** Draws a figure; {@code color}: its colour where it has one series (dots, raster ticks). */
  static JFreeChart draw(DrawnFigure figure, Color color) {
    JFreeChart chart =
        switch (figure.call()) {
          case DrawnFigure.RASTER -> raster(figure, color);
          case DrawnFigure.DOTS -> dots(figure, color);
          case DrawnFigure.TRACE, DrawnFigure.CURVES -> lines(figure);
          default ->
              Charts.unavailable(
                  text(figure.title()),
                  "Plots." + text(figure.call()) + " is not a plot the grader can show.");
        };
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    String title = figure.title() == null ? null : text(figure.title());
    if (title == null || title.isBlank()) {
      chart.setTitle((TextTitle) null);
    } else {
      TextTitle text = new TextTitle(title, TITLE);
      text.setMaximumLinesToDisplay(2);
      chart.setTitle(text);
    }
    return chart;
  }

  private static JFreeChart raster(DrawnFigure figure, Color color) {
    List<double[]> spikes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    double last = 0;
    for (DrawnSeries row : figure.series()) {
      double[] times = doubles(row.x());
      for (double t : times) {
        last = Math.max(last, t);
      }
      spikes.add(times);
      names.add(text(row.name()));
    }
    // Plots shows 0 to tEnd; the course's Plots fails on an end that is not positive
    double end = figure.xEnd() != null && figure.xEnd() > 0 ? figure.xEnd() : last;
    return Charts.raster(null, spikes, names, end, color);
  }

  private static JFreeChart dots(DrawnFigure figure, Color color) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (int i = 0; i < figure.series().size(); i++) {
      data.addSeries(series(i, figure.series().get(i)));
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
    renderer.setSeriesPaint(0, color);
    NumberAxis x = new NumberAxis(text(figure.xLabel()));
    x.setAutoRangeIncludesZero(false);
    NumberAxis y = new NumberAxis(text(figure.yLabel()));
    y.setAutoRangeIncludesZero(true);
    return new JFreeChart(null, TITLE, new XYPlot(data, x, y, renderer), false);
  }

  private static JFreeChart lines(DrawnFigure figure) {
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < figure.series().size(); i++) {
      data.addSeries(series(i, figure.series().get(i)));
      renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
      renderer.setSeriesStroke(i, new BasicStroke(1.6f));
    }
    NumberAxis x = new NumberAxis(text(figure.xLabel()));
    x.setAutoRangeIncludesZero(false);
    NumberAxis y = new NumberAxis(text(figure.yLabel()));
    y.setAutoRangeIncludesZero(false);
    return new JFreeChart(null, TITLE, new XYPlot(data, x, y, renderer), true);
  }

  static double[] doubles(float[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }

  private static XYSeries series(int index, DrawnSeries drawn) {
    XYSeries series = new XYSeries(new Key(index, text(drawn.name())), false, true);
    for (int i = 0; i < Math.min(drawn.x().length, drawn.y().length); i++) {
      series.add(drawn.x()[i], drawn.y()[i]);
    }
    return series;
  }

  /** A series key shown as its name: two series may have the same name. */
  private record Key(int index, String name) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      return Integer.compare(index, other.index);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** The student's text as the chart shows it: control characters made visible. */
  private static String text(String s) {
    return s == null ? "" : StudentText.visible(s).replace('\n', ' ').replace('\r', ' ');
  }
}
