package neurons;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import selfcheck.Expect;
import selfcheck.NotWrittenYet;

/** Self-check of the plots that Experiments.main draws: the ones the TA marks. */
@DisplayName("Plots: Experiments.main")
@Order(5)
@ExtendWith(NotWrittenYet.class)
class PlotsSelfCheckTest {

  /** Where this check asks main to write its plots (args[0]). */
  private static final Path FOLDER = Path.of("target", "self-check", "your-plots");

  @Test
  @DisplayName("plots: Experiments.main writes the plots of 3a-iii, 3b-ii, 3c-ii, 3d-iv and 4b (at least 5 PNG files)")
  void main_writesThePlots(TestReporter reporter) throws IOException {
    FileTime start = FileTime.fromMillis(System.currentTimeMillis() - 2000);
    Experiments.main(new String[] {FOLDER.toString()});

    List<Path> written = newPngs(FOLDER, start);
    Path where = FOLDER;
    if (written.isEmpty()) {
      written = newPngs(Path.of("plots"), start);
      where = Path.of("plots");
    }
    Expect.that(written.size() >= 5,
        "Experiments.main wrote " + written.size() + " PNG file(s) into " + FOLDER + " (the folder given as args[0]) or plots/"
            + (written.isEmpty() ? "" : ": " + names(written)) + ".",
        "main draws, with the Plots class: 3a-iii the firing rate against the input rate (Plots.dots), the spike rasters"
            + " of 3b-ii, 3c-ii and 3d-iv (Plots.raster), and the functions of 4b with their derivatives (Plots.curves).");
    reporter.publishEntry("note", "wrote " + written.size() + " plots into " + where.toString().replace('\\', '/') + "/: "
        + names(written) + ". Compare them with the figures of target/self-check/.");
  }

  private static List<Path> newPngs(Path folder, FileTime since) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(p -> p.toString().toLowerCase().endsWith(".png")).filter(p -> {
        try {
          return Files.getLastModifiedTime(p).compareTo(since) >= 0;
        } catch (IOException e) {
          return false;
        }
      }).sorted().toList();
    }
  }

  private static String names(List<Path> files) {
    return String.join(", ", files.stream().map(p -> p.getFileName().toString()).toList());
  }
}
