package selfcheck;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws the self-check figures: your results next to the course's on the same axes, as PNG files in
 * {@code target/self-check/}. Where your part is missing, the course's is drawn alone and the
 * figure says why.
 */
public final class Figures {

  /** Where the figures go, relative to the project folder. */
  public static final Path FOLDER = Path.of("target", "self-check");

  private static final int WIDTH = 1000;
  private static final Color YOURS = new Color(0x1f, 0x5f, 0xbf);
  private static final Color YOURS_2 = new Color(0xd9, 0x5f, 0x02);
  private static final Color COURSE = new Color(0x55, 0x55, 0x55);
  private static final Color COURSE_2 = new Color(0xaa, 0x88, 0x55);
  private static final BasicStroke SOLID = new BasicStroke(1.5f);
  private static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private Figures() {}

  /** One neuron's v(t), s(t) and spike times. */
  public record Trace(double[] t, double[] v, double[] s, double[] spikes) {}

  /** Spike times, one row per neuron. */
  public record Raster(List<String> labels, List<double[]> spikes) {}

  /** Returns the path a figure of this name is written to, e.g. {@code target/self-check/3b-two-neurons.png}. */
  public static String path(String name) {
    return FOLDER.resolve(name).toString().replace('\\', '/');
  }

  /** v and s over time: yours above, the course's below, on one time axis. */
  public static Path trace(String name, String title, Optional<Trace> yours, String why, Trace course) {
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("time (s)"));
    plot.add(tracePanel("yours", yours, why, YOURS, YOURS_2), 1);
    plot.add(tracePanel("the course's", Optional.of(course), "", COURSE, COURSE_2), 1);
    return write(name, title, plot, 620, "v: membrane potential, s: input current; a tick above 1 marks each spike");
  }

  private static XYPlot tracePanel(String who, Optional<Trace> trace, String why, Color vColor, Color sColor) {
    XYSeriesCollection lines = new XYSeriesCollection();
    XYSeriesCollection ticks = new XYSeriesCollection();
    trace.ifPresent(tr -> {
      lines.addSeries(series(who + ": v", tr.t(), tr.v()));
      lines.addSeries(series(who + ": s", tr.t(), tr.s()));
      XYSeries spikes = new XYSeries(who + ": spikes", false, true);
      for (double time : tr.spikes()) {
        spikes.add(time, 1.15);
      }
      ticks.addSeries(spikes);
    });
    NumberAxis values = new NumberAxis(who);
    values.setAutoRangeIncludesZero(true);
    XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
    lineRenderer.setSeriesPaint(0, vColor);
    lineRenderer.setSeriesPaint(1, sColor);
    lineRenderer.setSeriesStroke(0, SOLID);
    lineRenderer.setSeriesStroke(1, SOLID);
    XYPlot panel = new XYPlot(lines, null, values, lineRenderer);
    panel.setDataset(1, ticks);
    panel.setRenderer(1, tickRenderer(vColor));
    panel.setNoDataMessage(who + ": " + why);
    panel.setNoDataMessageFont(new Font("SansSerif", Font.PLAIN, 14));
    return panel;
  }

  /** Spike rasters: yours above, the course's below, on one time axis. */
  public static Path raster(String name, String title, Optional<Raster> yours, String why, Raster course, double tEnd) {
    NumberAxis time = new NumberAxis("time (s)");
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
    int yourRows = Math.max(1, yours.map(r -> r.labels().size()).orElse(1));
    plot.add(rasterPanel("yours", yours, why, YOURS), Math.max(2, yourRows));
    plot.add(rasterPanel("the course's", Optional.of(course), "", COURSE), Math.max(2, course.labels().size()));
    time.setRange(0, tEnd);
    return write(name, title, plot, 300 + 30 * (yourRows + course.labels().size()), "one row per neuron, a tick at each spike");
  }

  private static XYPlot rasterPanel(String who, Optional<Raster> raster, String why, Color color) {
    XYSeriesCollection data = new XYSeriesCollection();
    List<String> labels = raster.map(Raster::labels).filter(l -> !l.isEmpty()).orElse(List.of(""));
    raster.ifPresent(r -> {
      XYSeries ticks = new XYSeries(who, false, true);
      for (int n = 0; n < r.spikes().size(); n++) {
        for (double t : r.spikes().get(n)) {
          ticks.add(t, n);
        }
      }
      if (ticks.getItemCount() > 0) {
        data.addSeries(ticks);
      }
    });
    SymbolAxis rows = new SymbolAxis(who, labels.toArray(String[]::new));
    rows.setRange(-0.5, labels.size() - 0.5);
    rows.setGridBandsVisible(false);
    XYPlot panel = new XYPlot(data, null, rows, tickRenderer(color));
    panel.setNoDataMessage(raster.isEmpty() ? who + ": " + why
        : raster.get().labels().isEmpty() ? who + ": no neurons" : who + ": no spikes at all");
    panel.setNoDataMessageFont(new Font("SansSerif", Font.PLAIN, 14));
    return panel;
  }

  /** One dot per x, yours and the course's on the same axes. */
  public static Path dots(String name, String title, String xLabel, String yLabel, double[] x,
      Optional<double[]> yours, String why, double[] course) {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(series("the course's", x, course));
    yours.ifPresent(y -> data.addSeries(series("yours", x, y)));
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
    renderer.setSeriesShapesFilled(0, false);
    renderer.setUseOutlinePaint(true);
    renderer.setSeriesOutlinePaint(0, COURSE);
    renderer.setSeriesPaint(0, COURSE);
    renderer.setSeriesOutlineStroke(0, SOLID);
    renderer.setSeriesShape(1, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
    renderer.setSeriesPaint(1, YOURS);
    renderer.setSeriesOutlinePaint(1, YOURS);
    NumberAxis yAxis = new NumberAxis(yLabel);
    yAxis.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(data, new NumberAxis(xLabel), yAxis, renderer);
    return write(name, title, plot, 520, yours.isPresent()
        ? "open circles: the course's; dots: yours" : "the course's only; yours: " + why);
  }

  /**
   * Functions of z in panels of two curves each (a function and its derivative): yours solid, the
   * course's dashed. {@code yours} has an entry per curve, empty where yours is missing.
   */
  public static Path curves(String name, String title, double[] z, List<String> names,
      List<Optional<double[]>> yours, List<double[]> course) {
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("z"));
    List<String> missing = new ArrayList<>();
    for (int first = 0; first < names.size(); first += 2) {
      XYSeriesCollection data = new XYSeriesCollection();
      XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
      int index = 0;
      for (int c = first; c < Math.min(first + 2, names.size()); c++) {
        Color color = c == first ? YOURS : YOURS_2;
        Color faded = c == first ? COURSE : COURSE_2;
        data.addSeries(series(names.get(c) + " (the course's)", z, course.get(c)));
        renderer.setSeriesPaint(index, faded);
        renderer.setSeriesStroke(index++, DASHED);
        if (yours.get(c).isPresent()) {
          data.addSeries(series(names.get(c) + " (yours)", z, yours.get(c).get()));
          renderer.setSeriesPaint(index, color);
          renderer.setSeriesStroke(index++, SOLID);
        } else {
          missing.add(names.get(c));
        }
      }
      plot.add(new XYPlot(data, null, new NumberAxis(names.get(first)), renderer), 1);
    }
    return write(name, title, plot, 260 * ((names.size() + 1) / 2) + 80, missing.isEmpty()
        ? "solid: yours; dashed: the course's" : "solid: yours; dashed: the course's; not drawn (yours missing): " + String.join(", ", missing));
  }

  private static XYLineAndShapeRenderer tickRenderer(Color color) {
    XYLineAndShapeRenderer ticks = new XYLineAndShapeRenderer(false, true);
    ticks.setDefaultShape(new Line2D.Double(0, -6, 0, 6));
    ticks.setSeriesShape(0, new Line2D.Double(0, -6, 0, 6));
    ticks.setSeriesShapesFilled(0, false);
    ticks.setUseOutlinePaint(true);
    ticks.setSeriesOutlinePaint(0, color);
    ticks.setSeriesPaint(0, color);
    ticks.setSeriesOutlineStroke(0, new BasicStroke(1.2f));
    ticks.setSeriesVisibleInLegend(0, false);
    return ticks;
  }

  private static XYSeries series(String name, double[] x, double[] y) {
    XYSeries series = new XYSeries(name, false, true);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (Double.isFinite(y[i])) {
        series.add(x[i], y[i]);
      }
    }
    return series;
  }

  private static Path write(String name, String title, XYPlot plot, int height, String subtitle) {
    if (plot instanceof CombinedDomainXYPlot combined) {
      combined.setGap(12);
    }
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.addSubtitle(new TextTitle(subtitle));
    chart.setBackgroundPaint(Color.WHITE);
    Path file = FOLDER.resolve(name);
    try {
      Files.createDirectories(FOLDER);
      ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, height);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the figure " + file, e);
    }
    return file;
  }
}
