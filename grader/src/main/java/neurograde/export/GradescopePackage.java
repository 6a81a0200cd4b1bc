package neurograde.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import neurograde.internal.AtomicFile;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Writes the autograder zip that Gradescope's "Configure Autograder" page takes: {@code setup.sh}
 * (installs a JDK 17 while Gradescope builds the image), {@code run_autograder} (grades one
 * submission), the grader's jar and the rubric it grades by, {@code rubrics/a1.yaml}.
 *
 * <p>Gradescope unpacks the zip into {@code /autograder/source}, runs {@code setup.sh} once, and
 * for each submission runs {@code run_autograder}, which grades {@code /autograder/submission} and
 * writes {@code /autograder/results/results.json}. Both scripts are marked executable in the zip.
 */
public final class GradescopePackage {

  /** Name of the grader's jar in the zip. */
  public static final String JAR = "grader.jar";

  /** Name of the rubric in the zip. */
  public static final String RUBRIC = "rubrics/a1.yaml";

  static final String SETUP =
      """
      #!/usr/bin/env bash
      # Gradescope runs this once, as root, while it builds the autograder image.
      set -euo pipefail
      apt-get update
      DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jdk-headless
      chmod +x /autograder/source/run_autograder
      java -version
      """;

  static final String RUN =
      """
      #!/usr/bin/env bash
      # Gradescope runs this for each submission: grades /autograder/submission with the rubric in this
      # zip and writes /autograder/results/results.json.
      set -euo pipefail
      cd /autograder/source
      java -jar /autograder/source/grader.jar gradescope --rubric /autograder/source/rubrics/a1.yaml
      """;

  private static final int EXECUTABLE = UnixStat.FILE_FLAG | 0755;
  private static final int READABLE = UnixStat.FILE_FLAG | 0644;

  private GradescopePackage() {}

  /**
   * Writes the autograder zip so that the file is never half-written.
   *
   * @param zip the zip to write
   * @param graderJar the grader's runnable jar
   * @param rubric the text of the rubric to grade by
   */
  public static void write(Path zip, Path graderJar, String rubric) throws IOException {
    AtomicFile.write(
        zip,
        stream -> {
          ZipArchiveOutputStream out = new ZipArchiveOutputStream(stream);
          text(out, "setup.sh", SETUP);
          text(out, "run_autograder", RUN);
          ZipArchiveEntry rubricEntry = new ZipArchiveEntry(RUBRIC);
          rubricEntry.setUnixMode(READABLE);
          out.putArchiveEntry(rubricEntry);
          out.write(rubric.getBytes(StandardCharsets.UTF_8));
          out.closeArchiveEntry();
          ZipArchiveEntry jar = new ZipArchiveEntry(JAR);
          jar.setUnixMode(READABLE);
          out.putArchiveEntry(jar);
          try (InputStream in = Files.newInputStream(graderJar)) {
            in.transferTo(out);
          }
          out.closeArchiveEntry();
          out.finish();
        });
  }

  private static void text(ZipArchiveOutputStream out, String name, String text)
      throws IOException {
    ZipArchiveEntry entry = new ZipArchiveEntry(name);
    entry.setUnixMode(EXECUTABLE);
    out.putArchiveEntry(entry);
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.closeArchiveEntry();
  }
}
