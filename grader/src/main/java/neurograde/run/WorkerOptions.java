package neurograde.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How worker JVMs are started.
 *
 * @param size how many workers run at once
 * @param heapMb each worker's heap cap (MiB): a memory bomb ends the worker, not the grader
 * @param warmUp whether a new worker first runs the checks on the reference, so that the first
 *     submission it grades is not slowed by class loading and compilation
 * @param logDir where workers' own output goes (JVM messages), or null to discard it
 */
public record WorkerOptions(int size, int heapMb, boolean warmUp, Path logDir) {

  /** One worker per core, 256 MiB each, warmed up. */
  public static WorkerOptions defaults() {
    return new WorkerOptions(Runtime.getRuntime().availableProcessors(), 256, true, null);
  }

  /** Returns these options with another number of workers. */
  public WorkerOptions withSize(int newSize) {
    return new WorkerOptions(newSize, heapMb, warmUp, logDir);
  }

  /** Returns these options with workers' output written under a folder. */
  public WorkerOptions withLogDir(Path dir) {
    return new WorkerOptions(size, heapMb, warmUp, dir);
  }

  /** Returns these options without the warm-up run. */
  public WorkerOptions withoutWarmUp() {
    return new WorkerOptions(size, heapMb, false, logDir);
  }

  List<String> jvmOptions() {
    List<String> options =
        new ArrayList<>(
            List.of(
                "-Xmx" + heapMb + "m",
                "-Xss1m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                // Every submission is new code that runs briefly: compiling it after a third of
                // the usual calls and loop turns spends less time interpreting it (a class of 300
                // used about 8% less processor time in all).
                "-XX:CompileThresholdScaling=0.3",
                "-XX:+ExitOnOutOfMemoryError",
                // No shared performance file: a sandboxed worker could not delete it on exit.
                "-XX:-UsePerfData",
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8",
                "-Duser.language=en",
                "-Duser.country=US",
                "-Duser.timezone=UTC"));
    if (Runtime.version().feature() >= 22) {
      // The worker enters Landlock through the Foreign Function API (submission code may not:
      // the guard refuses it the native linker).
      options.add("--enable-native-access=ALL-UNNAMED");
    }
    return options;
  }
}
