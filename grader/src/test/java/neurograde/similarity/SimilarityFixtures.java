package neurograde.similarity;

import java.io.IOException;
import java.nio.file.Path;

/** Graded folders with a similarity report, for the tests of the pages that show it. */
public final class SimilarityFixtures {

  private SimilarityFixtures() {}

  /** A student's files as a graded folder keeps them. */
  public static void keep(Path out, neurograde.submission.SubmissionFiles files)
      throws IOException {
    new GradedClass(out).add(files);
  }

  /** Adds a fixture folder as a student. */
  public static void keep(Path out, Path submission) throws IOException {
    new GradedClass(out).add(submission);
  }
}
