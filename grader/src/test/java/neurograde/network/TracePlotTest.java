package neurograde.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TracePlotTest {

  private static final double TOLERANCE = 1e-12;

  @TempDir Path dir;

  private static NetworkSpec network(String name) {
    return NetworkFile.read(Path.of("src/test/resources/networks", name));
  }

  @Test
  void longTrace_isDrawnFromEveryStep_soTheLastSecondsShowEverySpikeAndReset() {
    NetworkSpec spec = network("firing-rate.json");
    Trace trace = ReferenceSimulation.run(spec);
    double[] t = trace.t();
    double[] v = trace.neurons().get(0).v();
    int from = (int) Math.round(38 / spec.dt());

    XYSeries drawn = TracePlot.m4("v", t, v, spec.dt(), spec.duration());

    double drawnMin = Double.MAX_VALUE;
    double drawnMax = -Double.MAX_VALUE;
    for (int i = 0; i < drawn.getItemCount(); i++) {
      if (drawn.getX(i).doubleValue() > 38 + spec.dt() / 2) {
        drawnMin = Math.min(drawnMin, drawn.getY(i).doubleValue());
        drawnMax = Math.max(drawnMax, drawn.getY(i).doubleValue());
      }
    }
    double[] last = Arrays.copyOfRange(v, from, v.length);
    assertThat(Arrays.stream(trace.neurons().get(0).spikes()).filter(s -> s >= 38).count())
        .isGreaterThan(150);
    assertThat(drawnMin).isCloseTo(Arrays.stream(last).min().orElseThrow(), within(TOLERANCE));
    assertThat(drawnMax).isCloseTo(Arrays.stream(last).max().orElseThrow(), within(TOLERANCE));
    assertThat(drawnMax - drawnMin).as("not the flat line of a sampled trace").isGreaterThan(0.9);
    assertThat(drawn.getItemCount()).isLessThanOrEqualTo(4 * TracePlot.COLUMNS + 4);
  }

  @Test
  void everyPixelColumnsExtremes_areKept_inTimeOrder() {
    int steps = 40_000;
    double dt = 0.001;
    double[] t = new double[steps];
    double[] v = new double[steps];
    for (int i = 0; i < steps; i++) {
      t[i] = i * dt;
      v[i] = i % 7 == 3 ? 1 : i % 7 == 5 ? -1 : 0.25;
    }

    XYSeries drawn = TracePlot.m4("v", t, v, dt, steps * dt);

    for (int i = 1; i < drawn.getItemCount(); i++) {
      assertThat(drawn.getX(i).doubleValue()).isGreaterThan(drawn.getX(i - 1).doubleValue());
    }
    long highs = 0;
    long lows = 0;
    for (int i = 0; i < drawn.getItemCount(); i++) {
      highs += drawn.getY(i).doubleValue() == 1 ? 1 : 0;
      lows += drawn.getY(i).doubleValue() == -1 ? 1 : 0;
    }
    // Each column of about 44 steps holds several peaks and troughs: one of each is kept.
    assertThat(highs).isGreaterThanOrEqualTo(TracePlot.COLUMNS - 1);
    assertThat(lows).isGreaterThanOrEqualTo(TracePlot.COLUMNS - 1);
  }

  @Test
  void ring_getsARasterAndOneVoltagePanelPerLifNeuron_titledWithTheFilesName() throws IOException {
    NetworkSpec spec = network("ring.json");
    Trace trace = ReferenceSimulation.run(spec);

    JFreeChart chart = TracePlot.chart("ring.json", spec, trace);
    Path png = dir.resolve("ring.png");
    TracePlot.write(png, "ring.json", spec, trace);

    assertThat(chart.getTitle().getText()).isEqualTo("ring.json: reference simulation");
    var plots = ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots();
    assertThat(plots).hasSize(1 + 8);
    assertThat(((XYPlot) plots.get(1)).getRangeAxis().getLabel()).isEqualTo("v A");
    assertThat(((XYPlot) plots.get(8)).getRangeAxis().getLabel()).isEqualTo("v H");
    for (Object panel : plots.subList(1, plots.size())) {
      assertThat(((XYPlot) panel).getDataset().getSeriesCount()).isEqualTo(1);
    }
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(TracePlot.WIDTH);
    assertThat(image.getHeight()).isEqualTo(TracePlot.height(spec, trace));
  }
}
