package neurograde.grading;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The processor time each submission of a batch cost, by stage: what {@code bench} reports so that
 * regressions show.
 */
public final class Costs {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * What one submission cost (ns of processor time).
   *
   * @param compileNs compiling it, in the grader
   * @param checksNs its checks, in a worker
   * @param observationsNs recording what its code does for the report, in a worker
   * @param reportNs writing its report, plots included, in the grader
   * @param timedOut whether any of its checks or observations ran out of time
   */
  public record Of(
      long compileNs, long checksNs, long observationsNs, long reportNs, boolean timedOut) {

    /** Returns the sum of two costs. */
    public Of plus(Of other) {
      return new Of(
          compileNs + other.compileNs,
          checksNs + other.checksNs,
          observationsNs + other.observationsNs,
          reportNs + other.reportNs,
          timedOut || other.timedOut);
    }
  }

  private final Map<String, Of> byStudent = new ConcurrentHashMap<>();

  /** Returns the processor time the current thread has used so far (ns), or 0 if unknown. */
  public static long threadNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
  }

  /** Adds to what a submission cost. */
  public void add(String student, Of cost) {
    byStudent.merge(student, cost, Of::plus);
  }

  /** Returns what each submission cost so far, by student id. */
  public Map<String, Of> byStudent() {
    return new TreeMap<>(byStudent);
  }
}
