package neurograde.run.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import neurograde.plots.RecordingPlots;

/**
 * Class files the worker defines itself: the course's provided and reference classes, and the
 * driver.
 */
final class TrustedClasses {

  /**
   * Class files read so far; they cannot change while the worker runs, and every check reloads
   * them.
   */
  private static final Map<String, Optional<byte[]>> READ = new ConcurrentHashMap<>();

  private static final Map<String, byte[]> SHIMS = new ConcurrentHashMap<>();

  private TrustedClasses() {}

  /**
   * Returns the bytes of a class on the grader's own class path. Student code may be on the stack
   * (its first use of a provided class loads it); the read is still the grader's, as it happens
   * inside a class loader (see {@link WorkerPolicy}).
   */
  static byte[] bytes(String binaryName) {
    Optional<byte[]> bytes =
        READ.computeIfAbsent(binaryName, name -> Optional.ofNullable(read(name)));
    return bytes.map(byte[]::clone).orElse(null);
  }

  private static byte[] read(String binaryName) {
    String resource = binaryName.replace('.', '/') + ".class";
    try (InputStream in = TrustedClasses.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Returns the worker's plotting helpers: a copy of {@code Plots} that draws nothing and writes no
   * files, but hands each call to the {@link neurograde.plots.PlotRecorder}, which keeps it only
   * while a submission's main is run for its plots.
   */
  static byte[] recordingPlots(String binaryName, byte[] bytes) {
    return SHIMS.computeIfAbsent(binaryName, name -> RecordingPlots.shim(bytes)).clone();
  }
}
