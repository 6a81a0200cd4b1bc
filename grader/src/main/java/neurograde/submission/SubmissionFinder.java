package neurograde.submission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import neurograde.InputException;

/**
 * Finds the submissions in the paths a user gives.
 *
 * <p>A zip is one submission. A folder is one submission if it directly holds a {@code pom.xml}, a
 * {@code src} folder, an {@code ANSWERS.md} or {@code .java} files; otherwise it is a class, and
 * each of its sub-folders and zips is one submission.
 */
public final class SubmissionFinder {

  private SubmissionFinder() {}

  /**
   * Returns the submissions, sorted by student id.
   *
   * @throws InputException if a path does not exist, holds no submissions, or two submissions have
   *     the same id
   */
  public static List<SubmissionSource> find(List<Path> paths) {
    if (paths.isEmpty()) {
      throw new InputException("no submissions given");
    }
    Map<String, SubmissionSource> byStudent = new TreeMap<>();
    for (Path path : paths) {
      List<SubmissionSource> found = findGiven(path);
      if (found.isEmpty()) {
        throw new InputException(
            path + ": holds no submissions (no sub-folders, zips or .java files)");
      }
      for (SubmissionSource source : found) {
        SubmissionSource clash = byStudent.putIfAbsent(source.student(), source);
        if (clash == null) {
          // On macOS and Windows, Bob's result file would overwrite bob's.
          clash =
              byStudent.values().stream()
                  .filter(
                      other ->
                          other != source && other.student().equalsIgnoreCase(source.student()))
                  .findFirst()
                  .orElse(null);
        }
        if (clash != null) {
          throw new InputException(
              "two submissions have the id \""
                  + source.student()
                  + "\""
                  + (clash.student().equals(source.student())
                      ? ""
                      : " (and \"" + clash.student() + "\", which differs only in case)")
                  + ": "
                  + clash.path()
                  + " and "
                  + source.path());
        }
      }
    }
    return List.copyOf(byStudent.values());
  }

  /**
   * Finds the submissions in a path the user gave; a symbolic link given there is the user's own,
   * and is followed (links inside submissions never are).
   */
  private static List<SubmissionSource> findGiven(Path path) {
    if (!Files.isSymbolicLink(path)) {
      return findIn(path);
    }
    Path real;
    try {
      real = path.toRealPath();
    } catch (IOException e) {
      throw new InputException(path + ": a link to nothing (" + e.getMessage() + ")");
    }
    List<SubmissionSource> found = findIn(real);
    if (found.size() == 1 && found.get(0).path().equals(real)) {
      // a submission named by the link, not by where it points
      return List.of(new SubmissionSource(studentId(path), real, found.get(0).zip()));
    }
    return found;
  }

  private static List<SubmissionSource> findIn(Path path) {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      throw new InputException(path + ": no such file or folder");
    }
    if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      if (!isZip(path)) {
        throw new InputException(path + ": a submission is a folder or a .zip file");
      }
      List<String> separate = SubmissionLayout.separateSubmissions(zipEntries(path));
      if (!separate.isEmpty()) {
        throw new InputException(
            path
                + " holds "
                + separate.size()
                + " students' submissions ("
                + SubmissionLayout.describe(separate)
                + "), not one: unzip it and grade the folder (grade FOLDER --out DIR), which grades"
                + " each as its own student");
      }
      return List.of(new SubmissionSource(studentId(path), path, true));
    }
    if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      throw new InputException(path + ": a submission is a folder or a .zip file");
    }
    if (isSingleSubmission(path)) {
      return List.of(new SubmissionSource(studentId(path), path, false));
    }
    List<SubmissionSource> found = new ArrayList<>();
    try (Stream<Path> children = Files.list(path)) {
      for (Path child : children.sorted().toList()) {
        String name = child.getFileName().toString();
        if (name.startsWith(".") || name.equals("__MACOSX")) {
          continue;
        }
        if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
          Path zip = soleZip(child);
          found.add(
              zip == null
                  ? new SubmissionSource(studentId(child), child, false)
                  : new SubmissionSource(studentId(child), zip, true));
        } else if (Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS) && isZip(child)) {
          found.add(new SubmissionSource(studentId(child), child, true));
        }
      }
    } catch (IOException e) {
      throw new InputException(path + ": cannot list the folder: " + e.getMessage());
    }
    if (found.size() == 1
        && !found.get(0).zip()
        && !SubmissionLayout.separateSubmissions(files(found.get(0).path())).isEmpty()) {
      // a folder that only wraps the class, as an unzipped LMS export does: look through it
      return findIn(found.get(0).path());
    }
    return found;
  }

  /**
   * Returns the one zip in a student's folder that holds no sources of its own, as an LMS export
   * has it ({@code Alice Archer_1234/alice.zip}), or null.
   */
  private static Path soleZip(Path folder) {
    List<String> files = files(folder);
    List<String> zips = files.stream().filter(f -> isZip(Path.of(f))).toList();
    boolean sources =
        files.stream()
            .map(f -> f.toLowerCase(Locale.ROOT))
            .anyMatch(f -> f.endsWith(".java") || f.endsWith("answers.md"));
    return zips.size() == 1 && !sources ? folder.resolve(zips.get(0)) : null;
  }

  /** The paths of the files in a folder, relative to it, as many as a submission may have. */
  private static List<String> files(Path dir) {
    List<String> files = new ArrayList<>();
    try (Stream<Path> tree = Files.walk(dir)) {
      tree.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .limit(SubmissionReader.MAX_ENTRIES)
          .forEach(p -> files.add(dir.relativize(p).toString().replace('\\', '/')));
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of();
    }
    return files;
  }

  /** The names of a zip's entries, as many as a submission may have; none if it does not read. */
  private static List<String> zipEntries(Path zip) {
    List<String> names = new ArrayList<>();
    try {
      ZipEntries.read(
          zip,
          (name, directory, symlink, size, content) -> {
            if (!directory) {
              names.add(name);
            }
            return names.size() < SubmissionReader.MAX_ENTRIES;
          });
    } catch (IOException | RuntimeException e) {
      return List.of(); // the reader says why it does not read
    }
    return names;
  }

  private static boolean isSingleSubmission(Path dir) {
    if (Files.exists(dir.resolve("pom.xml")) || Files.isDirectory(dir.resolve("src"))) {
      return true;
    }
    try (Stream<Path> children = Files.list(dir)) {
      return children.anyMatch(
          c -> {
            String name = c.getFileName().toString().toLowerCase(Locale.ROOT);
            return Files.isRegularFile(c) && (name.endsWith(".java") || name.equals("answers.md"));
          });
    } catch (IOException e) {
      throw new InputException(dir + ": cannot list the folder: " + e.getMessage());
    }
  }

  private static boolean isZip(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
  }

  /** Returns a student id that is safe as a file name: other characters become '_'. */
  static String studentId(Path path) {
    String name = path.getFileName().toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
      name = name.substring(0, name.length() - 4);
    }
    return safeId(name);
  }

  /** Longest id, in UTF-8 bytes: result files add a few characters and must stay under 255. */
  static final int MAX_ID_BYTES = 120;

  /**
   * Returns an id that is safe as a file name, as submission ids are: so a roster's ids match them.
   * Letters and digits of any script are kept (in Unicode's composed form, as macOS and Windows
   * differ); a name too long for a file name is cut and given a digest of the whole, so it stays
   * unique.
   */
  public static String safeId(String name) {
    String safe =
        Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N}._@+-]", "_");
    if (safe.isEmpty() || safe.chars().allMatch(c -> c == '.')) {
      safe = "_" + safe;
    }
    if (safe.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
      String digest = digest(safe);
      StringBuilder cut = new StringBuilder();
      int bytes = 0;
      for (int i = 0; i < safe.length(); ) {
        int codePoint = safe.codePointAt(i);
        int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
        if (bytes + size > MAX_ID_BYTES - digest.length() - 1) {
          break;
        }
        cut.appendCodePoint(codePoint);
        bytes += size;
        i += Character.charCount(codePoint);
      }
      safe = cut + "~" + digest;
    }
    return safe;
  }

  private static String digest(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
