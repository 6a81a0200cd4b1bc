package neurograde.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speed yardstick: one plain run of the four experiments in a Python model of the course's
 * published solution, written as the course's notebook is (bench/notebook_model.py, built into the
 * grader). Grading is measured against it on the same machine.
 *
 * @param wallSeconds median time on the clock of one run (s)
 * @param cpuSeconds median processor time of one run (s)
 * @param runs how many runs the medians are of
 */
public record Yardstick(double wallSeconds, double cpuSeconds, int runs) {

  private static final String RESOURCE = "/neurograde/bench/notebook_model.py";
  private static final Pattern LINE =
      Pattern.compile("yardstick wall=([0-9.]+) cpu=([0-9.]+)", Pattern.MULTILINE);

  /** A yardstick that could not be measured, and why. */
  public static final class Unavailable extends Exception {
    Unavailable(String message) {
      super(message);
    }
  }

  /**
   * Runs the model {@code runs} times with a Python interpreter.
   *
   * @param python the interpreter's command, such as {@code python3}
   * @param dir a folder to write the model into
   * @throws Unavailable if there is no such interpreter or the model fails
   */
  public static Yardstick measure(String python, int runs, Path dir)
      throws Unavailable, IOException, InterruptedException {
    Path model = dir.resolve("notebook_model.py");
    try (InputStream in = Yardstick.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new Unavailable("the grader was built without " + RESOURCE);
      }
      Files.createDirectories(dir);
      Files.write(model, in.readAllBytes());
    }
    Process process;
    try {
      process =
          new ProcessBuilder(List.of(python, model.toString(), Integer.toString(runs)))
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      throw new Unavailable("cannot run " + python + " (" + e.getMessage() + ")");
    }
    process.getOutputStream().close();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new Unavailable(python + " " + model.getFileName() + " failed: " + printed.strip());
    }
    Matcher matcher = LINE.matcher(printed);
    if (!matcher.find()) {
      throw new Unavailable(python + " printed no timing: " + printed.strip());
    }
    return new Yardstick(
        Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2)), runs);
  }

  /** Describes the yardstick in one line. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%.2f s on the clock, %.2f s of processor time (median of %d runs)",
        wallSeconds,
        cpuSeconds,
        runs);
  }
}
