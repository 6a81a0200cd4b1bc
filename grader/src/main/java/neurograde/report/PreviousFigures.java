package neurograde.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The figures embedded in a report written before, by key, so a report written again after a change
 * of marks only reuses them instead of drawing them again.
 */
final class PreviousFigures {

  private static final String DATA_PNG = "data:image/png;base64,";

  private PreviousFigures() {}

  /** Reads the figures of a page; an absent or unreadable page has none. */
  static Map<String, Figure> of(Path page) {
    Map<String, Figure> figures = new HashMap<>();
    if (!Files.isRegularFile(page)) {
      return figures;
    }
    try {
      for (Element img : Jsoup.parse(page.toFile(), "UTF-8").select("img[data-key]")) {
        String src = img.attr("src");
        if (src.startsWith(DATA_PNG)) {
          byte[] png = Base64.getDecoder().decode(src.substring(DATA_PNG.length()));
          figures.put(img.attr("data-key"), new Figure(img.attr("data-key"), "", png, 0, 0));
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return Map.of(); // drawn again
    }
    return figures;
  }
}
