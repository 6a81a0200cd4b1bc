package neurograde.run.worker;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What student code prints, kept per check and capped: students debug by printing, so printing is
 * allowed, but a flood of output costs nothing beyond the cap.
 */
final class CapturedOutput extends OutputStream {

  /** Most bytes kept per check. */
  static final int CAP = 8 * 1024;

  private final byte[] kept = new byte[CAP];
  private int size;
  private long total;

  /** Returns a print stream writing here, to stand in for System.out and System.err. */
  PrintStream stream() {
    return new PrintStream(this, true, StandardCharsets.UTF_8);
  }

  @Override
  public synchronized void write(int b) {
    total++;
    if (size < CAP) {
      kept[size++] = (byte) b;
    }
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    total += length;
    int room = Math.min(CAP - size, length);
    if (room > 0) {
      System.arraycopy(bytes, offset, kept, size, room);
      size += room;
    }
  }

  @Override
  public void close() {
    // the student cannot close the grader's stream
  }

  /** Returns what was printed since the last call, or null if nothing, and starts afresh. */
  synchronized String take() {
    if (total == 0) {
      return null;
    }
    String text = new String(kept, 0, size, StandardCharsets.UTF_8);
    if (total > size) {
      // not how much more: a check stopped by its time limit prints an amount that depends on the
      // machine's speed, and results must not
      text += "\n[... output past the first " + CAP / 1024 + " KiB not kept]";
    }
    size = 0;
    total = 0;
    return text;
  }
}
