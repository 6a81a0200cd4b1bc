package neurograde.network;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import neurograde.network.NetworkSpec.NeuronSpec;
import neurograde.network.Trace.NeuronTrace;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Draws a simulated network: a spike raster above v(t) of every LIF neuron. */
public final class TracePlot {

  private static final int MAX_POINTS = 4000;

  private TracePlot() {}

  /** Writes the plot as a PNG file. */
  public static void write(Path file, NetworkSpec spec, Trace trace) throws IOException {
    List<NeuronSpec> neurons = spec.neurons();
    String[] labels = new String[neurons.size()];
    XYSeries ticks = new XYSeries("spikes", false, true);
    XYSeriesCollection voltages = new XYSeriesCollection();
    for (int n = 0; n < neurons.size(); n++) {
      String label =
          neurons.get(n).label().isEmpty() ? Integer.toString(n) : neurons.get(n).label();
      labels[n] = label;
      NeuronTrace neuron = trace.neurons().get(n);
      for (double spike : neuron.spikes()) {
        ticks.add(spike, n);
      }
      if (neuron.hasState()) {
        voltages.addSeries(decimated(label, trace.t(), neuron.v(), spec.dt()));
      }
    }
    XYLineAndShapeRenderer rasterRenderer = new XYLineAndShapeRenderer(false, true);
    rasterRenderer.setSeriesShape(0, new Line2D.Double(0, -5, 0, 5));
    rasterRenderer.setUseOutlinePaint(true);
    rasterRenderer.setSeriesOutlinePaint(0, Color.BLACK);
    rasterRenderer.setSeriesOutlineStroke(0, new BasicStroke(1.2f));
    rasterRenderer.setSeriesShapesFilled(0, false);
    SymbolAxis rows = new SymbolAxis("neuron", labels);
    rows.setRange(-0.5, labels.length - 0.5);
    XYPlot raster = new XYPlot(new XYSeriesCollection(ticks), null, rows, rasterRenderer);

    NumberAxis time = new NumberAxis("time (s)");
    time.setRange(0, Math.max(spec.duration(), 1e-9));
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
    plot.add(raster, 1);
    if (voltages.getSeriesCount() > 0) {
      XYPlot v =
          new XYPlot(voltages, null, new NumberAxis("v"), new XYLineAndShapeRenderer(true, false));
      plot.add(v, 1);
    }
    JFreeChart chart =
        new JFreeChart("Reference simulation", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    ChartUtils.saveChartAsPNG(file.toFile(), chart, 1000, 600);
  }

  /** Keeps at most about MAX_POINTS points; v is plotted at the end of each step. */
  private static XYSeries decimated(String name, double[] t, double[] v, double dt) {
    XYSeries series = new XYSeries(name, false, true);
    int stride = Math.max(1, v.length / MAX_POINTS);
    for (int i = 0; i < v.length; i += stride) {
      series.add(t[i] + dt, v[i]);
    }
    return series;
  }
}
