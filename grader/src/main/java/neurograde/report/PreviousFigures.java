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

  private PreviousFigures() {}

  /** Reads the images of a page as data: URLs by key; an absent or unreadable page has none. */
  static Map<String, String> of(Path page) {
    Map<String, String> figures = new HashMap<>();
    if (!Files.isRegularFile(page)) {
      return figures;
    }
    try {
      for (Element img : Jsoup.parse(page.toFile(), "UTF-8").select("img[data-key]")) {
        String src = img.attr("src");
        if (src.startsWith(Figure.DATA_PNG)) {
          // a page is ours, but it is a file anyone could edit: keep only what decodes as base64
          Base64.getDecoder().decode(src.substring(Figure.DATA_PNG.length()));
          figures.put(img.attr("data-key"), src);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return Map.of(); // drawn again
    }
    return figures;
  }
}
