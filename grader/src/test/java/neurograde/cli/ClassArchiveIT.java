package neurograde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import neurograde.testing.Folders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar grader.jar grade} keeps an archive of the grading JVM's classes in the user's
 * cache folder: the first run that grades writes it, later runs use it, and neither what they print
 * nor what they grade changes; a run that stops early keeps none; a damaged archive is ignored
 * without a word, and a cache folder others can write is not used.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassArchiveIT {

  private static final Path JAR = Path.of("target/grader.jar");

  private static final List<String> FIXTURES =
      List.of("reference", "mistake-slope-sign", "fault-compile-error-in-experiments");

  @TempDir static Path dir;

  private static Path submissions;
  private static Path cache;

  @BeforeAll
  static void writeClass() throws IOException {
    submissions = dir.resolve("class");
    for (String fixture : FIXTURES) {
      Folders.copy(
          Path.of("src/test/resources/submissions", fixture), submissions.resolve(fixture));
    }
    cache = dir.resolve("cache");
  }

  @Test
  @Order(1)
  void firstGradeRun_writesTheArchive_andGradesAsWithout() throws Exception {
    Run without = grade("without", Map.of(ClassArchive.OFF, "1"), cache);
    assertThat(cache.resolve("neurograde")).doesNotExist();

    // grading a class already graded stops early: the few classes it loads are not kept
    Run resumed = grade("without", Map.of(), cache);
    assertThat(resumed.arguments()).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="));
    assertThat(files(cache.resolve("neurograde"))).isEmpty();

    Run writing = grade("writing", Map.of(), cache);

    Path folder = cache.resolve("neurograde");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
        .isEqualTo("rwx------");
    assertThat(files(folder))
        .hasSize(1)
        .allMatch(name -> name.matches("grader-\\p{XDigit}{16}-\\d+\\.jsa"));
    assertThat(writing.arguments()).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="));
    assertThat(writing.output()).containsExactlyInAnyOrderElementsOf(without.output());
    assertThat(resultsWithoutTimings(writing.out()))
        .isEqualTo(resultsWithoutTimings(without.out()));
  }

  @Test
  @Order(2)
  void laterRuns_useIt_andGradeTheSame() throws Exception {
    Path archive = archive();
    Run using = grade("using", Map.of(), cache);

    assertThat(using.arguments()).contains("-XX:SharedArchiveFile=" + archive);
    assertThat(files(cache.resolve("neurograde")))
        .containsExactly(archive.getFileName().toString());
    assertThat(using.output())
        .containsExactlyInAnyOrderElementsOf(
            grade("plain", Map.of(ClassArchive.OFF, "1"), cache).output());
    assertThat(resultsWithoutTimings(using.out()))
        .isEqualTo(resultsWithoutTimings(dir.resolve("without")));
  }

  @Test
  @Order(3)
  void damagedArchive_isIgnoredWithoutAWord() throws Exception {
    Path archive = archive();
    Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("rw-------"));
    byte[] garbage = new byte[(int) Files.size(archive)];
    new java.util.Random(7).nextBytes(garbage);
    Files.write(archive, garbage);

    Run damaged = grade("damaged", Map.of(), cache);

    assertThat(damaged.arguments()).contains("-XX:SharedArchiveFile=" + archive);
    assertThat(damaged.output())
        .containsExactlyInAnyOrderElementsOf(
            grade("plain2", Map.of(ClassArchive.OFF, "1"), cache).output());
    assertThat(resultsWithoutTimings(damaged.out()))
        .isEqualTo(resultsWithoutTimings(dir.resolve("without")));
  }

  @Test
  @Order(4)
  void truncatedArchive_isWrittenAgain_andGradesTheSame() throws Exception {
    Path archive = archive();
    Files.delete(archive);
    grade("rewritten", Map.of(), cache);
    archive = archive();
    Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("rw-------"));
    byte[] whole = Files.readAllBytes(archive);
    // Its header whole, its classes cut short, as a crash before the data reached the disk
    // leaves it: Java 17 maps it and dies of SIGBUS on every command.
    Files.write(archive, java.util.Arrays.copyOf(whole, whole.length / 2));

    Run truncated = grade("truncated", Map.of(), cache);

    assertThat(truncated.arguments()).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="));
    assertThat(truncated.output())
        .containsExactlyInAnyOrderElementsOf(
            grade("plain3", Map.of(ClassArchive.OFF, "1"), cache).output());
    assertThat(resultsWithoutTimings(truncated.out()))
        .isEqualTo(resultsWithoutTimings(dir.resolve("without")));
    assertThat(Files.size(archive())).isGreaterThan(whole.length / 2L);
  }

  @Test
  @Order(5)
  void writingRunStopped_leavesNothingInTheFolder() throws Exception {
    Path stoppedCache = dir.resolve("stopped-cache");
    ProcessBuilder builder =
        new ProcessBuilder(command(dir.resolve("stopped")))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("stopped.log").toFile());
    builder.environment().remove(Relaunch.OFF);
    builder.environment().remove(ClassArchive.OFF);
    builder.environment().put("XDG_CACHE_HOME", stoppedCache.toString());
    Process launcher = builder.start();
    assertThat(gradingJvmOptions(launcher))
        .anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="));

    launcher.destroy(); // SIGTERM: its JVM still writes the archive as it exits

    assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(launcher.exitValue()).isNotZero();
    assertThat(files(stoppedCache.resolve("neurograde"))).isEmpty();
  }

  @Test
  @Order(6)
  void writingRunsLauncherKilled_gradingJvmEndsWithoutWritingIt() throws Exception {
    Path killedCache = dir.resolve("killed-cache");
    ProcessBuilder builder =
        new ProcessBuilder(command(dir.resolve("killed")))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("killed.log").toFile());
    builder.environment().remove(Relaunch.OFF);
    builder.environment().remove(ClassArchive.OFF);
    builder.environment().put("XDG_CACHE_HOME", killedCache.toString());
    Process launcher = builder.start();
    assertThat(gradingJvmOptions(launcher))
        .anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="));
    ProcessHandle grading =
        launcher
            .children()
            .filter(
                p ->
                    p.info().arguments().map(List::of).orElse(List.of()).contains(marker(launcher)))
            .findFirst()
            .orElseThrow();

    launcher.destroyForcibly(); // SIGKILL: a halting JVM would write the archive, grading on

    assertThat(grading.onExit().completeOnTimeout(null, 20, TimeUnit.SECONDS).get()).isNotNull();
    assertThat(files(killedCache.resolve("neurograde"))).isEmpty();
  }

  @Test
  @Order(7)
  void cacheFolderOthersCanWrite_isNotUsed() throws Exception {
    Path shared = dir.resolve("shared-cache");
    Files.createDirectories(shared.resolve("neurograde"));
    Files.setPosixFilePermissions(
        shared.resolve("neurograde"), PosixFilePermissions.fromString("rwxrwxrwx"));

    Run run = grade("shared", Map.of(), shared);

    assertThat(run.arguments()).noneMatch(a -> a.contains("Archive"));
    assertThat(files(shared.resolve("neurograde"))).isEmpty();
    assertThat(resultsWithoutTimings(run.out()))
        .isEqualTo(resultsWithoutTimings(dir.resolve("without")));
  }

  @Test
  @Order(8)
  void archiveWrittenWithARelativeJarPath_servesARunFromAnotherFolder() throws Exception {
    // every run above named the jar relatively, from the module's folder; this one names it
    // absolutely from elsewhere: the archived classes must know where the jar really is (JDK 25
    // gave them the written path, resolved against the new folder, and the grader neither found
    // its repository nor read its trusted classes)
    assertThat(archive()).exists();
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Path out = dir.resolve("from-elsewhere");
    Path log = dir.resolve("from-elsewhere.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-jar",
            JAR.toAbsolutePath().toString(),
            "grade",
            submissions.toString(),
            "--out",
            out.toString(),
            "--quiet"));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(elsewhere.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().remove(Relaunch.OFF);
    builder.environment().remove(ClassArchive.OFF);
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    Process launcher = builder.start();
    List<String> arguments = gradingJvmOptions(launcher);
    assertThat(launcher.waitFor(300, TimeUnit.SECONDS)).isTrue();

    assertThat(arguments).contains("-XX:SharedArchiveFile=" + archive());
    assertThat(launcher.exitValue()).as(Files.readString(log)).isZero();
    assertThat(Files.readString(log)).doesNotContain("grader fault");
    assertThat(resultsWithoutTimings(out)).isEqualTo(resultsWithoutTimings(dir.resolve("without")));
  }

  private static Path archive() throws IOException {
    List<String> names = files(cache.resolve("neurograde"));
    assertThat(names).hasSize(1);
    return cache.resolve("neurograde").resolve(names.get(0));
  }

  /**
   * What a run printed (without the time it took, and its lines of progress without their counts,
   * since they come in the order submissions finish), the grading JVM's options, and its output
   * folder.
   */
  private record Run(List<String> output, List<String> arguments, Path out) {}

  private static Run grade(String name, Map<String, String> environment, Path cacheHome)
      throws Exception {
    Path out = dir.resolve(name);
    Path log = dir.resolve(name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command(out)).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().remove(Relaunch.OFF);
    builder.environment().remove(ClassArchive.OFF);
    builder.environment().put("XDG_CACHE_HOME", cacheHome.toString());
    builder.environment().putAll(environment);
    Process launcher = builder.start();
    List<String> arguments = gradingJvmOptions(launcher);
    assertThat(launcher.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(launcher.exitValue()).as(Files.readString(log)).isZero();
    assertThat(arguments).as("the grading JVM's options").isNotEmpty();
    List<String> output =
        Files.readAllLines(log, StandardCharsets.UTF_8).stream()
            .map(
                line ->
                    line.replace(out.toString(), "OUT")
                        .replaceAll("in \\d+\\.\\d s", "in T")
                        .replaceFirst("^\\[\\d+/\\d+] ", "[n/N] "))
            .toList();
    return new Run(output, arguments, out);
  }

  /** {@code java -jar grader.jar grade} of the class into a folder. */
  private static List<String> command(Path out) {
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar",
        JAR.toString(),
        "grade",
        submissions.toString(),
        "--out",
        out.toString());
  }

  /** The command line of the JVM the launcher grades in, once it has started it. */
  private static List<String> gradingJvmOptions(Process launcher) throws InterruptedException {
    List<String> arguments = List.of();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (arguments.isEmpty() && launcher.isAlive() && System.nanoTime() < deadline) {
      arguments =
          launcher
              .children()
              .map(p -> p.info().arguments().map(List::of).orElse(List.<String>of()))
              .filter(a -> a.contains(marker(launcher)))
              .findFirst()
              .orElse(List.of());
      Thread.sleep(20);
    }
    return arguments;
  }

  /** The option that marks the JVM a launcher started. */
  private static String marker(Process launcher) {
    return "-D" + Relaunch.PROPERTY + "=" + launcher.pid();
  }

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  /** Each result file's text without the timings, which differ run to run. */
  private static Map<String, String> resultsWithoutTimings(Path out) throws IOException {
    Map<String, String> results = new TreeMap<>();
    try (Stream<Path> files = Files.list(out.resolve("results"))) {
      for (Path file : files.toList()) {
        results.put(
            file.getFileName().toString(),
            Files.readString(file, StandardCharsets.UTF_8)
                .replaceAll("(?s),\\s*\"timings\" : \\{[^}]*}", ""));
      }
    }
    return results;
  }
}
