package neurograde.cli;

import java.nio.file.Path;
import neurograde.export.GradedFolder;
import picocli.CommandLine.Option;

/** The {@code --out DIR} option of every command that works on the output folder of 'grade'. */
final class GradedFolderOption {

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The output folder of 'grade'.")
  Path dir;

  /** Opens the folder's results. */
  GradedFolder open() {
    return GradedFolder.open(dir);
  }
}
