package neurograde.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import neurograde.Grading;
import neurograde.report.Reports;
import neurograde.rubric.Rubric;
import neurograde.run.WorkerOptions;
import neurograde.submission.SubmissionFinder;

/**
 * What one submission costs in all, graded alone (result and report) on a warm worker: the
 * processor time of the grader and its workers from its start until they are idle again, so a
 * worker replaced after a hang is counted, start-up and warm-up included.
 */
public final class Probes {

  /** The kinds measured: a correct submission first, the one the flood is compared with. */
  static final List<BenchClass.Kind> KINDS =
      List.of(
          BenchClass.Kind.CORRECT,
          BenchClass.Kind.ENDLESS_LOOP,
          BenchClass.Kind.LONG_RUN_LOOP,
          BenchClass.Kind.FLOOD);

  /** Processor time below which the grader and its workers count as idle (ns per 300 ms). */
  private static final long IDLE_NANOS = 30_000_000;

  private Probes() {}

  /** Measures each of {@link #KINDS} once, in folders under {@code root}; returns ns by kind. */
  public static Map<BenchClass.Kind, Long> measure(Path root, Rubric rubric)
      throws IOException, InterruptedException {
    Map<BenchClass.Kind, Long> costs = new EnumMap<>(BenchClass.Kind.class);
    WorkerOptions options =
        WorkerOptions.defaults().withSize(1).withLogDir(root.resolve(".workers"));
    Path out = root.resolve("out");
    // One output folder, so plots already drawn are reused as they are in a class.
    Reports reports = new Reports(out, rubric);
    try (Grading grading = new Grading(rubric, options)) {
      grade(grading, root, "warm-up", BenchClass.Kind.CORRECT, reports);
      for (BenchClass.Kind kind : KINDS) {
        costs.put(kind, grade(grading, root, kind.name().toLowerCase(), kind, reports));
      }
    }
    return costs;
  }

  /** Grades one submission of a kind alone; returns what it cost (ns). */
  private static long grade(
      Grading grading, Path root, String student, BenchClass.Kind kind, Reports reports)
      throws IOException, InterruptedException {
    Path submissions = root.resolve("class-" + student);
    BenchClass.writeOne(submissions, student, kind);
    waitUntilIdle();
    long start = ProcessTree.cpuNanos();
    grading.gradeClass(
        SubmissionFinder.find(List.of(submissions)),
        Map.of(),
        root.resolve("out"),
        true,
        r -> {},
        reports);
    return waitUntilIdle() - start;
  }

  /** Waits (at most 30 s) until the tree uses almost no processor time; returns its total then. */
  private static long waitUntilIdle() throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    long before = ProcessTree.cpuNanos();
    while (true) {
      Thread.sleep(300);
      long now = ProcessTree.cpuNanos();
      if (now - before < IDLE_NANOS || System.nanoTime() > deadline) {
        return before;
      }
      before = now;
    }
  }
}
