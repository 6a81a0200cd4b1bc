package neurograde.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Removes the plot folders that reports used to need beside them ({@code STUDENT-plots/}, {@code
 * reference/}): reports now carry their images, and a folder of reports to send out should hold
 * nothing else. Only PNG files are removed, and a folder only once it is empty.
 */
final class OldPlotFolders {

  private OldPlotFolders() {}

  static void remove(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (DirectoryStream<Path> images = Files.newDirectoryStream(folder, "*.png")) {
      for (Path image : images) {
        Files.deleteIfExists(image);
      }
    }
    try (DirectoryStream<Path> left = Files.newDirectoryStream(folder)) {
      if (!left.iterator().hasNext()) {
        Files.delete(folder);
      }
    }
  }
}
