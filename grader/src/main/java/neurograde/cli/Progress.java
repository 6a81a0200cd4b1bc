package neurograde.cli;

import java.io.PrintStream;
import java.util.Locale;
import neurograde.score.SubmissionResult;

/**
 * Reports grading progress: a bar redrawn in place on a terminal, one line per submission otherwise
 * (logs, CI).
 */
final class Progress {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final int total;
  private final boolean terminal;
  private final boolean quiet;
  private int done;

  Progress(PrintStream out, int total, boolean terminal, boolean quiet) {
    this.out = out;
    this.total = total;
    this.terminal = terminal;
    this.quiet = quiet;
  }

  synchronized void finished(SubmissionResult result) {
    done++;
    if (quiet) {
      return;
    }
    String line =
        String.format(
            Locale.ROOT,
            "%s %s/%s",
            result.student(),
            number(result.score()),
            number(result.maxScore()));
    if (terminal) {
      int filled = total == 0 ? WIDTH : WIDTH * done / total;
      out.print(
          "\r["
              + "#".repeat(filled)
              + "-".repeat(WIDTH - filled)
              + "] "
              + done
              + "/"
              + total
              + " "
              + pad(line));
      if (done == total) {
        out.println();
      }
    } else {
      out.println(String.format(Locale.ROOT, "[%d/%d] %s", done, total, line));
    }
    out.flush();
  }

  private static String pad(String text) {
    return text.length() >= 40 ? text.substring(0, 40) : text + " ".repeat(40 - text.length());
  }

  static String number(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.2f", value).replaceAll("0$", "");
  }
}
