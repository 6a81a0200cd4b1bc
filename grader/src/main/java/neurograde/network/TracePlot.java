package neurograde.network;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import neurograde.network.NetworkSpec.NeuronSpec;
import neurograde.network.Trace.NeuronTrace;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a simulated network: a spike raster of every neuron, then v(t) of each LIF neuron in a
 * panel of its own (small multiples, so that no trace hides another), titled with the network
 * file's name.
 *
 * <p>v(t) is drawn from every step: each pixel column of the plot gets the first, lowest, highest
 * and last value of the steps it covers (M4 aggregation), so a 40 s trace of 40,000 steps shows
 * every spike and reset instead of an aliased sample.
 */
public final class TracePlot {

  /** Width of the image (pixels). */
  static final int WIDTH = 1000;

  /** Width of the plotting area, about (pixels): one bucket of steps per pixel column. */
  static final int COLUMNS = 900;

  /** At most this many v(t) panels; the raster still shows every neuron. */
  static final int MAX_PANELS = 12;

  private static final int TITLE_HEIGHT = 70;
  private static final int RASTER_ROW = 22;
  private static final int RASTER_MIN = 110;
  private static final int PANEL_HEIGHT = 95;
  private static final Color TRACE = new Color(0x1f, 0x4e, 0x9c);

  private TracePlot() {}

  /**
   * Writes the plot as a PNG file.
   *
   * @param file the PNG to write
   * @param name what the title calls the network, usually its file's name
   * @param spec the network
   * @param trace what the reference did on it
   */
  public static void write(Path file, String name, NetworkSpec spec, Trace trace)
      throws IOException {
    JFreeChart chart = chart(name, spec, trace);
    ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, height(spec, trace));
  }

  /** Returns the image's height: the raster, then one panel per LIF neuron shown (pixels). */
  static int height(NetworkSpec spec, Trace trace) {
    int rasterHeight = Math.max(RASTER_MIN, RASTER_ROW * spec.neurons().size());
    long lif = trace.neurons().stream().filter(NeuronTrace::hasState).count();
    return TITLE_HEIGHT + rasterHeight + PANEL_HEIGHT * (int) Math.min(lif, MAX_PANELS) + 40;
  }

  /** Builds the chart: the raster first, then a v(t) panel per LIF neuron, up to MAX_PANELS. */
  static JFreeChart chart(String name, NetworkSpec spec, Trace trace) {
    List<NeuronSpec> neurons = spec.neurons();
    String[] labels = new String[neurons.size()];
    for (int n = 0; n < neurons.size(); n++) {
      labels[n] = neurons.get(n).label().isEmpty() ? "#" + n : neurons.get(n).label();
    }
    NumberAxis time = new NumberAxis("time (s)");
    time.setRange(0, Math.max(spec.duration(), 1e-9));
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
    plot.setGap(6);
    int rasterHeight = Math.max(RASTER_MIN, RASTER_ROW * neurons.size());
    plot.add(raster(labels, trace), rasterHeight);
    List<Integer> lif = new ArrayList<>();
    for (int n = 0; n < neurons.size(); n++) {
      if (trace.neurons().get(n).hasState()) {
        lif.add(n);
      }
    }
    List<Integer> shown = lif.subList(0, Math.min(lif.size(), MAX_PANELS));
    for (int n : shown) {
      plot.add(voltage(labels[n], trace.t(), trace.neurons().get(n).v(), spec), PANEL_HEIGHT);
    }
    JFreeChart chart =
        new JFreeChart(name + ": reference simulation", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    chart.addSubtitle(new TextTitle(subtitle(spec, lif.size(), shown.size()), small()));
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  private static XYPlot raster(String[] labels, Trace trace) {
    XYSeries ticks = new XYSeries("spikes", false, true);
    for (int n = 0; n < labels.length; n++) {
      for (double spike : trace.neurons().get(n).spikes()) {
        ticks.add(spike, n);
      }
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setSeriesShape(0, new Line2D.Double(0, -7, 0, 7));
    renderer.setUseOutlinePaint(true);
    renderer.setSeriesOutlinePaint(0, Color.BLACK);
    renderer.setSeriesOutlineStroke(0, new BasicStroke(1f));
    renderer.setSeriesShapesFilled(0, false);
    SymbolAxis rows = new SymbolAxis("spikes", labels);
    rows.setRange(-0.6, labels.length - 0.4);
    rows.setInverted(true);
    rows.setGridBandsVisible(false);
    XYPlot raster = new XYPlot(new XYSeriesCollection(ticks), null, rows, renderer);
    raster.setBackgroundPaint(Color.WHITE);
    raster.setRangeGridlinesVisible(false);
    return raster;
  }

  private static XYPlot voltage(String label, double[] t, double[] v, NetworkSpec spec) {
    XYSeries series = m4(label, t, v, spec.dt(), spec.duration());
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setSeriesPaint(0, TRACE);
    renderer.setSeriesStroke(0, new BasicStroke(0.8f));
    NumberAxis axis = new NumberAxis("v " + label);
    axis.setAutoRangeIncludesZero(true);
    axis.setLabelFont(small());
    XYPlot panel = new XYPlot(new XYSeriesCollection(series), null, axis, renderer);
    panel.setBackgroundPaint(Color.WHITE);
    panel.setDomainGridlinePaint(Color.LIGHT_GRAY);
    panel.setRangeGridlinePaint(Color.LIGHT_GRAY);
    ValueMarker threshold = new ValueMarker(1.0);
    threshold.setPaint(new Color(0xc0, 0x30, 0x30));
    threshold.setStroke(
        new BasicStroke(
            0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
    panel.addRangeMarker(threshold);
    return panel;
  }

  /**
   * Returns v(t) reduced to at most four points per pixel column: the first, lowest, highest and
   * last of the steps in it, in time order, so the drawn line covers exactly what every step would.
   * v[i] is the state after the step that starts at t[i], drawn at t[i] + dt.
   */
  static XYSeries m4(String name, double[] t, double[] v, double dt, double duration) {
    XYSeries series = new XYSeries(name, false, true);
    if (v.length <= 4 * COLUMNS) {
      for (int i = 0; i < v.length; i++) {
        series.add(t[i] + dt, v[i]);
      }
      return series;
    }
    double width = Math.max(duration, t[t.length - 1] + dt) / COLUMNS;
    int start = 0;
    while (start < v.length) {
      int column = (int) ((t[start] + dt) / width);
      int end = start;
      int low = start;
      int high = start;
      while (end < v.length && (int) ((t[end] + dt) / width) == column) {
        if (v[end] < v[low]) {
          low = end;
        }
        if (v[end] > v[high]) {
          high = end;
        }
        end++;
      }
      for (int i : ordered(start, Math.min(low, high), Math.max(low, high), end - 1)) {
        series.add(t[i] + dt, v[i]);
      }
      start = end;
    }
    return series;
  }

  /** Returns the distinct indices among four sorted ones. */
  private static List<Integer> ordered(int first, int second, int third, int last) {
    List<Integer> indices = new ArrayList<>(List.of(first));
    for (int i : new int[] {second, third, last}) {
      if (i != indices.get(indices.size() - 1)) {
        indices.add(i);
      }
    }
    return indices;
  }

  private static String subtitle(NetworkSpec spec, int lif, int shown) {
    String steps =
        String.format(
            java.util.Locale.ROOT,
            "dt = %s s, %s s; v(t) drawn from every step, the dashed line is the threshold v = 1",
            plain(spec.dt()),
            plain(spec.duration()));
    return shown < lif
        ? steps + "; v(t) of the first " + shown + " of " + lif + " LIF neurons"
        : steps;
  }

  private static String plain(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static Font small() {
    return new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  }
}
