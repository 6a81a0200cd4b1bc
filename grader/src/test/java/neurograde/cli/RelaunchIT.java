package neurograde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import neurograde.testing.Folders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar grader.jar} grades in a JVM started with the grading options, unless the user
 * gave the JVM options of their own; the grading JVM does not outlive its launcher, however the
 * launcher ends.
 */
class RelaunchIT {

  private static final Path JAR = Path.of("target/grader.jar");

  @TempDir static Path dir;

  private static Path submissions;

  @BeforeAll
  static void writeClass() throws IOException {
    submissions = dir.resolve("class");
    for (int i = 1; i <= 3; i++) {
      Folders.copy(
          Path.of("src/test/resources/submissions/reference"), submissions.resolve("student0" + i));
    }
  }

  @Test
  void plainJavaJar_gradesInATunedJvm_andEndsWithItsExitCode() throws Exception {
    Process launcher = start(List.of(), "plain");
    ProcessHandle grading = gradingJvm(launcher);
    assertThat(arguments(grading))
        .containsAll(Relaunch.OPTIONS)
        .contains("-D" + Relaunch.PROPERTY + "=" + launcher.pid())
        // its input is the launcher's pipe: it is told that this is not a terminal
        .contains("-D" + Relaunch.TERMINAL + "=false");
    assertThat(launcher.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(launcher.exitValue()).isZero();
    assertThat(dir.resolve("plain/results")).isDirectoryContaining("glob:**/student03.json");
  }

  @Test
  void javaWithOptionsOfItsOwn_gradesInThatJvm() throws Exception {
    Process grader = start(List.of("-Xmx400m"), "own");
    waitForWorkers(grader);
    for (ProcessHandle child : grader.children().toList()) {
      assertThat(arguments(child)).doesNotContain("-D" + Relaunch.PROPERTY + "=" + grader.pid());
    }
    assertThat(grader.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(grader.exitValue()).isZero();
  }

  @Test
  void launcherKilled_theGradingJvmAndItsWorkersEnd() throws Exception {
    Process launcher = start(List.of(), "killed");
    ProcessHandle grading = gradingJvm(launcher);
    waitForWorkers(grading);
    List<ProcessHandle> everything = new ArrayList<>(grading.descendants().toList());
    everything.add(grading);
    assertThat(grading.isAlive()).as("grading JVM before its launcher is killed").isTrue();
    launcher.destroyForcibly(); // SIGKILL: the launcher cannot pass it on
    for (ProcessHandle process : everything) {
      assertThat(process.onExit().completeOnTimeout(null, 20, TimeUnit.SECONDS).get())
          .as("process %d still running", process.pid())
          .isNotNull();
    }
  }

  @Test
  void launcherStopped_stopsTheGradingJvm() throws Exception {
    Process launcher = start(List.of(), "stopped");
    ProcessHandle grading = gradingJvm(launcher);
    waitForWorkers(grading);
    assertThat(grading.isAlive()).as("grading JVM before its launcher is stopped").isTrue();
    launcher.destroy(); // SIGTERM, as a batch system sends
    assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(grading.isAlive()).as("grading JVM after its launcher ended").isFalse();
  }

  private static Process start(List<String> jvmOptions, String out) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-jar",
            JAR.toString(),
            "grade",
            submissions.toString(),
            "--out",
            dir.resolve(out).toString(),
            "--no-reports",
            "--quiet"));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(Files.createTempFile(dir, out, ".log").toFile());
    builder.environment().remove(Relaunch.OFF);
    return builder.start();
  }

  /** The JVM the launcher started to grade in. */
  private static ProcessHandle gradingJvm(Process launcher) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      // The JDK may start a short-lived spawn helper first.
      Optional<ProcessHandle> child =
          launcher
              .children()
              .filter(p -> arguments(p).contains("-D" + Relaunch.PROPERTY + "=" + launcher.pid()))
              .findFirst();
      if (child.isPresent()) {
        return child.get();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the launcher started no grading JVM within 60 s");
  }

  private static void waitForWorkers(ProcessHandle grader) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (grader
          .descendants()
          .anyMatch(p -> arguments(p).contains("-XX:+ExitOnOutOfMemoryError"))) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no worker started within 60 s");
  }

  private static void waitForWorkers(Process grader) throws InterruptedException {
    waitForWorkers(grader.toHandle());
  }

  private static List<String> arguments(ProcessHandle process) {
    return process.info().arguments().map(List::of).orElse(List.of());
  }
}
