package neurograde.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import neurograde.plots.DrawnFigure;
import neurograde.plots.DrawnSeries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each plot a main draws is shown under the question its label, kind, words or rows say. */
class PlotQuestionsTest {

  private static DrawnFigure figure(String call, String file, String title, int rows) {
    List<DrawnSeries> series = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      series.add(new DrawnSeries("n" + i, new float[0], new float[0], 0, null));
    }
    return new DrawnFigure(call, file, title, "x", "y", series, rows, 1.0);
  }

  @ParameterizedTest(name = "{0} {1} \"{2}\" with {3} rows: {4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // a label in the file name or the title decides
        "raster | plots/3b-two-neurons.png | 3b: two LIF neurons | 3 | 3b",
        "raster | out/Q3c.png | Figure 2 | 3 | 3c",
        "raster | fig.png | Question 3(d): the ring | 2 | 3d",
        "dots | plots/exp_3a.png | - | 1 | 3a",
        "curves | part4b.png | activations | 6 | 4b",
        "raster | 3.b.png | - | 9 | 3b",
        "dots | - | 3A firing rate | 1 | 3a",
        // a label for a question without a plot, or a number that is no label, does not
        "raster | 4a.png | - | 3 | 3b",
        "raster | 13d.png | 30 Hz input | 3 | 3b",
        // otherwise what it draws: dots for 3a, curves for 4b
        "dots | rate.png | firing rate | 1 | 3a",
        "curves | act.png | functions | 6 | 4b",
        // rasters and traces by their words, then a raster by its rows
        "raster | a.png | inhibition of A and B | 9 | 3c",
        "raster | ring_plot.png | - | 3 | 3d",
        "raster | a.png | firing of the pair | 9 | 3b",
        "raster | a.png | spikes | 9 | 3d",
        "raster | a.png | spikes | 3 | 3b",
        "raster | a.png | spikes | 5 | 3c",
        "raster | a.png | spikes | 2 | -",
        "trace | v.png | membrane potential | 2 | -",
        "trace | v.png | ring neuron A | 2 | 3d",
        "heatmap | 3b.png | - | 0 | 3b",
        "heatmap | h.png | - | 0 | -",
      })
  void question(String call, String file, String title, int rows, String question) {
    assertThat(PlotQuestions.of(figure(call, file, title, rows))).isEqualTo(question);
  }
}
