package neurograde.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Processor time and memory of the grader and its worker JVMs together, read from Linux's {@code
 * /proc}: what a run costs in all, whichever process spent it. Elsewhere it sees the grader alone.
 */
public final class ProcessTree {

  /** Linux's clock ticks per second in {@code /proc/PID/stat} (USER_HZ, 100 on every platform). */
  private static final long TICKS_PER_SECOND = 100;

  private static final Path PROC = Path.of("/proc");

  /** The process that started this grader and waits for it (see cli.Relaunch), or -1. */
  private static volatile long launcher = -1;

  private ProcessTree() {}

  /** Counts the memory of the process that started this JVM and waits for it, too. */
  public static void includeLauncher(long pid) {
    launcher = pid;
  }

  /** Whether the figures include the workers ({@code /proc} is there). */
  static boolean complete() {
    return Files.isReadable(PROC.resolve("self/stat"));
  }

  /**
   * Returns the processor time (ns) used so far by the grader, the workers still running, and the
   * workers that have exited (the JVM reaps them, which adds their time to the grader's
   * children's).
   */
  static long cpuNanos() {
    if (!complete()) {
      return ((com.sun.management.OperatingSystemMXBean)
              ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }
    long ticks = ticks(ProcessHandle.current().pid());
    for (long pid : descendants()) {
      ticks += ticks(pid);
    }
    return ticks * (1_000_000_000L / TICKS_PER_SECOND);
  }

  /**
   * Returns the resident memory (bytes) of the grader, its running workers and the launcher that
   * waits for it together.
   */
  static long residentBytes() {
    return complete() ? residentBytes(descendants()) : heapUsed();
  }

  /** The resident memory (bytes) of the grader, the launcher and the given workers. */
  private static long residentBytes(List<Long> workers) {
    long bytes = resident(ProcessHandle.current().pid());
    if (launcher > 0) {
      bytes += resident(launcher);
    }
    for (long pid : workers) {
      bytes += resident(pid);
    }
    return bytes;
  }

  private static long heapUsed() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static List<Long> descendants() {
    List<Long> pids = new ArrayList<>();
    ProcessHandle.current().descendants().forEach(p -> pids.add(p.pid()));
    return pids;
  }

  /** User and system ticks of a process, with those of its reaped children. */
  private static long ticks(long pid) {
    String stat = read(PROC.resolve(pid + "/stat"));
    if (stat == null) {
      return 0;
    }
    // The command name may hold spaces and parentheses: fields are counted after its last ')'.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    // fields[0] is field 3 (state); utime, stime, cutime and cstime are fields 14 to 17.
    return Long.parseLong(fields[11])
        + Long.parseLong(fields[12])
        + Long.parseLong(fields[13])
        + Long.parseLong(fields[14]);
  }

  private static long resident(long pid) {
    String status = read(PROC.resolve(pid + "/status"));
    if (status == null) {
      return 0;
    }
    for (String line : status.split("\n")) {
      if (line.startsWith("VmRSS:")) {
        String kb = line.substring("VmRSS:".length()).trim().split("\\s+")[0];
        return Long.parseLong(kb) * 1024;
      }
    }
    return 0;
  }

  /** A file of /proc, or null if the process has gone. */
  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Samples the resident memory of the tree in the background and keeps the peak. */
  static final class PeakMemory implements AutoCloseable {
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peak;

    PeakMemory() {
      sampler =
          new Thread(
              () -> {
                // Finding the workers reads every process's stat: once a second, not per sample,
                // so the measuring costs the run little (a worker started since is seen late).
                boolean proc = complete();
                List<Long> workers = List.of();
                for (long sample = 0; running; sample++) {
                  if (proc && sample % 20 == 0) {
                    workers = descendants();
                  }
                  peak = Math.max(peak, proc ? residentBytes(workers) : heapUsed());
                  try {
                    Thread.sleep(50);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "bench-memory");
      sampler.setDaemon(true);
      sampler.start();
    }

    /** Returns the highest resident memory seen so far (bytes). */
    long peak() {
      return Math.max(peak, residentBytes());
    }

    @Override
    public void close() {
      running = false;
      sampler.interrupt();
    }
  }
}
