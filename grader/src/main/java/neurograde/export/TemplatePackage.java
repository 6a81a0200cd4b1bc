package neurograde.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import neurograde.InputException;
import neurograde.internal.AtomicFile;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The student template as students download it: a zip of the repository's {@code student-template}
 * folder (or of the copy built into the grader), in one top folder, without build output or editor
 * settings, and refused if it holds solution code.
 */
public final class TemplatePackage {

  /** Where the repository keeps the template. */
  public static final Path FOLDER = Path.of("student-template");

  /** How messages name the template built into the grader. */
  public static final String BUNDLED_NAME = "student-template (the copy built into the grader)";

  private static final String BUNDLED = "/neurograde/student-template/";
  private static final String GRADING_COPY = "/neurograde/template/";
  private static final String SOURCES = "src/main/java/";
  private static final String SOLUTION_MARKER = "//!";

  /** Folders and files a build or an editor leaves in a template, never handed out. */
  private static final Set<String> BUILD_FOLDERS =
      Set.of("target", "bin", "out", "build", ".idea", ".vscode", ".settings", ".git", ".gradle");

  private static final Set<String> BUILD_FILES = Set.of(".DS_Store", ".classpath", ".project");
  private static final int FILE_MODE = UnixStat.FILE_FLAG | 0644;

  /**
   * A template's files.
   *
   * @param source where they came from, for messages
   * @param files each file's bytes by its path inside the template, with '/' separators, sorted
   */
  public record Template(String source, SortedMap<String, byte[]> files) {

    public Template {
      files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }
  }

  private TemplatePackage() {}

  /**
   * Reads a template folder, leaving out build output and editor settings.
   *
   * @throws InputException if the folder does not exist or has no pom.xml
   */
  public static Template fromFolder(Path dir, String name) {
    if (!Files.isRegularFile(dir.resolve("pom.xml"))) {
      throw new InputException(name + ": not a student template (no pom.xml in it)");
    }
    return new Template(name, walk(dir));
  }

  /** Reads the template built into the grader. */
  public static Template bundled() {
    URL pom = TemplatePackage.class.getResource(BUNDLED + "pom.xml");
    if (pom == null) {
      throw new IllegalStateException("the grader was built without its " + BUNDLED);
    }
    try {
      URI uri = pom.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return new Template(BUNDLED_NAME, walk(Path.of(uri).getParent()));
      }
      try (FileSystem jar = jarFileSystem(uri)) {
        return new Template(BUNDLED_NAME, walk(jar.getPath(BUNDLED)));
      }
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot read the template built into the grader", e);
    }
  }

  /** Opens the grader's jar as a file system of its own, which closing does not share. */
  private static FileSystem jarFileSystem(URI uri) throws IOException {
    String jar = uri.getSchemeSpecificPart();
    return FileSystems.newFileSystem(Path.of(URI.create(jar.substring(0, jar.indexOf("!/")))));
  }

  /**
   * Refuses a template that holds solution code: the reference's solution markers, or a source the
   * grader does not know as the template (it grades missing parts with its own copy).
   *
   * @throws InputException naming the file, and what to do
   */
  public static void checkNotSolved(Template template) {
    for (Map.Entry<String, byte[]> file : template.files().entrySet()) {
      String text = new String(file.getValue(), StandardCharsets.UTF_8);
      if (file.getKey().endsWith(".java") && text.contains(SOLUTION_MARKER)) {
        throw new InputException(
            template.source()
                + "/"
                + file.getKey()
                + ": holds the reference's solution markers ("
                + SOLUTION_MARKER
                + "); make the template again with java"
                + " reference/src/test/java/coursetools/SolutionStripper.java");
      }
      if (file.getKey().startsWith(SOURCES) && file.getKey().endsWith(".java")) {
        byte[] known = gradingCopy(file.getKey().substring(SOURCES.length()));
        if (known != null && !java.util.Arrays.equals(known, file.getValue())) {
          throw new InputException(
              template.source()
                  + "/"
                  + file.getKey()
                  + ": differs from the template the grader was built with; if it holds"
                  + " solution code, restore it (git checkout student-template), and if you"
                  + " changed the template on purpose, build the grader again (mvn -q package"
                  + " -DskipTests) so that it grades with the same template");
        }
      }
    }
  }

  private static byte[] gradingCopy(String source) {
    try (InputStream in = TemplatePackage.class.getResourceAsStream(GRADING_COPY + source)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a template as a zip whose files are all in one top folder, so that the file is never
   * half-written.
   *
   * @param zip the zip to write
   * @param template the template
   * @param top the name of the top folder, for example {@code modelling-neurons}
   */
  public static void write(Path zip, Template template, String top) throws IOException {
    AtomicFile.write(
        zip,
        stream -> {
          ZipArchiveOutputStream out = new ZipArchiveOutputStream(stream);
          for (Map.Entry<String, byte[]> file : template.files().entrySet()) {
            ZipArchiveEntry entry = new ZipArchiveEntry(top + "/" + file.getKey());
            entry.setUnixMode(FILE_MODE);
            out.putArchiveEntry(entry);
            out.write(file.getValue());
            out.closeArchiveEntry();
          }
          out.finish();
        });
  }

  /** Returns whether a path inside a template is build output or an editor's settings. */
  static boolean isBuildOutput(String path) {
    List<String> parts = List.of(path.split("/"));
    String name = parts.get(parts.size() - 1);
    return parts.subList(0, parts.size() - 1).stream().anyMatch(BUILD_FOLDERS::contains)
        || BUILD_FILES.contains(name)
        || name.endsWith(".class")
        || name.endsWith(".iml");
  }

  private static SortedMap<String, byte[]> walk(Path root) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        String relative = root.relativize(path).toString().replace('\\', '/');
        if (relative.startsWith("/")) {
          relative = relative.substring(1);
        }
        if (!isBuildOutput(relative)) {
          files.put(relative, Files.readAllBytes(path));
        }
      }
    } catch (IOException e) {
      throw new InputException(root + ": cannot read: " + e.getMessage());
    }
    return files;
  }
}
