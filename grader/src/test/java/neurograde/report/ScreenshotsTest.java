package neurograde.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The README's screenshots exist, are the images it shows, and the script that makes them runs
 * Chromium as agreed.
 */
class ScreenshotsTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void theReadmeShowsTheScreenshotsThatTheScriptWrites() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    String script = Files.readString(ROOT.resolve("docs/screenshots.sh"), StandardCharsets.UTF_8);

    for (String image : new String[] {"docs/report.png", "docs/overview.png"}) {
      assertThat(readme).contains("](" + image + ")");
      assertThat(script).contains("\"$root/" + image + "\"");
      var decoded = ImageIO.read(ROOT.resolve(image).toFile());
      assertThat(decoded.getWidth()).as(image).isBetween(1024, 1200);
    }
    assertThat(Files.isExecutable(ROOT.resolve("docs/screenshots.sh"))).isTrue();
    assertThat(script)
        .contains(
            "--headless --no-sandbox --disable-gpu --no-first-run",
            "--disable-background-networking --disable-component-update --disable-sync",
            "--user-data-dir=\"$profile\"");
  }
}
