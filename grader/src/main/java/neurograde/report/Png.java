package neurograde.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import neurograde.internal.AtomicFile;
import org.jfree.chart.JFreeChart;

/**
 * Writes charts as PNG files, quickly: a batch draws thousands of them. ImageIO's encoder tries
 * every filter on every row at full compression; charts are mostly flat colour, so the Sub filter
 * and the fastest deflate level give files about as small in under half the time.
 */
final class Png {

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private Png() {}

  static void write(JFreeChart chart, Path file, int width, int height) throws IOException {
    write(render(chart, width, height), file);
  }

  static void write(byte[] png, Path file) throws IOException {
    AtomicFile.write(file, out -> out.write(png));
  }

  /** Draws a chart and returns it as PNG bytes. */
  static byte[] render(JFreeChart chart, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      chart.draw(g, Charts.size(width, height));
    } finally {
      g.dispose();
    }
    return encode(image);
  }

  /** Encodes an RGB image as an 8-bit truecolour PNG. */
  static byte[] encode(BufferedImage image) throws IOException {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] rgb =
        image.getType() == BufferedImage.TYPE_INT_RGB
            ? ((DataBufferInt) image.getRaster().getDataBuffer()).getData()
            : image.getRGB(0, 0, w, h, null, 0, w);
    byte[] rows = new byte[h * (1 + 3 * w)];
    int k = 0;
    for (int y = 0; y < h; y++) {
      rows[k++] = 1; // the Sub filter: each byte minus the same byte of the pixel to its left
      int left = 0;
      for (int x = 0, i = y * w; x < w; x++, i++) {
        int p = rgb[i];
        rows[k++] = (byte) ((p >> 16) - (left >> 16));
        rows[k++] = (byte) ((p >> 8) - (left >> 8));
        rows[k++] = (byte) (p - left);
        left = p;
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(rows.length / 8 + 64);
    DataOutputStream out = new DataOutputStream(bytes);
    out.write(SIGNATURE);
    ByteArrayOutputStream header = new ByteArrayOutputStream(13);
    DataOutputStream h13 = new DataOutputStream(header);
    h13.writeInt(w);
    h13.writeInt(h);
    h13.write(
        new byte[] {
          8, 2, 0, 0, 0
        }); // 8 bits a sample, truecolour, deflate, adaptive filters, no interlace
    chunk(out, "IHDR", header.toByteArray());
    chunk(out, "IDAT", deflate(rows));
    chunk(out, "IEND", new byte[0]);
    out.flush();
    return bytes.toByteArray();
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 8 + 64);
      byte[] buffer = new byte[1 << 16];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    d.writeInt(data.length);
    d.write(name);
    d.write(data);
    d.writeInt((int) crc.getValue());
  }
}
