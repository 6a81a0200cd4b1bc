package neurograde.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import neurograde.Grading;
import neurograde.bench.SyntheticClass;
import neurograde.report.Reports;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricLoader;
import neurograde.run.WorkerOptions;
import neurograde.score.SubmissionResult;
import neurograde.similarity.SimilarityOptions;
import neurograde.submission.SubmissionFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bench}: grades a generated class end to end and prints the figures. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures grading speed on a generated class.",
      "",
      "Generates N synthetic submissions (mostly correct, some with classic mistakes, some that do not compile, one endless loop per 50), grades, reports and exports them as `grade` does, and prints wall time, submissions per second, time per stage and peak heap; then times the similarity report on them. Run it on an idle machine."
    })
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "-n",
      paramLabel = "N",
      description = "Submissions per run; repeat for several sizes (default: 30 and 300).")
  List<Integer> sizes = List.of(30, 300);

  @Option(
      names = "--workers",
      paramLabel = "N",
      description = "Worker JVMs (default: the number of cores).")
  Integer workers;

  @Option(
      names = "--seed",
      description = "Seed of the mix of submissions (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(
      names = "--keep",
      paramLabel = "DIR",
      description = "Keep the generated class and the output in DIR.")
  Path keep;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws Exception {
    for (int n : sizes) {
      if (n < 1 || n > 10_000) {
        throw new ParameterException(
            spec.commandLine(), "Invalid value '" + n + "' for option '-n': between 1 and 10000");
      }
    }
    Rubric rubric = RubricLoader.bundled();
    System.out.println(
        String.format(
            Locale.ROOT,
            "machine: %d cores, max heap %d MiB, Java %s",
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() >> 20,
            System.getProperty("java.version")));
    for (int n : sizes) {
      Path root = keep != null ? keep.resolve("n" + n) : Files.createTempDirectory("grader-bench");
      Path submissions = root.resolve("class");
      Path out = root.resolve("out");
      Map<String, Integer> kinds = SyntheticClass.write(submissions, n, seed);
      resetPeaks();
      WorkerOptions options = WorkerOptions.defaults().withLogDir(out.resolve(".workers"));
      if (workers != null) {
        options = options.withSize(workers);
      }
      long start = System.nanoTime();
      Reports reports = new Reports(out, rubric);
      Grading.ClassSummary summary;
      Map<String, Long> slowest;
      try (Grading grading = new Grading(rubric, options)) {
        summary =
            grading.gradeClass(
                SubmissionFinder.find(List.of(submissions)), Map.of(), out, true, r -> {}, reports);
        slowest = grading.checkTimes().slowest(8);
      }
      long exportStart = System.nanoTime();
      Exports.write(out, rubric);
      long end = System.nanoTime();
      // The similarity report is measured on its own: `grade` runs it only when asked.
      long similarityStart = System.nanoTime();
      String similarity = SimilarityCommand.run(out, SimilarityOptions.defaults());
      double similaritySeconds = (System.nanoTime() - similarityStart) / 1e9;
      double wall = (end - start) / 1e9;
      long compile = 0;
      long screen = 0;
      long tests = 0;
      for (SubmissionResult r : summary.results()) {
        compile += r.timings().compileMs();
        screen += r.timings().screenMs();
        tests += r.timings().testsMs();
      }
      System.out.println();
      System.out.println(String.format(Locale.ROOT, "N = %d  (%s)", n, kinds));
      System.out.println(
          String.format(
              Locale.ROOT,
              "  wall time            %8.1f s   (%.1f submissions/s)",
              wall,
              n / wall));
      System.out.println(
          String.format(
              Locale.ROOT,
              "  compile              %8.1f s   (summed over submissions; stages overlap)",
              compile / 1e3));
      System.out.println(
          String.format(Locale.ROOT, "  screen               %8.1f s", screen / 1e3));
      System.out.println(String.format(Locale.ROOT, "  tests (in workers)   %8.1f s", tests / 1e3));
      System.out.println(
          String.format(Locale.ROOT, "  plots and reports    %8.1f s", reports.millis() / 1e3));
      System.out.println(
          String.format(Locale.ROOT, "  exports              %8.1f s", (end - exportStart) / 1e9));
      System.out.println(
          String.format(
              Locale.ROOT,
              "  similarity           %8.1f s   (not in the wall time; with its pages)",
              similaritySeconds));
      System.out.println("    " + similarity);
      System.out.println(
          String.format(
              Locale.ROOT,
              "  peak heap (grader)   %8d MiB  (workers: %d MiB cap each)",
              peakHeap() >> 20,
              options.heapMb()));
      System.out.println(
          String.format(
              Locale.ROOT,
              "  worker JVMs started  %8d",
              summary.graded() == 0 ? 0 : summary.workersStarted()));
      System.out.println(
          "  slowest checks (total s): "
              + slowest.entrySet().stream()
                  .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue() / 1e3))
                  .toList());
    }
    return 0;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
