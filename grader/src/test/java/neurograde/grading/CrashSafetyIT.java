package neurograde.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import neurograde.testing.Folders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing the grader with SIGKILL mid-batch loses nothing: running the same command again grades
 * only what was not finished, leaves what was finished untouched, and ends with the results of an
 * uninterrupted run. The grader's worker JVMs do not outlive it.
 */
class CrashSafetyIT {

  private static final Path JAR = Path.of("target/grader.jar");

  @TempDir static Path dir;

  private static Path submissions;

  @BeforeAll
  static void writeClass() throws IOException {
    submissions = dir.resolve("class");
    for (int i = 1; i <= 6; i++) {
      Folders.copy(
          Path.of("src/test/resources/submissions/reference"), submissions.resolve("student0" + i));
    }
    for (String fixture :
        List.of(
            "mistake-slope-sign",
            "mistake-activations",
            "fault-infinite-loop-in-step",
            "variant-unseeded-jitter")) {
      Folders.copy(
          Path.of("src/test/resources/submissions", fixture), submissions.resolve(fixture));
    }
  }

  @Test
  void killedMidBatch_theSameCommandFinishesItWithTheSameResults() throws Exception {
    Path uninterrupted = dir.resolve("uninterrupted");
    Path interrupted = dir.resolve("interrupted");
    assertThat(run(grade(uninterrupted)).waitFor()).isZero();
    int total = results(uninterrupted).size();
    assertThat(total).isEqualTo(10);

    Process grader = run(grade(interrupted));
    waitForResults(interrupted, 3, grader);
    // The worker JVMs, and the JVM that grades if `java -jar` restarted itself in one.
    List<ProcessHandle> workers = grader.descendants().toList();
    grader.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean-up
    assertThat(grader.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(workers).as("worker JVMs of the killed grader").isNotEmpty();
    for (ProcessHandle worker : workers) {
      assertThat(worker.onExit().completeOnTimeout(null, 15, TimeUnit.SECONDS).get())
          .as("worker %d still running", worker.pid())
          .isNotNull();
    }
    Map<String, byte[]> finished = bytes(interrupted);
    assertThat(finished.size()).as("results written before the kill").isBetween(3, total - 1);

    Process again = run(grade(interrupted));
    String printed = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(again.waitFor()).as("exit code; it printed: %s", printed).isZero();

    assertThat(printed)
        .contains(
            "graded "
                + (total - finished.size())
                + " submission(s), "
                + finished.size()
                + " already done");
    Map<String, byte[]> after = bytes(interrupted);
    for (Map.Entry<String, byte[]> done : finished.entrySet()) {
      assertThat(after.get(done.getKey()))
          .as("%s, finished before the kill, is not graded again", done.getKey())
          .isEqualTo(done.getValue());
    }
    assertThat(results(interrupted)).isEqualTo(results(uninterrupted));
    try (Stream<Path> files = Files.list(interrupted.resolve("results"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("nothing half-written")
          .allMatch(name -> name.endsWith(".json"));
    }
    assertThat(interrupted.resolve("index.html")).exists();
    assertThat(interrupted.resolve("gradebook.xlsx")).exists();
    assertThat(Files.readString(interrupted.resolve("grades.csv")))
        .isEqualTo(Files.readString(uninterrupted.resolve("grades.csv")));
  }

  private static List<String> grade(Path out) {
    return List.of(
        "grade", submissions.toString(), "--out", out.toString(), "--workers", "1", "--quiet");
  }

  private static Process run(List<String> args) throws IOException {
    assertThat(JAR).as("the grader jar, built by mvn package").exists();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(args);
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  private static void waitForResults(Path out, int count, Process grader) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.isDirectory(out.resolve("results")) && bytes(out).size() >= count) {
        return;
      }
      assertThat(grader.isAlive()).as("the grader is still running").isTrue();
      Thread.sleep(20);
    }
    throw new AssertionError("no " + count + " results within 2 minutes");
  }

  private static Map<String, byte[]> bytes(Path out) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> listing = Files.list(out.resolve("results"))) {
      for (Path file : listing.filter(f -> f.toString().endsWith(".json")).toList()) {
        files.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }

  /** Each result's text without its timings. */
  private static Map<String, String> results(Path out) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    bytes(out)
        .forEach(
            (name, bytes) ->
                texts.put(
                    name,
                    new String(bytes, StandardCharsets.UTF_8)
                        .replaceAll("(?s),\\s*\"timings\" : \\{[^}]*}", "")));
    return texts;
  }
}
