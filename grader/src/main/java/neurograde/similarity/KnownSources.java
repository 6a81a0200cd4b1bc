package neurograde.similarity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import neurograde.compile.CourseClasses;
import neurograde.grading.BundledSubmissions;
import neurograde.submission.SourceFile;
import neurograde.submission.SubmissionFiles;
import neurograde.submission.SubmissionFinder;
import neurograde.submission.SubmissionReader;
import neurograde.submission.SubmissionSource;

/** The code compared against: the template every student received, and the known sources. */
final class KnownSources {

  /** The name of the course's reference solution as a known source. */
  static final String REFERENCE = "reference solution";

  private KnownSources() {}

  /**
   * A known source.
   *
   * @param name its name: {@link #REFERENCE}, or the id of a folder or zip given
   * @param files its student-written files
   */
  record Known(String name, List<SourceFile> files) {}

  /** Returns the template's student-written classes, as every student received them. */
  static List<SourceFile> template() {
    return written(BundledSubmissions.template());
  }

  /**
   * Returns the known sources: the reference solution if asked for, then each submission found in
   * the paths given (read as safely as a submission).
   *
   * @throws neurograde.InputException if a path does not exist or holds no submissions
   */
  static List<Known> load(boolean reference, List<Path> paths) {
    List<Known> known = new ArrayList<>();
    if (reference) {
      List<SourceFile> files = new ArrayList<>();
      for (SourceFile file : written(BundledSubmissions.reference())) {
        // The reference's solution markers are comments; they would only clutter its pages.
        files.add(new SourceFile(file.path(), file.text().replaceAll("(?m)^[ \\t]*//!.*\\R", "")));
      }
      known.add(new Known(REFERENCE, files));
    }
    if (!paths.isEmpty()) {
      for (SubmissionSource source : SubmissionFinder.find(paths)) {
        known.add(new Known(source.student(), written(SubmissionReader.read(source))));
      }
    }
    return known;
  }

  /** Returns the files of a submission other than the course's provided classes. */
  static List<SourceFile> written(SubmissionFiles submission) {
    return CourseOrder.sorted(
        submission.sources().stream()
            .filter(s -> !CourseClasses.PROVIDED.contains(s.className()))
            .toList());
  }
}
