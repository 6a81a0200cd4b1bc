package neurograde.report;

import java.util.Base64;

/**
 * One image of a report, embedded in the page so the page is a single file a student can be sent.
 *
 * @param key a digest of everything the image shows, so a page written again can reuse it
 * @param alt what the image shows and whose it is, for readers who cannot see it
 * @param source the image as a {@code data:} URL of a PNG drawn at {@link Png#SCALE} times its size
 * @param width its width on the page (CSS pixels)
 * @param height its height on the page (CSS pixels)
 */
record Figure(String key, String alt, String source, int width, int height) {

  static final String DATA_PNG = "data:image/png;base64,";

  /** Returns a PNG image as a {@code data:} URL. */
  static String source(byte[] png) {
    return DATA_PNG + Base64.getEncoder().encodeToString(png);
  }
}
