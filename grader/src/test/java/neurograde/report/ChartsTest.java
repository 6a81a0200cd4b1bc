package neurograde.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

class ChartsTest {

  private static final List<double[]> ROWS =
      List.of(new double[] {0.301, 0.99, 1.27}, new double[] {0.302, 1.0, 1.25});

  private static List<XYPlot> panels(JFreeChart chart) {
    return ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
  }

  @Test
  void theVPanel_showsBothRunsSpikeTimes() {
    Observations.Trace trace =
        new Observations.Trace(
            ROWS, ROWS, new double[] {0.3015}, new double[] {0.3013}, FirstDifference.NONE);

    XYPlot v = panels(Charts.lifTrace(trace)).get(0);

    assertThat(v.getDataset(1).getSeriesCount()).isEqualTo(2);
    assertThat(v.getDataset(1).getSeriesKey(0)).isEqualTo("reference spikes");
    assertThat(v.getDataset(1).getXValue(0, 0)).isEqualTo(0.3013);
    assertThat(v.getDataset(1).getSeriesKey(1)).isEqualTo("your spikes");
    assertThat(v.getDataset(1).getXValue(1, 0)).isEqualTo(0.3015);
  }

  @Test
  void theFirstDifference_isMarkedOnThePanelOfWhatDiffers() {
    for (FirstDifference first :
        List.of(
            new FirstDifference(0.3013, FirstDifference.SPIKE),
            new FirstDifference(0.302, FirstDifference.V),
            new FirstDifference(0.302, FirstDifference.S))) {
      Observations.Trace trace =
          new Observations.Trace(ROWS, ROWS, new double[0], new double[0], first);

      List<XYPlot> panels = panels(Charts.lifTrace(trace));

      int marked = first.onVoltage() ? 0 : 1;
      var markers = panels.get(marked).getDomainMarkers(Layer.FOREGROUND);
      assertThat(markers).as(first.quantity()).hasSize(1);
      ValueMarker marker = (ValueMarker) markers.iterator().next();
      assertThat(marker.getValue()).isEqualTo(first.time());
      assertThat(marker.getLabel()).isEqualTo("first difference: " + first.quantity());
      assertThat(panels.get(1 - marked).getDomainMarkers(Layer.FOREGROUND))
          .as("the other panel, whose curves agree")
          .isNull();
    }
  }

  @Test
  void valuesSoLargeTheAxisWouldHaveNoFiniteLength_areLeftOffAndTheChartsStillDraw() {
    double[] z = {-1, 0, 1};
    double[] wild = {-1e308, Double.MAX_VALUE, Double.NEGATIVE_INFINITY};
    List<double[]> rows =
        List.of(new double[] {0.301, 1e308, 1.27}, new double[] {Double.MAX_VALUE, -1e308, 1});
    Observations.Trace trace =
        new Observations.Trace(
            rows, ROWS, new double[] {1e308}, new double[] {0.3013}, FirstDifference.NONE);
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(300, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);

    for (JFreeChart chart :
        List.of(
            Charts.activation("sigmoid", z, wild, wild, z, z),
            Charts.lifTrace(trace),
            Charts.raster(
                "3d",
                List.of(new double[] {0.1, 1e308}),
                List.of("0 LIF"),
                Double.POSITIVE_INFINITY,
                Charts.STUDENT))) {
      chart.draw(image.createGraphics(), Charts.size(300, 200));
    }

    XYPlot v = panels(Charts.lifTrace(trace)).get(0);
    assertThat(v.getDataset(0).getItemCount(1)).as("your v: neither row can be drawn").isEqualTo(0);
    assertThat(v.getDataset(1).getItemCount(1)).as("your spikes").isZero();
  }
}
