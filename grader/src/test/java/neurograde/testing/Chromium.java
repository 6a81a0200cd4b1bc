package neurograde.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium (Debian's {@code chromium} package), for tests of how pages look in a browser.
 * Each run gets a new empty profile and no network services. Tests that need it are skipped where
 * it is not installed.
 */
public final class Chromium {

  private static final Path BINARY = Path.of("/usr/bin/chromium");

  private final Path work;

  private Chromium(Path work) {
    this.work = work;
  }

  /** Returns Chromium, working in a folder of its own, or empty if it is not installed. */
  public static Optional<Chromium> find(Path work) {
    return Files.isExecutable(BINARY) ? Optional.of(new Chromium(work)) : Optional.empty();
  }

  /** Why tests that need Chromium are skipped. */
  public static final String MISSING =
      "Chromium is not installed (apt-get install chromium); skipping the browser check";

  /** Writes a screenshot of a page as a window of the given size would show it. */
  public void screenshot(Path page, int width, int height, Path png)
      throws IOException, InterruptedException {
    run(List.of("--window-size=" + width + "," + height, "--screenshot=" + png), page, null);
  }

  /**
   * Loads a page in a window of the given width, runs its scripts (and {@code script}, added at the
   * end of the page) and returns the document as it then is.
   */
  public String dom(Path page, int width, String script) throws IOException, InterruptedException {
    Path copy = Files.createTempFile(work, "page", ".html");
    Files.writeString(
        copy,
        Files.readString(page, StandardCharsets.UTF_8) + "<script>" + script + "</script>",
        StandardCharsets.UTF_8);
    Path out = Files.createTempFile(work, "dom", ".html");
    run(List.of("--window-size=" + width + ",900", "--dump-dom"), copy, out);
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private void run(List<String> options, Path page, Path stdout)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                BINARY.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + Files.createTempDirectory(work, "profile")));
    command.addAll(options);
    command.add(page.toUri().toString());
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(work.resolve("chromium.log").toFile());
    if (stdout != null) {
      builder.redirectOutput(stdout.toFile());
    } else {
      builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("Chromium did not finish in 120 s on " + page);
    }
  }
}
