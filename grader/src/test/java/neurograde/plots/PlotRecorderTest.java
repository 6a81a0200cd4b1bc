package neurograde.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recorder keeps what main asks Plots to draw as Plots would draw it, within its bounds. */
class PlotRecorderTest {

  private final PlotRecorder recorder = new PlotRecorder();

  private DrawnPlots recordOne(String method, Object... args) {
    recorder.start();
    recorder.record(method, args);
    return recorder.stop(null);
  }

  @Test
  void callsOutsideARecording_areIgnored() {
    recorder.record("dots", new Object[] {"a.png", "t", "x", "y", new double[1], new double[1]});
    recorder.start();
    DrawnPlots plots = recorder.stop("it threw");

    assertThat(plots.figures()).isEmpty();
    assertThat(plots.failure()).isEqualTo("it threw");
  }

  @Test
  void dots_keepTitleLabelsAndEveryPoint() {
    DrawnPlots plots =
        recordOne(
            "dots",
            "plots/3a.png",
            "3a: rate",
            "input rate (Hz)",
            "output (Hz)",
            new double[] {5, 10, 15},
            new double[] {0, 1.5, 3});

    DrawnFigure figure = plots.figures().get(0);
    assertThat(figure.call()).isEqualTo("dots");
    assertThat(figure.file()).isEqualTo("plots/3a.png");
    assertThat(figure.title()).isEqualTo("3a: rate");
    assertThat(figure.xLabel()).isEqualTo("input rate (Hz)");
    assertThat(figure.yLabel()).isEqualTo("output (Hz)");
    DrawnSeries dots = figure.series().get(0);
    assertThat(dots.x()).containsExactly(5f, 10f, 15f);
    assertThat(dots.y()).containsExactly(0f, 1.5f, 3f);
    assertThat(dots.given()).isEqualTo(3);
    assertThat(dots.reduced()).isNull();
    assertThat(figure.reduced()).isFalse();
  }

  @Test
  void raster_labelsRowsAsPlotsDoes_withIndicesWhereLabelsRunOut() {
    List<List<Double>> spikes = List.of(List.of(0.1, 0.2), List.of(0.3), List.of());
    DrawnFigure figure =
        recordOne("raster", "3b.png", "3b", spikes, List.of("A"), 1.0).figures().get(0);

    assertThat(figure.series()).extracting(DrawnSeries::name).containsExactly("A", "1", "2");
    assertThat(figure.series().get(0).x()).containsExactly(0.1f, 0.2f);
    assertThat(figure.series().get(0).y()).isEmpty();
    assertThat(figure.xEnd()).isEqualTo(1.0);
    assertThat(figure.xLabel()).isEqualTo("time (s)");
    assertThat(figure.yLabel()).isEqualTo("neuron");
  }

  @Test
  void trace_readsLinkedListsAndLeavesOutValuesThatAreNotNumbers() {
    List<Double> t = new LinkedList<>(List.of(0.0, 0.001, 0.002, 0.003));
    List<Double> v = new LinkedList<>(Collections.nCopies(4, 0.5));
    v.set(2, Double.NaN);
    List<Double> s = new ArrayList<>(Collections.nCopies(4, 1.0));
    s.set(1, null);

    DrawnFigure figure = recordOne("trace", "v.png", "v and s", t, v, s).figures().get(0);

    assertThat(figure.series()).extracting(DrawnSeries::name).containsExactly("v", "s");
    assertThat(figure.series().get(0).x()).containsExactly(0f, 0.001f, 0.003f);
    assertThat(figure.series().get(1).x()).containsExactly(0f, 0.002f, 0.003f);
    assertThat(figure.series().get(0).given()).isEqualTo(4);
  }

  @Test
  void curves_nameEachCurveOrCallItByIndex() {
    double[] z = {-1, 0, 1};
    DrawnFigure figure =
        recordOne(
                "curves",
                "4b.png",
                "4b",
                z,
                List.of("sigmoid"),
                List.of(new double[] {0.27, 0.5, 0.73}, new double[] {0, 0, 1}))
            .figures()
            .get(0);

    assertThat(figure.series()).extracting(DrawnSeries::name).containsExactly("sigmoid", "f1");
    assertThat(figure.series().get(1).y()).containsExactly(0f, 0f, 1f);
  }

  @Test
  void aLongLine_isThinnedToEachStretchsExtremes_soEverySpikeStaysVisible() {
    int n = 40_000;
    List<Double> t = new ArrayList<>();
    List<Double> v = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      t.add(i * 0.001);
      v.add(i % 997 == 500 ? 1.0 : (i % 997) / 2000.0); // a spike to 1 every 997 steps
    }

    DrawnSeries line = recordOne("trace", "f", "t", t, v, v).figures().get(0).series().get(0);

    assertThat(line.kept()).isLessThanOrEqualTo(CallReader.MAX_LINE_POINTS);
    assertThat(line.given()).isEqualTo(n);
    assertThat(line.reduced()).isEqualTo(DrawnSeries.EXTREMES);
    long peaks = 0;
    for (float y : line.y()) {
      peaks += y == 1f ? 1 : 0;
    }
    assertThat(peaks).isEqualTo(n / 997 + (n % 997 > 500 ? 1 : 0));
    for (int i = 1; i < line.kept(); i++) {
      assertThat(line.x()[i]).isGreaterThan(line.x()[i - 1]);
    }
    assertThat(line.x()[line.kept() - 1]).isCloseTo((n - 1) * 0.001f, within(1e-3f));
  }

  @Test
  void aFlood_isBoundedInFiguresPointsRowsAndText() {
    double[] many = new double[3_000_000];
    java.util.Arrays.fill(many, 1.0);
    String hugeTitle = "T".repeat(5_000_000);
    List<List<Double>> rows = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      rows.add(List.of(0.5));
    }
    List<double[]> curves = Collections.nCopies(500, many);

    recorder.start();
    recorder.record("raster", new Object[] {hugeTitle, hugeTitle, rows, List.of(hugeTitle), 1.0});
    recorder.record("curves", new Object[] {"c", "c", many, List.of(), curves});
    for (int i = 0; i < 1000; i++) {
      recorder.record("dots", new Object[] {"d", hugeTitle, hugeTitle, "y", many, many});
    }
    DrawnPlots plots = recorder.stop(null);

    assertThat(plots.figures()).hasSize(PlotRecorder.MAX_FIGURES);
    assertThat(plots.callsLeftOut()).isEqualTo(1002 - PlotRecorder.MAX_FIGURES);
    long points = 0;
    for (DrawnFigure figure : plots.figures()) {
      assertThat(figure.title()).hasSizeLessThanOrEqualTo(CallReader.MAX_TEXT + 1);
      long inFigure = figure.series().stream().mapToLong(DrawnSeries::kept).sum();
      assertThat(inFigure).isLessThanOrEqualTo(CallReader.MAX_FIGURE_POINTS);
      points += inFigure;
    }
    assertThat(points).isLessThanOrEqualTo(CallReader.MAX_RECORDING_POINTS);
    DrawnFigure raster = plots.figures().get(0);
    assertThat(raster.title()).endsWith("\u2026");
    assertThat(raster.series()).hasSize(CallReader.MAX_ROWS);
    assertThat(raster.givenSeries()).isEqualTo(10_000);
    assertThat(raster.series().get(0).name()).hasSize(CallReader.MAX_NAME + 1);
    DrawnFigure curvesFigure = plots.figures().get(1);
    assertThat(curvesFigure.series()).hasSize(CallReader.MAX_CURVES);
    assertThat(curvesFigure.givenSeries()).isEqualTo(500);
    assertThat(curvesFigure.reduced()).isTrue();
    DrawnFigure dots = plots.figures().get(2);
    assertThat(dots.series().get(0).kept()).isEqualTo(CallReader.MAX_DOTS);
    assertThat(dots.series().get(0).given()).isEqualTo(3_000_000);
    assertThat(dots.series().get(0).reduced()).isEqualTo(DrawnSeries.FIRST);
  }

  @Test
  void aCallWithArgumentsPlotsDoesNotTake_keepsItsNameOnly() {
    DrawnFigure figure = recordOne("heatmap", "h.png", "heat", new int[3]).figures().get(0);

    assertThat(figure.call()).isEqualTo("heatmap");
    assertThat(figure.title()).isEqualTo("heat");
    assertThat(figure.series()).isEmpty();
  }

  @Test
  void shorten_neverSplitsASurrogatePair() {
    String text = "a".repeat(CallReader.MAX_TEXT - 1) + "\uD83D\uDE00" + "b";

    String shortened = CallReader.shorten(text, CallReader.MAX_TEXT);

    assertThat(shortened).isEqualTo("a".repeat(CallReader.MAX_TEXT - 1) + "\u2026");
  }
}
