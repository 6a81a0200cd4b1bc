package neurograde.run.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How a thread spent its time, from Linux's {@code /proc/.../schedstat}: on a processor, and
 * waiting in the run queue for one. The rest of its time on the clock it chose not to run (it
 * slept, waited, or waited for the garbage collector): that, unlike a busy machine's queue, is what
 * tells code that idles from code that is starved.
 */
final class ThreadTimes {

  /** A reading: processor time and run-queue wait so far (ns). */
  record Reading(long cpuNanos, long queuedNanos) {}

  private final Path schedstat;

  private ThreadTimes(Path schedstat) {
    this.schedstat = schedstat;
  }

  /**
   * Returns the times of the calling thread, or empty where the system does not tell them (not
   * Linux, or a kernel without scheduler statistics).
   */
  static Optional<ThreadTimes> ofCurrentThread() {
    try {
      Path self = Path.of("/proc/thread-self");
      if (!Files.isSymbolicLink(self)) {
        return Optional.empty();
      }
      ThreadTimes times =
          new ThreadTimes(
              Path.of("/proc").resolve(Files.readSymbolicLink(self)).resolve("schedstat"));
      times.read();
      return Optional.of(times);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Reads the thread's times now. */
  Reading read() throws IOException {
    String[] fields = Files.readString(schedstat).trim().split("\\s+");
    return new Reading(Long.parseLong(fields[0]), Long.parseLong(fields[1]));
  }
}
