package neurograde.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import neurograde.compile.CourseClasses;
import neurograde.grading.BundledSubmissions;

/**
 * Writes the attack submissions too large to keep in the repository: each is the reference with
 * something hostile added, so that everything but the attack earns full marks.
 */
public final class HostileSubmissions {

  /** Bytes of each megabyte-sized file: just under the 1 MiB a source may have. */
  private static final int NEARLY_1_MIB = (1 << 20) - 1024;

  private HostileSubmissions() {}

  /**
   * A helper that opens a comment a third of a million times and never closes it, after its package
   * declaration, and a file of the same without one: the comment stripper once took quadratic time
   * on it.
   */
  public static Path unclosedComments(Path folder) throws IOException {
    Path sources = reference(folder);
    String comments = "/* ".repeat(NEARLY_1_MIB / 3);
    Files.writeString(sources.resolve("Scratch.java"), "package neurons;\n" + comments);
    Files.writeString(sources.resolve("Notes.java"), comments);
    return folder;
  }

  /**
   * The course's Neuron.java with a megabyte of spaces and then a comment on its last line: the
   * comparison with the course's copy once took quadratic time on spaces not followed by a line
   * break.
   */
  public static Path spacesInAProvidedCopy(Path folder) throws IOException {
    Path sources = reference(folder);
    String neuron = text("Neuron").stripTrailing();
    Files.writeString(
        sources.resolve("Neuron.java"),
        neuron + " ".repeat(NEARLY_1_MIB - neuron.length()) + "// the end");
    return folder;
  }

  /**
   * Helpers that break one another in a chain: H0 does not compile, H1 holds an H0, H2 an H1, and
   * so on, so each round of leaving out a broken file breaks the next one.
   */
  public static Path salvageChain(Path folder, int helpers) throws IOException {
    Path sources = reference(folder);
    Files.writeString(
        sources.resolve("H0.java"),
        "package neurons;\n\nfinal class H0 {\n  static final int X = \"not an int\";\n}\n");
    for (int i = 1; i < helpers; i++) {
      Files.writeString(
          sources.resolve("H" + i + ".java"),
          "package neurons;\n\nfinal class H"
              + i
              + " {\n  H"
              + (i - 1)
              + " previous;\n\n  int f() {\n    return 1;\n  }\n}\n");
    }
    return folder;
  }

  /**
   * An ANSWERS.md whose heading line holds a megabyte of spaces: the heading parser of the reports
   * once took quadratic time on it.
   */
  public static Path answersHeadingOfSpaces(Path folder) throws IOException {
    reference(folder);
    Files.writeString(
        folder.resolve("ANSWERS.md"),
        "# x" + " ".repeat(NEARLY_1_MIB - 64) + "y\n\nThe period is 0.39 s.\n");
    return folder;
  }

  /** A zip holding two students' complete submissions, each in a folder of its own. */
  public static Path twoStudentsInOneZip(Path zip) throws IOException {
    Files.createDirectories(zip.getParent());
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file)) {
      for (String student : new String[] {"alice", "bob"}) {
        for (var source : BundledSubmissions.reference().sources()) {
          out.putNextEntry(new ZipEntry("class/" + student + "/" + source.path()));
          out.write(source.text().getBytes(StandardCharsets.UTF_8));
          out.closeEntry();
        }
      }
    }
    return zip;
  }

  /** Writes the reference's sources in Maven's layout; returns their folder. */
  public static Path reference(Path folder) throws IOException {
    Path sources = folder.resolve("src/main/java/neurons");
    Files.createDirectories(sources);
    for (var source : BundledSubmissions.reference().sources()) {
      if (!CourseClasses.PROVIDED.contains(source.className())) {
        Files.writeString(sources.resolve(source.fileName()), source.text());
      }
    }
    return sources;
  }

  private static String text(String className) {
    return BundledSubmissions.reference().sources().stream()
        .filter(s -> s.className().equals(className))
        .findFirst()
        .orElseThrow()
        .text();
  }
}
