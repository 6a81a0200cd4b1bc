package neurons;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Plots for the experiments, written as PNG files: spike rasters, v(t) and s(t), x-y dots and
 * function curves.
 *
 * <p>Each method creates the folders of {@code file} if needed and overwrites the file.
 */
public final class Plots {

  private static final int WIDTH = 900;
  private static final int HEIGHT = 450;

  private Plots() {}

  /**
   * Writes a spike raster: one row per neuron, a tick at each spike.
   *
   * @param file the PNG file to write
   * @param title the plot's title
   * @param spikeTimes each neuron's spike times (s), for example {@link
   *     SpikingNetwork#allSpikeTimes()}
   * @param labels a label per neuron, or an empty list for the neuron indices
   * @param tEnd the end of the time axis (s)
   */
  public static void raster(
      String file, String title, List<List<Double>> spikeTimes, List<String> labels, double tEnd) {
    XYSeriesCollection data = new XYSeriesCollection();
    XYSeries ticks = new XYSeries("spikes", false, true);
    for (int n = 0; n < spikeTimes.size(); n++) {
      for (double time : spikeTimes.get(n)) {
        ticks.add(time, n);
      }
    }
    data.addSeries(ticks);
    JFreeChart chart =
        ChartFactory.createScatterPlot(title, "time (s)", "neuron", data, PlotOrientation.VERTICAL,
            false, false, false);
    XYPlot plot = chart.getXYPlot();
    String[] names = new String[spikeTimes.size()];
    for (int n = 0; n < names.length; n++) {
      names[n] = n < labels.size() ? labels.get(n) : Integer.toString(n);
    }
    SymbolAxis rows = new SymbolAxis("neuron", names);
    rows.setRange(-0.5, names.length - 0.5);
    plot.setRangeAxis(rows);
    plot.getDomainAxis().setRange(0, tEnd);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setSeriesShape(0, new Line2D.Double(0, -6, 0, 6));
    renderer.setSeriesOutlineStroke(0, new BasicStroke(1.2f));
    renderer.setUseOutlinePaint(true);
    renderer.setSeriesOutlinePaint(0, Color.BLACK);
    renderer.setSeriesShapesFilled(0, false);
    plot.setRenderer(renderer);
    write(file, chart);
  }

  /**
   * Writes v(t) and s(t) of one neuron on a shared time axis.
   *
   * @param file the PNG file to write
   * @param title the plot's title
   * @param t the times (s)
   * @param v the membrane potential at each time
   * @param s the input current at each time
   */
  public static void trace(String file, String title, List<Double> t, List<Double> v, List<Double> s) {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(series("v", t, v));
    data.addSeries(series("s", t, s));
    JFreeChart chart = ChartFactory.createXYLineChart(title, "time (s)", "v, s", data);
    write(file, chart);
  }

  /**
   * Writes one dot per (x, y) pair.
   *
   * @param file the PNG file to write
   * @param title the plot's title
   * @param xLabel the horizontal axis's label
   * @param yLabel the vertical axis's label
   * @param x the horizontal coordinates
   * @param y the vertical coordinates, as many as {@code x}
   */
  public static void dots(
      String file, String title, String xLabel, String yLabel, double[] x, double[] y) {
    XYSeries points = new XYSeries(yLabel, false, true);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      points.add(x[i], y[i]);
    }
    JFreeChart chart =
        ChartFactory.createScatterPlot(title, xLabel, yLabel, new XYSeriesCollection(points),
            PlotOrientation.VERTICAL, false, false, false);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
    chart.getXYPlot().setRenderer(renderer);
    ((NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(true);
    write(file, chart);
  }

  /**
   * Writes several functions of x as lines on one plot.
   *
   * @param file the PNG file to write
   * @param title the plot's title
   * @param x the sample points
   * @param names a legend entry per curve
   * @param curves the values of each curve at {@code x}
   */
  public static void curves(
      String file, String title, double[] x, List<String> names, List<double[]> curves) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (int c = 0; c < curves.size(); c++) {
      XYSeries line = new XYSeries(c < names.size() ? names.get(c) : "f" + c, false, true);
      double[] y = curves.get(c);
      for (int i = 0; i < Math.min(x.length, y.length); i++) {
        line.add(x[i], y[i]);
      }
      data.addSeries(line);
    }
    write(file, ChartFactory.createXYLineChart(title, "z", "value", data));
  }

  private static XYSeries series(String name, List<Double> x, List<Double> y) {
    XYSeries series = new XYSeries(name, false, true);
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      series.add(x.get(i), y.get(i));
    }
    return series;
  }

  private static void write(String file, JFreeChart chart) {
    File out = new File(file);
    File dir = out.getAbsoluteFile().getParentFile();
    if (dir != null && !dir.isDirectory() && !dir.mkdirs()) {
      throw new UncheckedIOException(new IOException("cannot create the folder " + dir));
    }
    try {
      ChartUtils.saveChartAsPNG(out, chart, WIDTH, HEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the plot " + file, e);
    }
  }
}
