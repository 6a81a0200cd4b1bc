package neurograde.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngTest {

  @TempDir Path dir;

  @Test
  void encodedImage_decodesToTheSamePixels() throws IOException {
    BufferedImage image = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(7);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, random.nextInt(1 << 24));
      }
    }

    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(Png.encode(image)));

    assertThat(decoded.getWidth()).isEqualTo(37);
    assertThat(decoded.getHeight()).isEqualTo(23);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        assertThat(decoded.getRGB(x, y) & 0xffffff)
            .as("pixel (%d, %d)", x, y)
            .isEqualTo(image.getRGB(x, y) & 0xffffff);
      }
    }
  }

  @Test
  void imageOfAnotherType_isConvertedToRgb() throws IOException {
    BufferedImage image = new BufferedImage(5, 4, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(10, 200, 30));
    g.fillRect(0, 0, 5, 4);
    g.dispose();

    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(Png.encode(image)));

    assertThat(decoded.getRGB(2, 3) & 0xffffff).isEqualTo(0x0ac81e);
  }

  @Test
  void chart_isDrawnAtTwiceItsSizeForSharpScreens() throws IOException {
    JFreeChart chart =
        Charts.firingRate(
            new int[] {0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100},
            new int[] {0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100});

    byte[] png = Png.render(chart, 560, 320);

    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(decoded.getWidth()).isEqualTo(1120);
    assertThat(decoded.getHeight()).isEqualTo(640);
    assertThat(png.length).isBetween(5_000, 300_000);
  }
}
