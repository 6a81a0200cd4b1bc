package neurograde.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The grading JVM's classes as the JVM has already loaded and checked them (a class-data-sharing
 * archive, JDK 13 and later), kept between runs in the user's cache folder.
 *
 * <p>A grading run loads about 4,500 classes (javac's, Jackson's, the charts', POI's); read from an
 * archive, the JVM maps them rather than parsing and checking each again. The first {@code grade}
 * or {@code bench} run with a given jar and JVM writes the archive as it exits; every later run of
 * any command uses it. A missing, stale or damaged archive is ignored by the JVM itself (it then
 * loads classes as usual), and the JVM's messages about archives are turned off, so an archive
 * never changes what a run prints or does, only how fast it starts.
 *
 * <p>The archive is code the grading JVM runs, so it is kept only in a folder that is the user's
 * own and that no one else can write (created so); otherwise there is none. Its name holds its
 * size: Java 17 maps a truncated archive and crashes (SIGBUS) on every command, so one whose size
 * differs is deleted rather than used.
 */
final class ClassArchive {

  /** Environment variable that turns the archive off. */
  static final String OFF = "NEUROGRADE_NO_CLASS_ARCHIVE";

  /** Archives kept in the folder: one per jar and JVM, the newest few. */
  static final int KEPT = 3;

  /**
   * The JVM's messages about archives (a stale one, classes it cannot store) are not the user's.
   */
  static final String QUIET = "-Xlog:cds*=off";

  /** Commands whose run writes a missing archive: they load nearly all the grader's classes. */
  private static final Set<String> WRITERS = Set.of("grade", "bench");

  /** Words that make a command print its help or version and load next to none of its classes. */
  private static final Set<String> NOT_RUNS = Set.of("-h", "--help", "-V", "--version");

  /**
   * Free space a run needs in the folder to write an archive (about 40 MiB): a write that fails
   * makes the JVM end with code 1 and its own error message, after grading a class.
   */
  static final long ROOM = 256L << 20;

  private static final Duration ABANDONED = Duration.ofHours(1);

  private static final int PROBE_SECONDS = 20;

  /** Tells the grading JVM where it writes a new archive (see {@link #worthKeeping()}). */
  static final String PROPERTY = "neurograde.classArchive";

  /** Beside a new archive: the run that wrote it loaded what a whole grading run loads. */
  private static final String WORTH_KEEPING = ".keep";

  private static final String SUFFIX = ".jsa";

  /** A new archive while its JVM writes it, and the trial archive of the JVM's probe. */
  private static final String WRITING = ".tmp";

  private static final String PROBE = ".probe";

  private final Path archive;
  private final Path fresh;
  private final String name;

  private ClassArchive(Path archive, Path fresh, String name) {
    this.archive = archive;
    this.fresh = fresh;
    this.name = name;
  }

  /**
   * The archive for a grading JVM running {@code jar} with {@code options}, or empty if none can be
   * used or written.
   *
   * @param command the grader's command line (its first word is the command)
   * @param environment the environment the grading JVM gets
   */
  static Optional<ClassArchive> of(
      Path jar, List<String> options, String[] command, Map<String, String> environment) {
    return of(jar, options, command, environment, ClassArchive::starts);
  }

  /**
   * As {@link #of(Path, List, String[], Map)}, with what tells whether a JVM with given options
   * starts.
   */
  static Optional<ClassArchive> of(
      Path jar,
      List<String> options,
      String[] command,
      Map<String, String> environment,
      Predicate<List<String>> starts) {
    if (environment.containsKey(OFF) || Runtime.version().feature() < 13) {
      return Optional.empty();
    }
    Optional<Path> folder = folder(environment);
    if (folder.isEmpty()) {
      return Optional.empty();
    }
    String name;
    List<Path> kept = new ArrayList<>();
    try {
      name = "grader-" + ArchiveKey.of(jar, options);
      try (DirectoryStream<Path> files =
          Files.newDirectoryStream(folder.get(), name + "-*" + SUFFIX)) {
        files.forEach(kept::add);
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    for (Path archive : kept) {
      if (!PrivateFolder.isPrivateFile(archive)) {
        return Optional.empty();
      }
      if (isWhole(archive, name)) {
        return Optional.of(new ClassArchive(archive, null, name));
      }
      try {
        Files.deleteIfExists(archive); // truncated: written again by the next run that writes
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    if (command.length == 0 || !WRITERS.contains(command[0])) {
      return Optional.empty();
    }
    if (Arrays.stream(command).anyMatch(word -> word.startsWith("--shard"))) {
      return Optional.empty(); // a shard's machine is usually used once: writing would cost it
    }
    if (Arrays.stream(command).anyMatch(NOT_RUNS::contains) || !hasRoom(folder.get())) {
      return Optional.empty();
    }
    Path fresh =
        folder.get().resolve(name + SUFFIX + "." + ProcessHandle.current().pid() + WRITING);
    // A JVM that cannot map the JDK's own archive (some JDKs ship none) refuses to start at all
    // when asked to write one: try first, on a JVM that only prints its version.
    Path probe = Path.of(fresh + PROBE);
    List<String> probing = new ArrayList<>(options);
    probing.addAll(List.of("-XX:ArchiveClassesAtExit=" + probe, QUIET));
    boolean writable = starts.test(probing);
    try {
      Files.deleteIfExists(probe);
    } catch (IOException e) {
      // pruned with abandoned files later
    }
    return writable ? Optional.of(new ClassArchive(null, fresh, name)) : Optional.empty();
  }

  /** Whether an archive has the size its name gives. */
  private static boolean isWhole(Path archive, String name) {
    String file = archive.getFileName().toString();
    String size = file.substring(name.length() + 1, file.length() - SUFFIX.length());
    try {
      return Files.isRegularFile(archive, LinkOption.NOFOLLOW_LINKS)
          && size.matches("[0-9]{1,18}")
          && Files.size(archive) == Long.parseLong(size);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean hasRoom(Path folder) {
    try {
      return Files.getFileStore(folder).getUsableSpace() >= ROOM;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Whether this JVM's {@code java} with these options starts and prints its version. */
  static boolean starts(List<String> jvmOptions) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-version");
    try {
      Process java =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!java.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
        java.destroyForcibly();
        return false;
      }
      return java.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The grading JVM's options that use the archive, or write it as the JVM exits. */
  List<String> options() {
    return fresh == null
        ? List.of("-XX:SharedArchiveFile=" + archive, QUIET)
        : List.of("-XX:ArchiveClassesAtExit=" + fresh, QUIET, "-D" + PROPERTY + "=" + fresh);
  }

  /**
   * In the grading JVM, once a run has graded, reported and exported: the archive it writes as it
   * exits holds what later runs need, so it is kept. An archive of a run that stopped early (bad
   * input, a class already graded) would hold a fraction of the classes, and would be used from
   * then on.
   */
  static void worthKeeping() {
    String fresh = System.getProperty(PROPERTY);
    if (fresh != null) {
      try {
        Files.writeString(Path.of(fresh + WORTH_KEEPING), "");
      } catch (IOException | RuntimeException e) {
        // then this run's archive is not kept; a later run writes one
      }
    }
  }

  /** In the grading JVM: whether it writes an archive as it exits. */
  static boolean writtenByThisJvm() {
    return System.getProperty(PROPERTY) != null;
  }

  /** Whether this run writes the archive rather than using it. */
  boolean writes() {
    return fresh != null;
  }

  /** The archive's file this run uses, or null if it writes one. */
  Path file() {
    return archive;
  }

  /** The file the grading JVM writes the archive to, or null if it uses one. */
  Path fresh() {
    return fresh;
  }

  /**
   * Once the grading JVM has ended: the archive it wrote, if the run ended well and said it is
   * {@link #worthKeeping()}, becomes the one later runs use, and archives of older jars or JVMs
   * beyond the newest few are deleted. Never fails: without an archive, runs only start more
   * slowly.
   *
   * @return the archive kept, if any
   */
  Optional<Path> keep(int exitCode) {
    if (fresh == null) {
      return Optional.empty();
    }
    Optional<Path> kept = Optional.empty();
    Path worth = Path.of(fresh + WORTH_KEEPING);
    try {
      if (exitCode == 0
          && Files.isRegularFile(worth, LinkOption.NOFOLLOW_LINKS)
          && Files.isRegularFile(fresh, LinkOption.NOFOLLOW_LINKS)
          && Files.size(fresh) > 0) {
        // On disk before it has its name: after a crash, no half-written archive has it.
        try (FileChannel file = FileChannel.open(fresh, StandardOpenOption.READ)) {
          file.force(true);
        }
        Path archive = fresh.resolveSibling(name + "-" + Files.size(fresh) + SUFFIX);
        Files.move(
            fresh, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        kept = Optional.of(archive);
        // A run alongside may have kept one of another size for the same jar: one is enough.
        try (DirectoryStream<Path> same =
            Files.newDirectoryStream(archive.getParent(), name + "-*" + SUFFIX)) {
          for (Path other : same) {
            if (!other.equals(archive)) {
              Files.deleteIfExists(other);
            }
          }
        }
      } else {
        Files.deleteIfExists(fresh);
      }
      Files.deleteIfExists(worth);
      prune(fresh.getParent());
    } catch (IOException | RuntimeException e) {
      // another run may have kept its own; the next run tries again
    }
    return kept;
  }

  /** Deletes all but the newest {@link #KEPT} archives, and files abandoned by killed runs. */
  static void prune(Path folder) throws IOException {
    List<Path> archives = new ArrayList<>();
    Instant abandoned = Instant.now().minus(ABANDONED);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "grader-*")) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (name.endsWith(SUFFIX)) {
          archives.add(file);
        } else if ((name.endsWith(WRITING) || name.endsWith(WORTH_KEEPING) || name.endsWith(PROBE))
            && Files.getLastModifiedTime(file).toInstant().isBefore(abandoned)) {
          Files.deleteIfExists(file);
        }
      }
    }
    archives.sort(
        (a, b) -> {
          try {
            return modified(b).compareTo(modified(a));
          } catch (IOException e) {
            return 0;
          }
        });
    for (Path old : archives.subList(Math.min(KEPT, archives.size()), archives.size())) {
      Files.deleteIfExists(old);
    }
  }

  private static FileTime modified(Path file) throws IOException {
    return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * The cache folder, {@code $XDG_CACHE_HOME/neurograde} or {@code ~/.cache/neurograde}, created
   * private if missing; empty if it is not private to this user.
   */
  static Optional<Path> folder(Map<String, String> environment) {
    String cache = environment.get("XDG_CACHE_HOME");
    Path base;
    try {
      if (cache != null && !cache.isBlank() && Path.of(cache).isAbsolute()) {
        base = Path.of(cache);
      } else {
        String home = System.getProperty("user.home", "");
        if (home.isBlank() || home.equals("?")) {
          return Optional.empty();
        }
        base = Path.of(home, ".cache");
      }
    } catch (InvalidPathException e) {
      return Optional.empty(); // a name this locale cannot encode, say
    }
    if (Files.exists(base) && !PrivateFolder.isOwn(base)) {
      // Another user's cache (sudo -E keeps XDG_CACHE_HOME): a folder of root's there would be
      // one its owner can neither use nor delete.
      return Optional.empty();
    }
    return PrivateFolder.of(base.resolve("neurograde"));
  }
}
