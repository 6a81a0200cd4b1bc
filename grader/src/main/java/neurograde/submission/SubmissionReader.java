package neurograde.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import neurograde.score.Diagnostic;

/**
 * Reads the Java sources and written answers of a submission, from a folder or a zip, without
 * trusting it.
 *
 * <p>Nothing is extracted to disk. Symbolic links, absolute paths and paths that climb out of the
 * submission ({@code ../}) are refused; files over {@link #MAX_FILE_BYTES} are refused and a
 * submission stops being read after {@link #MAX_TOTAL_BYTES} or {@link #MAX_ENTRIES} entries, so a
 * zip bomb costs nothing. Each refusal is a diagnostic. A source that is not UTF-8 is read as
 * Windows-1252 (what most editors that do not write UTF-8 write) with a warning: losing marks over
 * an accent in a comment would be unfair.
 */
public final class SubmissionReader {

  /** Largest source or answers file read (bytes). */
  public static final int MAX_FILE_BYTES = 1 << 20;

  /** Most bytes read from one submission. */
  public static final long MAX_TOTAL_BYTES = 16L << 20;

  /** Most entries looked at in one submission. */
  public static final int MAX_ENTRIES = 10_000;

  private final String student;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, List<SourceFile>> javaByName = new LinkedHashMap<>();
  private final List<SourceFile> answers = new ArrayList<>();
  private final List<String> paths = new ArrayList<>();
  private long bytesRead;
  private int entries;
  private boolean truncated;

  private SubmissionReader(String student) {
    this.student = student;
  }

  /** Reads a submission; problems become diagnostics, never exceptions. */
  public static SubmissionFiles read(SubmissionSource source) {
    SubmissionReader reader = new SubmissionReader(source.student());
    try {
      if (source.zip()) {
        reader.readZip(source.path());
      } else {
        reader.readFolder(source.path());
      }
    } catch (IOException e) {
      reader.diagnostics.add(
          Diagnostic.of("input", "the submission could not be read: " + e.getMessage()));
    }
    return reader.result();
  }

  private void readFolder(Path root) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root) && ignoredSegment(dir.getFileName().toString())) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return truncated ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            String relative = root.relativize(file).toString().replace('\\', '/');
            if (truncated || !countEntry()) {
              return FileVisitResult.TERMINATE;
            }
            paths.add(relative);
            if (attrs.isSymbolicLink() || Files.isSymbolicLink(file)) {
              if (!file.equals(root) && (isRelevant(relative) || Files.isDirectory(file))) {
                refuse(relative, "is a symbolic link; the grader does not follow links");
              }
              return FileVisitResult.CONTINUE;
            }
            if (attrs.isRegularFile() && isRelevant(relative)) {
              if (attrs.size() > MAX_FILE_BYTES) {
                refuse(
                    relative,
                    "is "
                        + attrs.size()
                        + " bytes; files over "
                        + MAX_FILE_BYTES
                        + " bytes are not read");
              } else if (withinBudget(attrs.size())) {
                byte[] bytes;
                try {
                  bytes = Files.readAllBytes(file);
                } catch (IOException e) {
                  refuse(relative, "could not be read (" + e + ")");
                  return FileVisitResult.CONTINUE;
                }
                accept(relative, bytes);
              }
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (file.equals(root)) {
              throw e;
            }
            // one unreadable file or folder costs only itself
            String relative = root.relativize(file).toString().replace('\\', '/');
            if (isRelevant(relative) || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
              refuse(relative, "could not be read (" + e + ")");
            }
            return FileVisitResult.CONTINUE;
          }
        });
    if (Files.isSymbolicLink(root)) {
      refuse(root.getFileName().toString(), "is a symbolic link; the grader does not follow links");
    }
  }

  private void readZip(Path zip) throws IOException {
    try {
      ZipEntries.read(zip, this::visitEntry);
    } catch (IOException | RuntimeException e) {
      diagnostics.add(
          Diagnostic.of(
              "input", "the zip could not be read (" + e.getMessage() + "); is it a zip file?"));
    }
  }

  /** Reads one zip entry; returns whether to go on. */
  private boolean visitEntry(
      String entryName, boolean directory, boolean symlink, long size, InputStream content) {
    if (directory) {
      return true;
    }
    if (truncated || !countEntry()) {
      return false;
    }
    String name = entryName.replace('\\', '/');
    paths.add(name);
    if (!isRelevant(name)) {
      return true;
    }
    if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
      refuse(name, "has an absolute path; zip entries must be relative");
    } else if (("/" + name + "/").contains("/../")) {
      refuse(name, "climbs out of the submission with '..' (zip slip)");
    } else if (symlink) {
      refuse(name, "is a symbolic link; the grader does not follow links");
    } else if (size > MAX_FILE_BYTES) {
      refuse(name, "is " + size + " bytes; files over " + MAX_FILE_BYTES + " bytes are not read");
    } else {
      byte[] bytes;
      try {
        bytes = readCapped(content);
      } catch (IOException | RuntimeException e) {
        // encrypted, an unknown compression, a corrupt entry: it costs only itself
        refuse(name, "could not be unzipped (" + e.getMessage() + ")");
        return true;
      }
      if (bytes == null) {
        refuse(name, "expands to more than " + MAX_FILE_BYTES + " bytes");
      } else if (withinBudget(bytes.length)) {
        accept(name, bytes);
      }
    }
    return true;
  }

  /**
   * Reads at most MAX_FILE_BYTES; returns null if the stream holds more (the size in the header can
   * lie).
   */
  private static byte[] readCapped(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    return bytes.length > MAX_FILE_BYTES ? null : bytes;
  }

  private boolean countEntry() {
    if (++entries > MAX_ENTRIES) {
      if (!truncated) {
        truncated = true;
        diagnostics.add(
            Diagnostic.of(
                "input",
                "the submission has more than "
                    + MAX_ENTRIES
                    + " files; only the first were read"));
      }
      return false;
    }
    return true;
  }

  private boolean withinBudget(long size) {
    if (bytesRead + size > MAX_TOTAL_BYTES) {
      if (!truncated) {
        truncated = true;
        diagnostics.add(
            Diagnostic.of(
                "input",
                "the submission's files add up to more than "
                    + MAX_TOTAL_BYTES
                    + " bytes; the rest were not read"));
      }
      return false;
    }
    bytesRead += size;
    return true;
  }

  private static boolean isRelevant(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".java") && !lower.endsWith("answers.md")) {
      return false;
    }
    String[] segments = path.split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      if (ignoredSegment(segments[i])
          || (segments[i].equals("src")
              && i + 1 < segments.length - 1
              && segments[i + 1].equals("test"))) {
        return false;
      }
    }
    return !segments[segments.length - 1].startsWith("._");
  }

  private static boolean ignoredSegment(String name) {
    return (name.startsWith(".") && !name.equals(".") && !name.equals(".."))
        || name.equals("__MACOSX")
        || name.equals("target")
        || name.equals("build");
  }

  private void refuse(String path, String why) {
    diagnostics.add(Diagnostic.at("input", path, null, path + " " + why + "; it was not graded"));
  }

  private void accept(String path, byte[] bytes) {
    String text = decode(path, bytes);
    SourceFile file = new SourceFile(path, text);
    if (path.toLowerCase(Locale.ROOT).endsWith("answers.md")) {
      if (file.fileName().equalsIgnoreCase("answers.md")) {
        answers.add(file);
      }
      return;
    }
    javaByName.computeIfAbsent(file.fileName(), k -> new ArrayList<>()).add(file);
  }

  private String decode(String path, byte[] bytes) {
    TextBytes.Decoded decoded = TextBytes.decode(bytes);
    if (!decoded.utf8()) {
      diagnostics.add(
          Diagnostic.at(
              "input",
              path,
              null,
              path + " is not UTF-8 text; it was read as Windows-1252. Save your files as UTF-8."));
    }
    return decoded.text();
  }

  private SubmissionFiles result() {
    List<String> separate = SubmissionLayout.separateSubmissions(paths);
    if (!separate.isEmpty()) {
      diagnostics.add(
          Diagnostic.of(
              "input",
              "this submission seems to hold "
                  + separate.size()
                  + " separate submissions ("
                  + SubmissionLayout.describe(separate)
                  + "); it was graded as one, on the copies of each file named below. Hand in one"
                  + " folder or zip per student"));
    }
    List<SourceFile> sources = new ArrayList<>();
    for (Map.Entry<String, List<SourceFile>> named : javaByName.entrySet()) {
      List<SourceFile> copies = new ArrayList<>(named.getValue());
      copies.sort(
          Comparator.comparingInt(SubmissionReader::preference)
              .thenComparingInt((SourceFile f) -> f.path().length())
              .thenComparing(SourceFile::path));
      SourceFile chosen = copies.get(0);
      if (copies.size() > 1) {
        diagnostics.add(
            Diagnostic.at(
                "input",
                chosen.path(),
                null,
                "found "
                    + copies.size()
                    + " files named "
                    + named.getKey()
                    + " ("
                    + String.join(", ", copies.stream().map(SourceFile::path).toList())
                    + "); graded "
                    + chosen.path()));
      }
      if (!chosen.text().isBlank() && !chosen.declaredPackage().equals("neurons")) {
        String declared =
            chosen.declaredPackage().isEmpty()
                ? "the default package"
                : "package " + chosen.declaredPackage();
        diagnostics.add(
            Diagnostic.at(
                "input",
                chosen.path(),
                null,
                chosen.path()
                    + " is in "
                    + declared
                    + ", not package neurons; it was not graded. Start the file with `package neurons;`."));
        continue;
      }
      sources.add(chosen);
    }
    sources.sort(Comparator.comparing(SourceFile::fileName));
    String answerText = null;
    if (!answers.isEmpty()) {
      answers.sort(
          Comparator.comparingInt((SourceFile f) -> f.path().length())
              .thenComparing(SourceFile::path));
      answerText = answers.get(0).text();
    }
    return new SubmissionFiles(student, sources, answerText, diagnostics);
  }

  private static int preference(SourceFile file) {
    if (file.path().contains("src/main/java/neurons/")) {
      return 0;
    }
    return file.path().endsWith("neurons/" + file.fileName()) ? 1 : 2;
  }
}
