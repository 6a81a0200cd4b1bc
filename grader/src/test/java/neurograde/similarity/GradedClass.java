package neurograde.similarity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import neurograde.submission.SubmissionFiles;
import neurograde.submission.SubmissionReader;
import neurograde.submission.SubmissionSource;

/**
 * Builds what the similarity report reads of a graded folder, without grading: a result file per
 * student (only its name is read) and the sources {@code grade} keeps.
 */
final class GradedClass {

  /** The similarity fixtures, relative to the grader module (the tests' working directory). */
  static final Path FIXTURES = Path.of("src/test/resources/similarity/class");

  /** The fairness fixtures. */
  static final Path SUBMISSIONS = Path.of("src/test/resources/submissions");

  private final Path out;

  GradedClass(Path out) {
    this.out = out;
  }

  /** Adds a student whose submission is a fixture folder; the id is the folder's name. */
  GradedClass add(Path submission) throws IOException {
    String student = submission.getFileName().toString();
    return add(SubmissionReader.read(new SubmissionSource(student, submission, false)));
  }

  /** Adds a student whose files are given. */
  GradedClass add(SubmissionFiles files) throws IOException {
    Files.createDirectories(out.resolve("results"));
    Files.writeString(out.resolve("results").resolve(files.student() + ".json"), "{}");
    KeptSources.write(out, files);
    return this;
  }

  /** Adds a student with a result but no kept sources. */
  GradedClass addWithoutSources(String student) throws IOException {
    Files.createDirectories(out.resolve("results"));
    Files.writeString(out.resolve("results").resolve(student + ".json"), "{}");
    return this;
  }

  /** Adds every fairness fixture whose name starts with a prefix. */
  GradedClass addAll(String prefix) throws IOException {
    try (var folders = Files.list(SUBMISSIONS)) {
      for (Path folder : folders.sorted().toList()) {
        if (folder.getFileName().toString().startsWith(prefix)) {
          add(folder);
        }
      }
    }
    return this;
  }

  Path out() {
    return out;
  }
}
