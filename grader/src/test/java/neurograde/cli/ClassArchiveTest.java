package neurograde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which runs write the class archive, which use it, and what is kept of it. */
class ClassArchiveTest {

  private static final List<String> OPTIONS = List.of("-XX:+UseSerialGC");

  @TempDir Path dir;

  private Path jar;
  private Map<String, String> environment;

  @BeforeEach
  void jar() throws IOException {
    jar = Files.writeString(dir.resolve("grader.jar"), "a jar");
    environment = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
  }

  @Test
  void gradeWithoutAnArchive_writesOne_asTheJvmExits() {
    ClassArchive archive = of("grade", "class", "--out", "out").orElseThrow();

    assertThat(archive.writes()).isTrue();
    String fresh = archive.file() + "." + ProcessHandle.current().pid() + ".tmp";
    assertThat(archive.options())
        .containsExactly(
            "-XX:ArchiveClassesAtExit=" + fresh,
            ClassArchive.QUIET,
            "-D" + ClassArchive.PROPERTY + "=" + fresh);
    assertThat(archive.file().getParent()).isEqualTo(dir.resolve("cache/neurograde"));
  }

  @Test
  void otherCommands_andShards_writeNone() {
    assertThat(of("export", "--out", "out")).isEmpty();
    assertThat(of("grade", "class", "--shard=1/3", "--out", "out")).isEmpty();
    assertThat(of("grade", "class", "--shard", "1/3", "--out", "out")).isEmpty();
    assertThat(of()).isEmpty();
  }

  @Test
  void anArchiveOnceKept_isUsedByEveryCommand() throws IOException {
    ClassArchive writing = of("bench").orElseThrow();
    written(writing, true);
    writing.keep(0);

    assertThat(writing.file()).hasContent("classes");
    for (String command : List.of("export", "grade", "gradescope")) {
      ClassArchive using = of(command).orElseThrow();
      assertThat(using.writes()).isFalse();
      assertThat(using.options())
          .containsExactly("-XX:SharedArchiveFile=" + writing.file(), ClassArchive.QUIET);
    }
  }

  @Test
  void aRunThatWroteNothing_keepsNothing() throws IOException {
    ClassArchive writing = of("grade").orElseThrow();
    writing.keep(0);

    assertThat(writing.file()).doesNotExist();
    assertThat(of("grade").orElseThrow().writes()).isTrue();
  }

  @Test
  void aRunThatStoppedEarlyOrFailed_keepsNothing_andLeavesNothing() throws IOException {
    ClassArchive stoppedEarly = of("grade").orElseThrow();
    written(stoppedEarly, false);
    stoppedEarly.keep(0);
    ClassArchive failed = of("grade").orElseThrow();
    written(failed, true);
    failed.keep(2);

    assertThat(stoppedEarly.file()).doesNotExist();
    try (Stream<Path> left = Files.list(stoppedEarly.file().getParent())) {
      assertThat(left).isEmpty();
    }
  }

  /**
   * Does what the grading JVM of a run that writes the archive does: the JVM writes the archive as
   * it exits; the run says whether it is worth keeping.
   */
  private static void written(ClassArchive archive, boolean worthKeeping) throws IOException {
    String fresh = archive.options().get(0).split("=", 2)[1];
    Files.writeString(Path.of(fresh), "classes");
    if (worthKeeping) {
      System.setProperty(ClassArchive.PROPERTY, fresh);
      try {
        ClassArchive.worthKeeping();
      } finally {
        System.clearProperty(ClassArchive.PROPERTY);
      }
    }
  }

  @Test
  void anotherJarOrJvmOptions_getTheirOwnArchive() throws IOException {
    Path first = of("grade").orElseThrow().file();
    Files.writeString(jar, "another jar, rebuilt");
    Path rebuilt = of("grade").orElseThrow().file();
    Path otherOptions =
        ClassArchive.of(
                jar, List.of("-XX:+UseG1GC"), new String[] {"grade"}, environment, options -> true)
            .orElseThrow()
            .file();

    assertThat(List.of(first, rebuilt, otherOptions)).doesNotHaveDuplicates();
  }

  @Test
  void archiveOthersCanWrite_isNotUsed() throws IOException {
    ClassArchive writing = of("grade").orElseThrow();
    Files.writeString(writing.file(), "classes");
    Files.setPosixFilePermissions(writing.file(), PosixFilePermissions.fromString("rw-rw-r--"));

    assertThat(of("export")).isEmpty();
    assertThat(of("grade")).isEmpty();
  }

  @Test
  void cacheFolderOthersCanWrite_isNotUsed() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("cache/neurograde"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwx---"));

    assertThat(of("grade")).isEmpty();
  }

  @Test
  void turnedOff_noArchive() {
    environment = Map.of(ClassArchive.OFF, "1", "XDG_CACHE_HOME", dir.toString());

    assertThat(of("grade")).isEmpty();
    assertThat(dir.resolve("neurograde")).doesNotExist();
  }

  @Test
  void prune_keepsTheNewestArchives_andDeletesAbandonedOnes() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("cache/neurograde"));
    Instant now = Instant.now();
    for (int i = 0; i < 5; i++) {
      Path archive = Files.writeString(folder.resolve("grader-" + i + ".jsa"), "classes");
      Files.setLastModifiedTime(archive, FileTime.from(now.minus(Duration.ofMinutes(i))));
    }
    Path abandoned = Files.writeString(folder.resolve("grader-x.jsa.12.tmp"), "half");
    Files.setLastModifiedTime(abandoned, FileTime.from(now.minus(Duration.ofHours(2))));
    Path beingWritten = Files.writeString(folder.resolve("grader-x.jsa.13.tmp"), "half");
    Path other = Files.writeString(folder.resolve("notes.txt"), "not ours");

    ClassArchive.prune(folder);

    try (Stream<Path> left = Files.list(folder)) {
      assertThat(left.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(
              "grader-0.jsa",
              "grader-1.jsa",
              "grader-2.jsa",
              beingWritten.getFileName().toString(),
              other.getFileName().toString());
    }
  }

  @Test
  void aJvmThatCannotWriteAnArchive_isNotAskedTo() {
    // without the JDK's own archive (-Xshare:off here; some JDKs ship none), a JVM asked to write
    // one does not start
    List<String> noJdkArchive = List.of("-Xshare:off");
    assertThat(ClassArchive.of(jar, noJdkArchive, new String[] {"grade"}, environment)).isEmpty();
    assertThat(ClassArchive.of(jar, OPTIONS, new String[] {"grade"}, environment)).isPresent();

    try (Stream<Path> left = Files.list(dir.resolve("cache/neurograde"))) {
      assertThat(left).as("the probes' archives are deleted").isEmpty();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Optional<ClassArchive> of(String... command) {
    // as if every JVM started: the real probe is tested above
    return ClassArchive.of(jar, OPTIONS, command, environment, options -> true);
  }
}
