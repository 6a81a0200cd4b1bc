package neurograde.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import neurograde.bench.BenchPrinter;
import neurograde.bench.ClassRun;
import neurograde.bench.Probes;
import neurograde.bench.ProcessTree;
import neurograde.bench.Yardstick;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricLoader;
import neurograde.similarity.SimilarityOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: grades a generated class end to end and prints the figures. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures grading speed on a generated class.",
      "",
      "Makes a class of N realistic submissions (the grader's own fixtures: correct variants, single mistakes, a compile error; one endless loop in step per 50, one submission that loops only in long simulations, one that floods its output), grades, reports and exports it as `grade` does, and prints time on the clock, processor time by stage and by kind of submission, and peak memory of the grader and its workers, then times the similarity report on them. It compares the time per submission with one run of the four experiments in a Python model of the course's notebook (bench/notebook_model.py) on the same machine, and measures what a correct, a hung and a flooding submission cost in all when graded alone. Run it on an idle machine."
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

  @Option(
      names = "--python",
      paramLabel = "COMMAND",
      description = "Python interpreter for the yardstick (default: ${DEFAULT-VALUE}).")
  String python = "python3";

  @Option(
      names = "--yardstick-runs",
      paramLabel = "R",
      description =
          "Runs of the Python yardstick, of which the median counts (default: ${DEFAULT-VALUE}; 0: none).")
  int yardstickRuns = 3;

  @Option(
      names = "--no-probes",
      description =
          "Do not measure single submissions alone (a correct, a hung and a flooding one).")
  boolean noProbes;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws Exception {
    for (int n : sizes) {
      OptionValues.requireBetween(spec, "-n", n, 1, 10_000);
    }
    OptionValues.requireBetween(spec, "--yardstick-runs", yardstickRuns, 0, 100);
    Rubric rubric = RubricLoader.bundled();
    Path root = keep != null ? keep : Files.createTempDirectory("grader-bench");
    BenchPrinter print = new BenchPrinter(System.out);
    ProcessTree.includeLauncher(Relaunch.launcherPid());
    print.machine();
    Yardstick yardstick = null;
    if (yardstickRuns > 0) {
      try {
        yardstick = Yardstick.measure(python, yardstickRuns, root.resolve("yardstick"));
        print.yardstick(yardstick);
      } catch (Yardstick.Unavailable e) {
        print.line("yardstick: not measured: " + e.getMessage());
      }
    }
    for (int n : sizes) {
      Path run = root.resolve("n" + n);
      print.classRun(ClassRun.grade(run, n, seed, rubric, workers), yardstick);
      // The similarity report is measured on its own: `grade` runs it only when asked.
      long similarityStart = System.nanoTime();
      String similarity = SimilarityCommand.run(run.resolve("out"), SimilarityOptions.defaults());
      print.line(
          String.format(
              Locale.ROOT,
              "  similarity           %8.1f s   (not in the wall time; with its pages)",
              (System.nanoTime() - similarityStart) / 1e9));
      print.line("    " + similarity);
    }
    if (!noProbes) {
      print.probes(Probes.measure(root.resolve("alone"), rubric));
    }
    ClassArchive.worthKeeping();
    return 0;
  }
}
