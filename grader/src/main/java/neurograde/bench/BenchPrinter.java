package neurograde.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import neurograde.grading.Costs;

/** Prints the benchmark's figures. */
public final class BenchPrinter {

  private final PrintStream out;

  public BenchPrinter(PrintStream out) {
    this.out = out;
  }

  /** Prints a line as it is. */
  public void line(String text) {
    out.println(text);
  }

  /** Prints the machine, and warns if it is busy. */
  public void machine() {
    int cores = Runtime.getRuntime().availableProcessors();
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    format(
        "machine: %d cores, max heap %d MiB, Java %s, JVM options %s, load average %.1f%s",
        cores,
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"),
        jvmOptions(),
        load,
        load > cores / 2.0
            ? " (busy: times on the clock are unreliable; compare processor times)"
            : "");
    if (!ProcessTree.complete()) {
      out.println("(no /proc: processor time and memory are the grader's alone, without workers)");
    }
  }

  /** The grading JVM's options that bear on speed and memory, or "none". */
  private static String jvmOptions() {
    List<String> options = new ArrayList<>();
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (option.startsWith("-X") && !option.startsWith("-Xlog")) {
        options.add(option);
      }
    }
    return options.isEmpty() ? "none" : String.join(" ", options);
  }

  /** Prints the yardstick. */
  public void yardstick(Yardstick yardstick) {
    out.println(
        "yardstick: the four experiments in a Python model of the course's notebook"
            + " (bench/notebook_model.py): "
            + yardstick.describe());
  }

  /** Prints the figures of a class, against the yardstick if there is one. */
  public void classRun(ClassRun run, Yardstick yardstick) {
    int n = run.members().size();
    double wall = run.wallNanos() / 1e9;
    double cpu = run.cpuNanos() / 1e9;
    List<String> kinds = new ArrayList<>();
    BenchClass.count(run.members()).forEach((k, c) -> kinds.add(k.label() + " " + c));
    out.println();
    out.println("N = " + n + ": " + String.join(", ", kinds));
    format("  wall time              %8.1f s    (%.1f submissions/s)", wall, n / wall);
    format(
        "  per submission         %8.0f ms%s",
        1000 * wall / n,
        yardstick == null
            ? ""
            : String.format(
                Locale.ROOT, "   = %.3fx the yardstick", wall / n / yardstick.wallSeconds()));
    format(
        "  processor time         %8.1f s    (grader and workers): %.0f ms per submission%s",
        cpu,
        1000 * cpu / n,
        yardstick == null
            ? ""
            : String.format(
                Locale.ROOT, " = %.3fx the yardstick's", cpu / n / yardstick.cpuSeconds()));
    format(
        "  peak memory            %8d MiB  (grader and workers, resident)",
        run.peakResident() >> 20);
    format("  peak heap (grader)     %8d MiB", run.peakHeap() >> 20);
    format("  worker JVMs started    %8d", run.workersStarted());
    Map<String, Long> stages = run.stageMillis();
    format(
        "  by stage, time on the clock summed over submissions: compile %.1f s, screen %.1f s,"
            + " tests in workers %.1f s, plots and reports %.1f s, exports %.1f s",
        stages.get("compile") / 1e3,
        stages.get("screen") / 1e3,
        stages.get("tests") / 1e3,
        stages.get("reports") / 1e3,
        stages.get("exports") / 1e3);
    costs(run);
    out.println(
        "  slowest checks (total s): "
            + run.slowest().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue() / 1e3))
                .toList());
  }

  /** Prints the cost per submission by kind, and what the submissions that hung cost apart. */
  private void costs(ClassRun run) {
    Map<BenchClass.Kind, Integer> counts = BenchClass.count(run.members());
    out.println(
        "  processor time per submission (ms, mean), in the grader (compile, reports)"
            + " and the workers (checks, observations):");
    format(
        "    %-32s %5s %8s %8s %13s %8s",
        "kind", "n", "compile", "checks", "observations", "reports");
    Costs.Of all = new Costs.Of(0, 0, 0, 0, false);
    Costs.Of hung = new Costs.Of(0, 0, 0, 0, false);
    int hungCount = 0;
    for (Map.Entry<BenchClass.Kind, Costs.Of> kind : run.costs().entrySet()) {
      int count = counts.get(kind.getKey());
      row(kind.getKey().label(), count, kind.getValue());
      all = all.plus(kind.getValue());
      if (kind.getKey().hangs()) {
        hung = hung.plus(kind.getValue());
        hungCount += count;
      }
    }
    row("all", run.members().size(), all);
    int timedOut = run.timedOut().values().stream().mapToInt(Integer::intValue).sum();
    if (hungCount > 0) {
      long others = worker(all) - worker(hung);
      format(
          "  submissions that hang (%d): %.1f s of checks and observations in workers, %.2f s each;"
              + " the other %d: %.2f s each (%d submission(s) in all ran out of time)",
          hungCount,
          worker(hung) / 1e9,
          worker(hung) / 1e9 / hungCount,
          run.members().size() - hungCount,
          others / 1e9 / Math.max(1, run.members().size() - hungCount),
          timedOut);
    }
  }

  private static long worker(Costs.Of cost) {
    return cost.checksNs() + cost.observationsNs();
  }

  private void row(String label, int count, Costs.Of sum) {
    double per = 1e6 * Math.max(1, count);
    format(
        "    %-32s %5d %8.0f %8.0f %13.0f %8.0f",
        label,
        count,
        sum.compileNs() / per,
        sum.checksNs() / per,
        sum.observationsNs() / per,
        sum.reportNs() / per);
  }

  /** Prints what single submissions cost in all, graded alone. */
  public void probes(Map<BenchClass.Kind, Long> costs) {
    out.println();
    out.println(
        "graded alone on a warm worker, processor time in all (grader and workers, result and"
            + " report):");
    Long correct = costs.get(BenchClass.Kind.CORRECT);
    for (Map.Entry<BenchClass.Kind, Long> cost : costs.entrySet()) {
      BenchClass.Kind kind = cost.getKey();
      String target =
          switch (kind) {
            case ENDLESS_LOOP, LONG_RUN_LOOP -> "   (target: at most 2 s)";
            case FLOOD ->
                correct == null
                    ? ""
                    : String.format(
                        Locale.ROOT,
                        "   = %.2f s more than the same code without printing (target: at most 1 s)",
                        (cost.getValue() - correct) / 1e9);
            default -> "";
          };
      format("  %-32s %6.2f s%s", kind.label(), cost.getValue() / 1e9, target);
    }
  }

  private void format(String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
  }
}
