package neurograde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
    Path fresh = archive.fresh();
    assertThat(archive.options())
        .containsExactly(
            "-XX:ArchiveClassesAtExit=" + fresh,
            ClassArchive.QUIET,
            "-D" + ClassArchive.PROPERTY + "=" + fresh);
    assertThat(fresh.getParent()).isEqualTo(dir.resolve("cache/neurograde"));
    assertThat(fresh.getFileName().toString())
        .matches("grader-\\p{XDigit}{16}\\.jsa\\." + ProcessHandle.current().pid() + "\\.tmp");
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
    Path kept = writing.keep(0).orElseThrow();

    assertThat(kept).hasContent("classes");
    // its name holds its size
    assertThat(kept.getFileName().toString()).matches("grader-\\p{XDigit}{16}-7\\.jsa");
    for (String command : List.of("export", "grade", "gradescope")) {
      ClassArchive using = of(command).orElseThrow();
      assertThat(using.writes()).isFalse();
      assertThat(using.options())
          .containsExactly("-XX:SharedArchiveFile=" + kept, ClassArchive.QUIET);
    }
  }

  @Test
  void aRunThatWroteNothing_keepsNothing() throws IOException {
    ClassArchive writing = of("grade").orElseThrow();

    assertThat(writing.keep(0)).isEmpty();
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

    try (Stream<Path> left = Files.list(stoppedEarly.fresh().getParent())) {
      assertThat(left).isEmpty();
    }
  }

  /**
   * Does what the grading JVM of a run that writes the archive does: the JVM writes the archive as
   * it exits; the run says whether it is worth keeping.
   */
  private static void written(ClassArchive archive, boolean worthKeeping) throws IOException {
    written(archive, worthKeeping, "classes");
  }

  private static void written(ClassArchive archive, boolean worthKeeping, String classes)
      throws IOException {
    String fresh = archive.options().get(0).split("=", 2)[1];
    Files.writeString(Path.of(fresh), classes);
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
    Path first = kept(of("grade").orElseThrow(), "classes");
    Files.writeString(jar, "another jar, rebuilt");
    Path rebuilt = kept(of("grade").orElseThrow(), "classes");
    Path otherOptions =
        kept(
            ClassArchive.of(
                    jar,
                    List.of("-XX:+UseG1GC"),
                    new String[] {"grade"},
                    environment,
                    options -> true)
                .orElseThrow(),
            "classes");

    assertThat(List.of(first, rebuilt, otherOptions)).doesNotHaveDuplicates();
  }

  @Test
  void jarReplacedKeepingItsSizeAndTime_getsItsOwnArchive() throws IOException {
    // cp -p, unzip or rsync -a keep both, and the JVM checks only these
    FileTime time = FileTime.from(Instant.parse("2026-01-05T10:00:00Z"));
    writeJar("version 1");
    Files.setLastModifiedTime(jar, time);
    kept(of("grade").orElseThrow(), "classes of version 1");

    writeJar("version 2");
    Files.setLastModifiedTime(jar, time);

    assertThat(of("export")).isEmpty();
    assertThat(of("grade").orElseThrow().writes()).isTrue();
  }

  @Test
  void truncatedArchive_isDeleted_andWrittenAgain() throws IOException {
    Path kept = kept(of("grade").orElseThrow(), "all the classes");
    Files.writeString(kept, "all the"); // Java 17 would map it and crash with SIGBUS

    assertThat(of("export")).isEmpty();
    assertThat(kept).doesNotExist();
    assertThat(of("grade").orElseThrow().writes()).isTrue();
  }

  @Test
  void twoRunsWritingAtOnce_leaveOneArchive() throws IOException {
    ClassArchive first = of("grade").orElseThrow();
    ClassArchive second = of("grade").orElseThrow();
    // the same pid here: the second writes its file after the first has kept its own
    kept(first, "classes");
    Path kept = kept(second, "more classes");

    try (Stream<Path> left = Files.list(kept.getParent())) {
      assertThat(left).containsExactly(kept);
    }
  }

  @Test
  void helpAndVersion_writeNone() {
    assertThat(of("grade", "--help")).isEmpty();
    assertThat(of("grade", "-h")).isEmpty();
    assertThat(of("bench", "--version")).isEmpty();
    assertThat(of("grade", "-V")).isEmpty();
  }

  @Test
  void archiveOthersCanWrite_isNotUsed() throws IOException {
    Path kept = kept(of("grade").orElseThrow(), "classes");
    Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw-r--"));

    assertThat(of("export")).isEmpty();
    assertThat(of("grade")).isEmpty();
  }

  @Test
  void cacheFolderThisLocaleCannotName_noArchive_andNoFailure() {
    environment = Map.of("XDG_CACHE_HOME", "/tmp/cache\u0000folder");

    assertThat(of("grade")).isEmpty();
  }

  @Test
  void cacheHomeOfAnotherUser_getsNoFolderOfOurs() throws IOException {
    // sudo -E: root would leave a folder the user can neither use nor delete
    Path theirs = Files.createDirectories(dir.resolve("their-cache"));
    boolean root = Files.getAttribute(dir, "unix:uid").equals(0);
    if (root) {
      Files.setAttribute(theirs, "unix:uid", 65534);
    } else {
      theirs = Path.of("/tmp"); // root's, and anyone may write in it
    }
    environment = Map.of("XDG_CACHE_HOME", theirs.toString());

    assertThat(of("grade")).isEmpty();
    if (root) {
      assertThat(theirs.resolve("neurograde")).doesNotExist();
    }
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
  void aJvmThatWouldNotStart_isNotAskedToWriteAnArchive() {
    String[] grade = {"grade"};
    assertThat(ClassArchive.of(jar, List.of("-XX:+NoSuchOptionInAnyJvm"), grade, environment))
        .isEmpty();
    if (Runtime.version().feature() == 17) {
      // Java 17 without the JDK's own archive (-Xshare:off here; some JDKs ship none) refuses to
      // start when asked to write one (Java 25 starts, and writes none)
      assertThat(ClassArchive.of(jar, List.of("-Xshare:off"), grade, environment)).isEmpty();
    }
    assertThat(ClassArchive.of(jar, OPTIONS, grade, environment)).isPresent();

    try (Stream<Path> left = Files.list(dir.resolve("cache/neurograde"))) {
      assertThat(left).as("the probes' archives are deleted").isEmpty();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** What a writing run keeps once its JVM wrote {@code classes} and the run ended well. */
  private static Path kept(ClassArchive writing, String classes) throws IOException {
    written(writing, true, classes);
    return writing.keep(0).orElseThrow();
  }

  /** A jar of one entry, stored, so that another text of the same length gives the same size. */
  private void writeJar(String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      ZipEntry entry = new ZipEntry("version.txt");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(bytes.length);
      entry.setCrc(crc.getValue());
      entry.setTime(0);
      zip.putNextEntry(entry);
      zip.write(bytes);
      zip.closeEntry();
    }
  }

  private Optional<ClassArchive> of(String... command) {
    // as if every JVM started: the real probe is tested above
    return ClassArchive.of(jar, OPTIONS, command, environment, options -> true);
  }
}
