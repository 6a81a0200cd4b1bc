package neurograde.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlotCacheTest {

  private final PlotCache cache = new PlotCache();

  @Test
  void samePlotInputs_findTheImageDrawnBefore() {
    cache.put(
        PlotCache.key("activation", 560, 320).add("tanh").add(new double[] {0.1, 0.2}),
        "data:image/png;base64,AQID");

    assertThat(
            cache.get(
                PlotCache.key("activation", 560, 320).add("tanh").add(new double[] {0.1, 0.2})))
        .isEqualTo("data:image/png;base64,AQID");
  }

  @Test
  void anyDifferenceInWhatThePlotShows_missesTheCache() {
    cache.put(
        PlotCache.key("activation", 560, 320).add("tanh").add(new double[] {0.1, 0.2}), "one");

    assertThat(
            cache.get(
                PlotCache.key("activation", 560, 320)
                    .add("tanh")
                    .add(new double[] {0.1, Math.nextUp(0.2)})))
        .as("a value one ulp away")
        .isNull();
    assertThat(
            cache.get(
                PlotCache.key("activation", 560, 320).add("sigmoid").add(new double[] {0.1, 0.2})))
        .as("another title")
        .isNull();
    assertThat(
            cache.get(
                PlotCache.key("activation", 560, 321).add("tanh").add(new double[] {0.1, 0.2})))
        .as("another size")
        .isNull();
    assertThat(cache.get(PlotCache.key("activation", 560, 320).add("tanh").add((double[]) null)))
        .as("no data")
        .isNull();
  }

  @Test
  void inputsCannotRunTogether() {
    cache.put(PlotCache.key("raster", 1, 1).addTexts(List.of("ab", "c")), "one");
    cache.put(
        PlotCache.key("raster", 1, 1).addRows(List.of(new double[] {1, 2}, new double[] {3})),
        "two");

    assertThat(cache.get(PlotCache.key("raster", 1, 1).addTexts(List.of("a", "bc")))).isNull();
    assertThat(
            cache.get(
                PlotCache.key("raster", 1, 1)
                    .addRows(List.of(new double[] {1}, new double[] {2, 3}))))
        .isNull();
    assertThat(cache.get(PlotCache.key("raster", 1, 1).add(new double[] {1, 2, 3}))).isNull();
  }

  @Test
  void oldestImages_areDroppedBeyondTheCapacity() {
    for (int i = 0; i < 300; i++) {
      cache.put(PlotCache.key("n", 1, 1).add(i), Integer.toString(i));
    }

    assertThat(cache.get(PlotCache.key("n", 1, 1).add(0))).isNull();
    assertThat(cache.get(PlotCache.key("n", 1, 1).add(299))).isEqualTo("299");
  }
}
