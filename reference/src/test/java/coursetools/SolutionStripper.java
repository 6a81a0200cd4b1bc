package coursetools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Makes the student template from the reference sources, as nbgrader and Otter do: solution regions
 * are removed and stub lines take their place.
 *
 * <pre>
 *   //! BEGIN SOLUTION        removed, with everything up to
 *   //! END SOLUTION          this line
 *   //! STUB code             becomes "code" at the marker's indentation
 * </pre>
 *
 * <p>Run it from the repository root to regenerate the template after editing the reference:
 * {@code java reference/src/test/java/coursetools/SolutionStripper.java}.
 */
public final class SolutionStripper {

  static final String BEGIN = "//! BEGIN SOLUTION";
  static final String END = "//! END SOLUTION";
  static final String STUB = "//! STUB";

  /** The reference sources, relative to the repository root. */
  public static final Path REFERENCE = Path.of("reference", "src", "main", "java", "neurons");

  /** The template sources, relative to the repository root. */
  public static final Path TEMPLATE = Path.of("student-template", "src", "main", "java", "neurons");

  private SolutionStripper() {}

  /**
   * Returns the template version of one source file.
   *
   * @param name the file's name, for error messages
   * @param source the reference source
   * @throws IllegalArgumentException if the markers are unbalanced or unknown
   */
  public static String strip(String name, String source) {
    StringBuilder out = new StringBuilder();
    boolean inSolution = false;
    int beginLine = 0;
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      String where = name + ":" + (i + 1);
      if (trimmed.equals(BEGIN)) {
        if (inSolution) {
          throw new IllegalArgumentException(where + ": solution region opened inside another one");
        }
        inSolution = true;
        beginLine = i + 1;
      } else if (trimmed.equals(END)) {
        if (!inSolution) {
          throw new IllegalArgumentException(where + ": END SOLUTION without BEGIN SOLUTION");
        }
        inSolution = false;
      } else if (trimmed.startsWith(STUB)) {
        if (inSolution) {
          throw new IllegalArgumentException(where + ": stub line inside a solution region");
        }
        String indent = line.substring(0, line.indexOf(STUB));
        out.append(indent).append(trimmed.substring(STUB.length()).strip());
        appendNewline(out, i, lines.length);
      } else if (trimmed.startsWith("//!")) {
        throw new IllegalArgumentException(where + ": unknown marker " + trimmed);
      } else if (!inSolution) {
        out.append(line);
        appendNewline(out, i, lines.length);
      }
    }
    if (inSolution) {
      throw new IllegalArgumentException(name + ":" + beginLine + ": solution region never closed");
    }
    return out.toString();
  }

  private static void appendNewline(StringBuilder out, int index, int count) {
    if (index < count - 1) {
      out.append('\n');
    }
  }

  /**
   * Returns the template's files, by file name, generated from the reference folder.
   *
   * @param referenceDir the folder of the reference's {@code neurons} sources
   */
  public static Map<String, String> generate(Path referenceDir) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> sources = Files.list(referenceDir)) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String name = source.getFileName().toString();
        files.put(name, strip(name, Files.readString(source, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Writes the template's sources from the reference's; run from the repository root. */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    Path template = root.resolve(TEMPLATE);
    Files.createDirectories(template);
    Map<String, String> files = generate(root.resolve(REFERENCE));
    List<String> written = new ArrayList<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(template.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      written.add(file.getKey());
    }
    try (Stream<Path> existing = Files.list(template)) {
      for (Path stale : existing.filter(p -> !files.containsKey(p.getFileName().toString())).toList()) {
        Files.delete(stale);
      }
    }
    System.out.println("wrote " + written.size() + " files to " + template + ": " + written);
  }
}
