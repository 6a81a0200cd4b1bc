package neurograde.cli;

import java.io.PrintStream;
import java.util.Locale;
import neurograde.score.ItemResult;
import neurograde.score.Marks;
import neurograde.score.NoSubmission;
import neurograde.score.SubmissionResult;

/**
 * Reports grading progress: a bar redrawn in place on a terminal, one line per submission otherwise
 * (logs, CI).
 */
final class Progress {

  private static final int WIDTH = 30;

  /** Room for a student's line after the bar, so a shorter line overwrites a longer one. */
  private static final int WIDTH_OF_LINE = 60;

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
    String line = result.student() + " " + marks(result);
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

  /**
   * Says a result's marks without counting marks a TA has still to give as lost: "37.5/37.5
   * automatic, 9.5 to mark" until a TA has marked, "44/47, 1.5 to mark" part way, "45.5/47" when
   * done, and "0/47, no submission" for a roster student who sent nothing.
   */
  static String marks(SubmissionResult result) {
    if (NoSubmission.is(result)) {
      return number(result.score()) + "/" + number(result.maxScore()) + ", no submission";
    }
    double toMark = 0;
    double auto = 0;
    double autoMax = 0;
    boolean anyManual = false;
    for (ItemResult item : result.items()) {
      if (item.pending()) {
        toMark += item.manualMax();
      }
      if (item.manualScore() != null) {
        anyManual = true;
      }
      if (item.autoMax() != null) {
        auto += item.autoScore();
        autoMax += item.autoMax();
      }
    }
    if (toMark == 0) {
      return number(result.score()) + "/" + number(result.maxScore());
    }
    String left = ", " + number(Marks.round(toMark)) + " to mark";
    return anyManual
        ? number(result.score()) + "/" + number(result.maxScore()) + left
        : number(Marks.round(auto)) + "/" + number(Marks.round(autoMax)) + " automatic" + left;
  }

  private static String pad(String text) {
    return text.length() >= WIDTH_OF_LINE
        ? text.substring(0, WIDTH_OF_LINE)
        : text + " ".repeat(WIDTH_OF_LINE - text.length());
  }

  static String number(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.2f", value).replaceAll("0$", "");
  }
}
