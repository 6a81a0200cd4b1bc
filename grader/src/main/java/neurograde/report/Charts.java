package neurograde.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The report's charts: the student's results drawn over, or beside, the reference's. */
final class Charts {

  static final Color STUDENT = new Color(0xC0392B);
  static final Color REFERENCE = new Color(0x2C3E50);
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);

  private Charts() {}

  /**
   * v(t) and s(t) of the student's neuron over the reference's, on one scenario: spike times as
   * ticks on the v(t) panel, and the first difference marked on the panel of the quantity that
   * differs (a spike time or v on v(t), s on s(t)).
   */
  static JFreeChart lifTrace(Observations.Trace trace) {
    NumberAxis time = new NumberAxis("time (s)");
    time.setAutoRangeIncludesZero(false);
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
    FirstDifference first = trace.firstDifference();
    XYPlot v =
        panel(
            "v",
            column(trace.student(), 1, "your v"),
            column(trace.reference(), 1, "reference v"),
            first.onVoltage() ? first : FirstDifference.NONE);
    spikes(v, trace.studentSpikes(), trace.referenceSpikes());
    plot.add(v, 1);
    plot.add(
        panel(
            "s",
            column(trace.student(), 2, "your s"),
            column(trace.reference(), 2, "reference s"),
            first.onVoltage() ? FirstDifference.NONE : first),
        1);
    return chart("1b: LIF neuron from t = 0.3 s, v = 0.98, s = 1.3, with input spikes", plot);
  }

  private static XYPlot panel(
      String name, XYSeries student, XYSeries reference, FirstDifference first) {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(reference);
    data.addSeries(student);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(0, REFERENCE);
    renderer.setSeriesStroke(0, new BasicStroke(3f));
    renderer.setSeriesShapesVisible(0, false);
    renderer.setSeriesPaint(1, STUDENT);
    renderer.setSeriesStroke(1, new BasicStroke(1.2f));
    renderer.setSeriesShape(1, new Ellipse2D.Double(-2, -2, 4, 4));
    NumberAxis axis = new NumberAxis(name);
    axis.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(data, null, axis, renderer);
    plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
    if (first.any() && drawable(first.time())) {
      ValueMarker marker =
          new ValueMarker(
              first.time(),
              STUDENT,
              new BasicStroke(
                  1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {4, 4}, 0));
      marker.setLabel("first difference: " + first.quantity());
      marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
      marker.setLabelPaint(STUDENT);
      marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
      marker.setLabelAnchor(RectangleAnchor.RIGHT);
      marker.setLabelTextAnchor(TextAnchor.CENTER_LEFT);
      plot.addDomainMarker(marker);
    }
    return plot;
  }

  /** Where the spike ticks are drawn on the v axis: above the threshold, clear of the curves. */
  private static final double REFERENCE_TICKS = 1.16;

  private static final double STUDENT_TICKS = 1.08;

  /** Spike times as ticks above the threshold: the reference's dark, yours red just below. */
  private static void spikes(XYPlot plot, double[] student, double[] reference) {
    XYSeriesCollection ticks = new XYSeriesCollection();
    ticks.addSeries(ticks("reference spikes", reference, REFERENCE_TICKS));
    ticks.addSeries(ticks("your spikes", student, STUDENT_TICKS));
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setUseOutlinePaint(true);
    renderer.setSeriesShapesFilled(0, false);
    renderer.setSeriesShapesFilled(1, false);
    renderer.setSeriesShape(0, new Line2D.Double(0, -6, 0, 6));
    renderer.setSeriesShape(1, new Line2D.Double(0, -6, 0, 6));
    renderer.setSeriesPaint(0, REFERENCE);
    renderer.setSeriesPaint(1, STUDENT);
    renderer.setSeriesOutlinePaint(0, REFERENCE);
    renderer.setSeriesOutlinePaint(1, STUDENT);
    renderer.setSeriesOutlineStroke(0, new BasicStroke(2.5f));
    renderer.setSeriesOutlineStroke(1, new BasicStroke(2f));
    plot.getRangeAxis().setUpperMargin(0.12);
    plot.setDataset(1, ticks);
    plot.setRenderer(1, renderer);
    plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
  }

  private static XYSeries ticks(String name, double[] times, double height) {
    XYSeries series = new XYSeries(name, false, true);
    for (double t : times) {
      if (drawable(t)) {
        series.add(t, height);
      }
    }
    return series;
  }

  /** The 20 dots of the firing-rate curve, the student's over the reference's. */
  static JFreeChart firingRate(int[] student, int[] reference) {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(dots("reference", reference));
    if (student != null) {
      data.addSeries(dots("yours", student));
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setSeriesPaint(0, REFERENCE);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
    renderer.setSeriesShapesFilled(0, false);
    renderer.setSeriesPaint(1, STUDENT);
    renderer.setSeriesShape(1, new Ellipse2D.Double(-3, -3, 6, 6));
    XYPlot plot =
        new XYPlot(
            data,
            new NumberAxis("input rate (Hz)"),
            new NumberAxis("LIF firing rate (Hz)"),
            renderer);
    plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
    return chart("3a: firing rate of the LIF neuron against its input's rate", plot);
  }

  private static XYSeries dots(String name, int[] counts) {
    XYSeries series = new XYSeries(name, false, true);
    for (int i = 0; i < counts.length; i++) {
      series.add(5.0 * (i + 1), counts[i] / 2.0);
    }
    return series;
  }

  /** A spike raster: one row per neuron. */
  static JFreeChart raster(
      String title, List<double[]> spikes, List<String> labels, double duration, Color color) {
    XYSeries ticks = new XYSeries("spikes", false, true);
    for (int n = 0; n < spikes.size(); n++) {
      for (double t : spikes.get(n)) {
        if (drawable(t)) {
          ticks.add(t, n);
        }
      }
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setSeriesShape(0, new Line2D.Double(0, -5, 0, 5));
    renderer.setUseOutlinePaint(true);
    renderer.setSeriesOutlinePaint(0, color);
    renderer.setSeriesOutlineStroke(0, new BasicStroke(1.2f));
    renderer.setSeriesShapesFilled(0, false);
    SymbolAxis rows = new SymbolAxis("neuron", labels.toArray(new String[0]));
    rows.setRange(-0.5, Math.max(0.5, labels.size() - 0.5));
    NumberAxis time = new NumberAxis("time (s)");
    time.setRange(0, drawable(duration) ? Math.max(duration, 0.001) : 0.001);
    XYPlot plot = new XYPlot(new XYSeriesCollection(ticks), time, rows, renderer);
    JFreeChart chart = chart(title, plot);
    chart.removeLegend();
    return chart;
  }

  /** A function and its derivative, the student's over the reference's. */
  static JFreeChart activation(
      String name,
      double[] z,
      double[] studentF,
      double[] studentDerivative,
      double[] referenceF,
      double[] referenceDerivative) {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(curve("reference " + name, z, referenceF));
    data.addSeries(curve("reference " + name + "'", z, referenceDerivative));
    if (studentF != null) {
      data.addSeries(curve("your " + name, z, studentF));
    }
    if (studentDerivative != null) {
      data.addSeries(curve("your " + name + "'", z, studentDerivative));
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      boolean reference = data.getSeriesKey(i).toString().startsWith("reference");
      renderer.setSeriesPaint(i, reference ? REFERENCE : STUDENT);
      boolean derivative = data.getSeriesKey(i).toString().endsWith("'");
      float width = reference ? 3f : 1.3f;
      renderer.setSeriesStroke(
          i,
          derivative
              ? new BasicStroke(
                  width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {6, 4}, 0)
              : new BasicStroke(width));
    }
    XYPlot plot =
        new XYPlot(
            data, new NumberAxis("z"), new NumberAxis(name + "(z), " + name + "'(z)"), renderer);
    plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
    return chart("4b: " + name + " and its derivative", plot);
  }

  private static XYSeries curve(String name, double[] x, double[] y) {
    XYSeries series = new XYSeries(name, false, true);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (drawable(y[i])) {
        series.add(x[i], y[i]);
      }
    }
    return series;
  }

  /** A chart that says why there is nothing to draw, instead of a blank image. */
  static JFreeChart unavailable(String title, String reason) {
    XYPlot plot =
        new XYPlot(
            new XYSeriesCollection(),
            new NumberAxis(),
            new NumberAxis(),
            new XYLineAndShapeRenderer());
    plot.getDomainAxis().setVisible(false);
    plot.getRangeAxis().setVisible(false);
    plot.setBackgroundPaint(new Color(0xF4F4F4));
    JFreeChart chart = chart(title, plot);
    TextTitle why =
        new TextTitle("Not available: " + reason, new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    why.setPaint(STUDENT);
    why.setMaximumLinesToDisplay(4);
    chart.addSubtitle(why);
    chart.removeLegend();
    return chart;
  }

  private static XYSeries column(List<double[]> rows, int index, String name) {
    XYSeries series = new XYSeries(name, false, true);
    for (double[] row : rows) {
      if (row.length > index && drawable(row[0]) && drawable(row[index])) {
        series.add(row[0], row[index]);
      }
    }
    return series;
  }

  /** Largest magnitude drawn: an axis spanning more (say -1e308 to 1e308) has no finite length. */
  private static final double LARGEST = 1e100;

  /**
   * Whether a value of the student's can go on a chart: a finite one within {@link #LARGEST}; the
   * rest are left off, as a value off the chart, so that one wild value cannot cost the student
   * their report.
   */
  static boolean drawable(double value) {
    return Double.isFinite(value) && Math.abs(value) <= LARGEST;
  }

  private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot) {
    JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    return chart;
  }

  static Rectangle2D size(int width, int height) {
    return new Rectangle2D.Double(0, 0, width, height);
  }
}
