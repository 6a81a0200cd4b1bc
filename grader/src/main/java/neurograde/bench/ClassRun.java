package neurograde.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import neurograde.Grading;
import neurograde.export.Gradebook;
import neurograde.export.GradedFolder;
import neurograde.grading.Costs;
import neurograde.report.Reports;
import neurograde.rubric.Rubric;
import neurograde.run.WorkerOptions;
import neurograde.score.SubmissionResult;
import neurograde.submission.SubmissionFinder;

/**
 * Grades a bench class end to end as {@code grade} does (results, reports, overview, gradebook,
 * CSV) and measures it.
 *
 * @param members the class
 * @param wallNanos time on the clock, from the start to the CSV written
 * @param cpuNanos processor time of the grader and its workers over that time
 * @param peakResident highest resident memory of the grader and its workers together (bytes)
 * @param peakHeap highest heap the grader used (bytes)
 * @param workersStarted worker JVMs started
 * @param stageMillis time by stage, summed over submissions (ms): compile, screen, tests, reports,
 *     exports
 * @param costs what each kind of submission cost, summed over the members of the kind
 * @param timedOut how many members of each kind ran out of time somewhere
 * @param slowest the checks that took longest, summed over the class (ms)
 */
public record ClassRun(
    List<BenchClass.Member> members,
    long wallNanos,
    long cpuNanos,
    long peakResident,
    long peakHeap,
    int workersStarted,
    Map<String, Long> stageMillis,
    Map<BenchClass.Kind, Costs.Of> costs,
    Map<BenchClass.Kind, Integer> timedOut,
    Map<String, Long> slowest) {

  /**
   * Writes a class of {@code count} submissions into {@code root/class} and grades it into {@code
   * root/out}.
   */
  public static ClassRun grade(Path root, int count, long seed, Rubric rubric, Integer workers)
      throws IOException {
    Path submissions = root.resolve("class");
    Path out = root.resolve("out");
    List<BenchClass.Member> members = BenchClass.write(submissions, count, seed);
    resetHeapPeaks();
    WorkerOptions options = WorkerOptions.defaults().withLogDir(out.resolve(".workers"));
    if (workers != null) {
      options = options.withSize(workers);
    }
    long cpuStart = ProcessTree.cpuNanos();
    long start = System.nanoTime();
    Reports reports = new Reports(out, rubric);
    Grading.ClassSummary summary;
    Map<String, Costs.Of> byStudent;
    Map<String, Long> slowest;
    long exportStart;
    long peakResident;
    try (ProcessTree.PeakMemory memory = new ProcessTree.PeakMemory()) {
      try (Grading grading = new Grading(rubric, options)) {
        grading.whenAlmostDone(result -> Gradebook.warmUp(rubric, result));
        summary =
            grading.gradeClass(
                SubmissionFinder.find(List.of(submissions)), Map.of(), out, true, r -> {}, reports);
        byStudent = grading.costs().byStudent();
        slowest = grading.checkTimes().slowest(8);
      }
      exportStart = System.nanoTime();
      GradedFolder.open(out).export(rubric);
      peakResident = memory.peak();
    }
    long end = System.nanoTime();
    long cpu = ProcessTree.cpuNanos() - cpuStart;
    long compile = 0;
    long screen = 0;
    long tests = 0;
    for (SubmissionResult r : summary.results()) {
      compile += r.timings().compileMs();
      screen += r.timings().screenMs();
      tests += r.timings().testsMs();
    }
    Map<BenchClass.Kind, Costs.Of> costs = new EnumMap<>(BenchClass.Kind.class);
    Map<BenchClass.Kind, Integer> timedOut = new EnumMap<>(BenchClass.Kind.class);
    for (BenchClass.Member member : members) {
      Costs.Of cost = byStudent.getOrDefault(member.student(), new Costs.Of(0, 0, 0, 0, false));
      costs.merge(member.kind(), cost, Costs.Of::plus);
      if (cost.timedOut()) {
        timedOut.merge(member.kind(), 1, Integer::sum);
      }
    }
    return new ClassRun(
        members,
        end - start,
        cpu,
        peakResident,
        heapPeak(),
        summary.graded() == 0 ? 0 : summary.workersStarted(),
        Map.of(
            "compile", compile,
            "screen", screen,
            "tests", tests,
            "reports", reports.millis(),
            "exports", (end - exportStart) / 1_000_000),
        costs,
        timedOut,
        slowest);
  }

  private static void resetHeapPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long heapPeak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
