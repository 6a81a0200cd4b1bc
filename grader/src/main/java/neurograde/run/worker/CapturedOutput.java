package neurograde.run.worker;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What student code prints, kept per check and capped: students debug by printing, so printing is
 * allowed, but a flood of output costs almost nothing beyond the cap. Once the cap is reached the
 * stream is muted: its print and println calls return at once (arguments still turned into text
 * where that runs the student's own code, such as an object's toString), and the worker is told, so
 * that concatenations the code only prints are not even made (see {@code MutedPrints}).
 */
final class CapturedOutput extends OutputStream {

  /** Most bytes kept per check. */
  static final int CAP = 8 * 1024;

  private final byte[] kept = new byte[CAP];
  private final Runnable onCut;
  private int size;
  private long total;
  private volatile boolean muted;
  private long mutedCalls;

  /** Output that is only capped. */
  CapturedOutput() {
    this(() -> {});
  }

  /** Output that runs {@code onCut} once its cap is reached (to mute the worker's printing). */
  CapturedOutput(Runnable onCut) {
    this.onCut = onCut;
  }

  /** Returns a print stream writing here, to stand in for System.out and System.err. */
  PrintStream stream() {
    return new MutingStream(this);
  }

  @Override
  public synchronized void write(int b) {
    total++;
    if (size < CAP) {
      kept[size++] = (byte) b;
    } else {
      cut();
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
    if (room < length) {
      cut();
    }
  }

  private void cut() {
    if (!muted) {
      muted = true;
      onCut.run();
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
    if (total > size || mutedCalls > 0) {
      // not how much more: a check stopped by its time limit prints an amount that depends on the
      // machine's speed, and results must not
      text += "\n[... output past the first " + CAP / 1024 + " KiB not kept]";
    }
    size = 0;
    total = 0;
    mutedCalls = 0;
    return text;
  }

  /**
   * A print stream whose printing returns at once once the output is cut. Text whose making runs no
   * student code (strings, numbers) is not made; an object is still turned into text, so its
   * toString runs (and fails) as it would have.
   */
  private static final class MutingStream extends PrintStream {
    private final CapturedOutput output;

    MutingStream(CapturedOutput output) {
      super(output, true, StandardCharsets.UTF_8);
      this.output = output;
    }

    /** Whether output is cut: then the call is only counted. */
    private boolean muted() {
      if (output.muted) {
        output.mutedCalls++;
        return true;
      }
      return false;
    }

    @Override
    public void print(boolean b) {
      if (!muted()) {
        super.print(b);
      }
    }

    @Override
    public void print(char c) {
      if (!muted()) {
        super.print(c);
      }
    }

    @Override
    public void print(int i) {
      if (!muted()) {
        super.print(i);
      }
    }

    @Override
    public void print(long l) {
      if (!muted()) {
        super.print(l);
      }
    }

    @Override
    public void print(float f) {
      if (!muted()) {
        super.print(f);
      }
    }

    @Override
    public void print(double d) {
      if (!muted()) {
        super.print(d);
      }
    }

    @Override
    public void print(char[] s) {
      if (!muted()) {
        super.print(s);
      } else {
        Objects.requireNonNull(s);
      }
    }

    @Override
    public void print(String s) {
      if (!muted()) {
        super.print(s);
      }
    }

    @Override
    public void print(Object obj) {
      if (!muted()) {
        super.print(obj);
      } else {
        String.valueOf(obj);
      }
    }

    @Override
    public void println() {
      if (!muted()) {
        super.println();
      }
    }

    @Override
    public void println(boolean x) {
      if (!muted()) {
        super.println(x);
      }
    }

    @Override
    public void println(char x) {
      if (!muted()) {
        super.println(x);
      }
    }

    @Override
    public void println(int x) {
      if (!muted()) {
        super.println(x);
      }
    }

    @Override
    public void println(long x) {
      if (!muted()) {
        super.println(x);
      }
    }

    @Override
    public void println(float x) {
      if (!muted()) {
        super.println(x);
      }
    }

    @Override
    public void println(double x) {
      if (!muted()) {
        super.println(x);
      }
    }

    @Override
    public void println(char[] x) {
      if (!muted()) {
        super.println(x);
      } else {
        Objects.requireNonNull(x);
      }
    }

    @Override
    public void println(String x) {
      if (!muted()) {
        super.println(x);
      }
    }

    @Override
    public void println(Object x) {
      if (!muted()) {
        super.println(x);
      } else {
        String.valueOf(x);
      }
    }

    @Override
    public void write(int b) {
      if (!muted()) {
        super.write(b);
      }
    }

    @Override
    public void write(byte[] buf, int off, int len) {
      if (!muted()) {
        super.write(buf, off, len);
      } else {
        Objects.checkFromIndexSize(off, len, buf.length);
      }
    }
  }
}
