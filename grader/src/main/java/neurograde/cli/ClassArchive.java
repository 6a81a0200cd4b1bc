package neurograde.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
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
 * own and that no one else can write (created so); otherwise there is none.
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

  private static final Duration ABANDONED = Duration.ofHours(1);

  private static final int PROBE_SECONDS = 20;

  /** Tells the grading JVM where it writes a new archive (see {@link #worthKeeping()}). */
  static final String PROPERTY = "neurograde.classArchive";

  /** Beside a new archive: the run that wrote it loaded what a whole grading run loads. */
  private static final String WORTH_KEEPING = ".keep";

  private static final String SUFFIX = ".jsa";

  private final Path archive;
  private final Path fresh;

  private ClassArchive(Path archive, Path fresh) {
    this.archive = archive;
    this.fresh = fresh;
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
    Path archive;
    try {
      archive = folder.get().resolve("grader-" + key(jar, options) + SUFFIX);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (Files.isRegularFile(archive, LinkOption.NOFOLLOW_LINKS)) {
      return PrivateFolder.isPrivateFile(archive)
          ? Optional.of(new ClassArchive(archive, null))
          : Optional.empty();
    }
    if (command.length == 0 || !WRITERS.contains(command[0])) {
      return Optional.empty();
    }
    if (Arrays.stream(command).anyMatch(word -> word.startsWith("--shard"))) {
      return Optional.empty(); // a shard's machine is usually used once: writing would cost it
    }
    Path fresh =
        folder.get().resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    // A JVM that cannot map the JDK's own archive (some JDKs ship none) refuses to start at all
    // when asked to write one: try first, on a JVM that only prints its version.
    Path probe = Path.of(fresh + ".probe");
    List<String> probing = new ArrayList<>(options);
    probing.addAll(List.of("-XX:ArchiveClassesAtExit=" + probe, QUIET));
    boolean writable = starts.test(probing);
    try {
      Files.deleteIfExists(probe);
    } catch (IOException e) {
      // pruned with abandoned files later
    }
    return writable ? Optional.of(new ClassArchive(archive, fresh)) : Optional.empty();
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

  /** Whether this run writes the archive rather than using it. */
  boolean writes() {
    return fresh != null;
  }

  /** The archive's file. */
  Path file() {
    return archive;
  }

  /**
   * Once the grading JVM has ended: the archive it wrote, if the run ended well and said it is
   * {@link #worthKeeping()}, becomes the one later runs use, and archives of older jars or JVMs
   * beyond the newest few are deleted. Never fails: without an archive, runs only start more
   * slowly.
   */
  void keep(int exitCode) {
    if (fresh == null) {
      return;
    }
    Path worth = Path.of(fresh + WORTH_KEEPING);
    try {
      if (exitCode == 0
          && Files.isRegularFile(worth, LinkOption.NOFOLLOW_LINKS)
          && Files.isRegularFile(fresh, LinkOption.NOFOLLOW_LINKS)
          && Files.size(fresh) > 0) {
        Files.move(
            fresh, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.deleteIfExists(fresh);
      }
      Files.deleteIfExists(worth);
      prune(archive.getParent());
    } catch (IOException | RuntimeException e) {
      // another run may have kept its own; the next run tries again
    }
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
        } else if ((name.endsWith(".tmp")
                || name.endsWith(WORTH_KEEPING)
                || name.endsWith(".probe"))
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
    if (cache != null && !cache.isBlank() && Path.of(cache).isAbsolute()) {
      base = Path.of(cache);
    } else {
      String home = System.getProperty("user.home", "");
      if (home.isBlank() || home.equals("?")) {
        return Optional.empty();
      }
      base = Path.of(home, ".cache");
    }
    return PrivateFolder.of(base.resolve("neurograde"));
  }

  /** What makes an archive valid: the jar's path, size and time, the JVM, its options. */
  private static String key(Path jar, List<String> options) throws IOException {
    Path real = jar.toRealPath();
    StringBuilder text = new StringBuilder();
    text.append(real).append('\n');
    text.append(Files.size(real)).append('\n');
    text.append(Files.getLastModifiedTime(real).toMillis()).append('\n');
    text.append(System.getProperty("java.home")).append('\n');
    text.append(System.getProperty("java.vm.version")).append('\n');
    text.append(String.join(" ", options));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IOException(e);
    }
  }

  /** A folder only this user can write, and files in it likewise. */
  static final class PrivateFolder {

    private static final Set<PosixFilePermission> OTHERS_WRITE =
        Set.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private PrivateFolder() {}

    /** The folder, created with access for this user only if missing; empty if not private. */
    static Optional<Path> of(Path folder) {
      try {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(
              folder,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !isPrivateFile(folder)) {
          return Optional.empty();
        }
        return Optional.of(folder);
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return Optional.empty(); // not a POSIX file system, or not writable: no archive
      }
    }

    /** Whether a file (or folder) is this user's and no one else may write it. */
    static boolean isPrivateFile(Path file) {
      try {
        Object owner = Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        Set<PosixFilePermission> permissions =
            Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
        return owner instanceof Integer uid
            && uid == currentUid()
            && permissions.stream().noneMatch(OTHERS_WRITE::contains);
      } catch (IOException
          | UnsupportedOperationException
          | IllegalArgumentException
          | LinkageError e) {
        return false;
      }
    }

    private static long currentUid() {
      return new com.sun.security.auth.module.UnixSystem().getUid();
    }
  }
}
