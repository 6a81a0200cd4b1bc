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
}
