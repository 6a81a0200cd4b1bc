package neurograde.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * What a worker JVM prints itself (the JVM's messages: submissions' output is captured inside the
 * worker): drained on a thread of its own, appended to the log if there is one, and its start kept
 * to explain a worker that could not start.
 */
final class StartupOutput {

  /** Bytes of the start of the output kept. */
  private static final int KEPT = 16 * 1024;

  private final byte[] kept = new byte[KEPT];
  private final Thread drain;
  private int size;

  private StartupOutput(InputStream in, Path log) {
    drain = new Thread(() -> drain(in, log), "worker-output");
    drain.setDaemon(true);
    drain.start();
  }

  /** Starts draining a worker's output, appending it to {@code log} if not null. */
  static StartupOutput drain(Process process, Path log) {
    return new StartupOutput(process.getInputStream(), log);
  }

  private void drain(InputStream in, Path log) {
    byte[] buffer = new byte[8192];
    try (in;
        OutputStream out =
            log == null
                ? OutputStream.nullOutputStream()
                : Files.newOutputStream(
                    log, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        synchronized (this) {
          int room = Math.min(KEPT - size, read);
          System.arraycopy(buffer, 0, kept, size, room);
          size += room;
        }
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException e) {
      // the worker is gone; what was read is kept
    }
  }

  /**
   * Returns the line that best says why the JVM stopped: the root cause of an exception, or else
   * the JVM's first exception line, or else its first line (with the next, if the first only says
   * that initialisation failed).
   */
  String why() throws InterruptedException {
    drain.join(2000);
    String text;
    synchronized (this) {
      text = new String(kept, 0, size, StandardCharsets.UTF_8);
    }
    return why(text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
  }

  static String why(List<String> lines) {
    String cause = null;
    for (String line : lines) {
      if (line.startsWith("Caused by: ")) {
        cause = line.substring("Caused by: ".length());
      }
    }
    if (cause != null) {
      return cause;
    }
    for (String line : lines) {
      if (line.startsWith("java.") || line.startsWith("Exception in thread")) {
        return line;
      }
    }
    if (lines.isEmpty()) {
      return "it printed nothing";
    }
    // "Error occurred during initialization of VM" says little; the reason is on the next line.
    if (lines.get(0).startsWith("Error occurred during initialization") && lines.size() > 1) {
      return lines.get(0) + ": " + lines.get(1);
    }
    return lines.get(0);
  }
}
