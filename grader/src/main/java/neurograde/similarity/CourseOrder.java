package neurograde.similarity;

import java.util.Comparator;
import java.util.List;
import neurograde.compile.CourseClasses;
import neurograde.submission.SourceFile;

/** Orders a submission's files as the assignment does: the written classes, then the others. */
final class CourseOrder {

  private CourseOrder() {}

  static List<SourceFile> sorted(List<SourceFile> files) {
    return files.stream()
        .sorted(
            Comparator.comparingInt(CourseOrder::rank)
                .thenComparing(SourceFile::className)
                .thenComparing(SourceFile::path))
        .toList();
  }

  private static int rank(SourceFile file) {
    int rank = CourseClasses.WRITTEN.indexOf(file.className());
    return rank < 0 ? CourseClasses.WRITTEN.size() : rank;
  }
}
