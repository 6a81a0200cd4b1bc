package selfcheck;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints the self-checks in question order, one line each (a part not written yet gets one line,
 * however many checks wait for it), and ends with a summary per question.
 *
 * <p>JUnit finds it through {@code META-INF/services}, so {@code mvn test} and IDEs print it. Only
 * tests whose name starts with a question label ("1b: ...", "3a figure: ...") are listed.
 */
public final class SelfCheckSummary implements TestExecutionListener {

  private static final Pattern LABEL = Pattern.compile("^([0-9][a-d]?(?:-[ivx]+)?|plots)( figure)?: (.*)$", Pattern.DOTALL);
  private static final Pattern STUB = Pattern.compile("Question (\\S+?)(?: \\((\\w+)\\))?: (\\S+) is not written yet");
  private static final String INDENT = "              ";

  private enum Kind { PASS, FAIL, NOT_WRITTEN, WAITS, NOT_JUDGED, FIGURE, COURSE_FIGURE_ONLY, FIGURE_NOT_DRAWN }

  private record Outcome(String item, String name, Kind kind, String detail) {}

  /** What one question label's checks came to. */
  private static final class Tally {
    int pass;
    final List<String> failed = new ArrayList<>();
    final Set<String> notWritten = new LinkedHashSet<>();
    final Set<String> waitsFor = new LinkedHashSet<>();
    int notJudged;

    int total() {
      return pass + failed.size() + notJudged + skippedStubs;
    }

    int skippedStubs;
  }

  private final PrintStream out;
  private final Map<String, String> notes = new LinkedHashMap<>();
  private final List<Outcome> pending = new ArrayList<>();
  private final Map<String, Tally> items = new LinkedHashMap<>();
  private final List<String> figures = new ArrayList<>();
  private boolean started;

  /** Prints to standard output (what {@code mvn test} shows). */
  public SelfCheckSummary() {
    this(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Prints to {@code out}. */
  public SelfCheckSummary(PrintStream out) {
    this.out = out;
  }

  /** A check's note for a student (published with JUnit's TestReporter, key "note"), shown under its line. */
  @Override
  public void reportingEntryPublished(TestIdentifier test, org.junit.platform.engine.reporting.ReportEntry entry) {
    entry.getKeyValuePairs().forEach((key, value) -> {
      if (key.equals("note")) {
        notes.merge(test.getUniqueId(), value, (a, b) -> a + "\n" + b);
      }
    });
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    record(test, TestExecutionResult.aborted(new RuntimeException(reason)));
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    if (id.isTest()) {
      record(id, result);
    } else if (id.getSource().filter(ClassSource.class::isInstance).isPresent()) {
      flush(id.getDisplayName(), result);
    }
  }

  private void record(TestIdentifier test, TestExecutionResult result) {
    Matcher label = LABEL.matcher(test.getDisplayName());
    if (!test.isTest() || !label.matches()) {
      return;
    }
    String item = label.group(1);
    boolean figure = label.group(2) != null;
    String name = label.group(3);
    Throwable thrown = result.getThrowable().orElse(null);
    Outcome outcome;
    switch (result.getStatus()) {
      case SUCCESSFUL -> outcome = new Outcome(item, name, figure ? Kind.FIGURE : Kind.PASS, notes.getOrDefault(test.getUniqueId(), ""));
      case FAILED -> outcome = figure
          ? new Outcome(item, name, Kind.FIGURE_NOT_DRAWN, failureText(thrown))
          : new Outcome(item, name, Kind.FAIL, failureText(thrown));
      default -> {
        String reason = thrown == null || thrown.getMessage() == null ? "skipped" : thrown.getMessage();
        outcome = figure ? new Outcome(item, name, Kind.COURSE_FIGURE_ONLY, reason) : skipped(item, name, reason);
      }
    }
    pending.add(outcome);
    tally(outcome);
  }

  private static Outcome skipped(String item, String name, String reason) {
    Matcher stub = STUB.matcher(reason);
    if (stub.find()) {
      String question = stub.group(1);
      String method = stub.group(3);
      boolean own = question.startsWith(item) || item.startsWith(question) || item.equals(stub.group(2));
      return own
          ? new Outcome(item, name, Kind.NOT_WRITTEN, method)
          : new Outcome(item, name, Kind.WAITS, method + " (question " + question + ")");
    }
    return new Outcome(item, name, Kind.NOT_JUDGED, reason);
  }

  private static String failureText(Throwable thrown) {
    if (thrown == null) {
      return "failed";
    }
    if (thrown instanceof AssertionError && thrown.getMessage() != null) {
      return thrown.getMessage();
    }
    return Describe.briefly(thrown);
  }

  private void tally(Outcome outcome) {
    if (outcome.kind() == Kind.FIGURE || outcome.kind() == Kind.COURSE_FIGURE_ONLY) {
      figures.add(outcome.name().replaceAll(":.*", ""));
      return;
    }
    if (outcome.kind() == Kind.FIGURE_NOT_DRAWN) {
      return;
    }
    Tally tally = items.computeIfAbsent(outcome.item(), k -> new Tally());
    switch (outcome.kind()) {
      case PASS -> tally.pass++;
      case FAIL -> tally.failed.add(outcome.name());
      case NOT_WRITTEN -> {
        tally.notWritten.add(outcome.detail());
        tally.skippedStubs++;
      }
      case WAITS -> {
        tally.waitsFor.add(outcome.detail());
        tally.skippedStubs++;
      }
      default -> tally.notJudged++;
    }
  }

  private void flush(String className, TestExecutionResult classResult) {
    if (pending.isEmpty() && classResult.getStatus() != TestExecutionResult.Status.FAILED) {
      return;
    }
    if (!started) {
      started = true;
      out.println();
      out.println("Self-checks, in question order");
      out.println("==============================");
    }
    out.println(className);
    if (pending.isEmpty()) {
      out.println("  FAIL  these checks could not run: " + failureText(classResult.getThrowable().orElse(null)));
    }
    for (int i = 0; i < pending.size(); i++) {
      Outcome o = pending.get(i);
      switch (o.kind()) {
        case PASS -> {
          line("ok", o.item(), o.name());
          o.detail().lines().forEach(l -> out.println(INDENT + l));
        }
        case FAIL -> {
          line("FAIL", o.item(), o.name());
          o.detail().lines().forEach(l -> out.println(INDENT + l));
        }
        case NOT_JUDGED -> line("skip", o.item(), o.name() + " (" + o.detail() + ")");
        case FIGURE -> out.println("  figure      " + o.name());
        case COURSE_FIGURE_ONLY -> out.println("  figure      " + o.name().replaceAll(":.*", "")
            + ": the course's only (yours: " + o.detail().replaceFirst("^the course's only: ", "") + ")");
        case FIGURE_NOT_DRAWN -> out.println("  figure      " + o.name().replaceAll(":.*", "")
            + ": not drawn (" + o.detail() + ")");
        default -> {
          // One line for all the checks of an item that wait for parts not written yet.
          Set<String> details = new LinkedHashSet<>(List.of(o.detail()));
          int same = 1;
          while (i + same < pending.size() && pending.get(i + same).kind() == o.kind()
              && pending.get(i + same).item().equals(o.item())) {
            details.add(pending.get(i + same).detail());
            same++;
          }
          String parts = String.join(", ", details);
          String what = o.kind() == Kind.NOT_WRITTEN ? "not written yet: " + parts : "waits for " + parts + ", not written yet";
          line("skip", o.item(), what + (same > 1 ? " (" + same + " checks)" : " (1 check)"));
          i += same - 1;
        }
      }
    }
    pending.clear();
  }

  private void line(String status, String item, String text) {
    out.println(String.format("  %-4s  %-5s %s", status, item, text));
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    if (items.isEmpty()) {
      return;
    }
    int pass = 0;
    int fail = 0;
    int skipped = 0;
    out.println();
    out.println("Summary");
    out.println("-------");
    for (Map.Entry<String, Tally> entry : items.entrySet()) {
      Tally t = entry.getValue();
      pass += t.pass;
      fail += t.failed.size();
      skipped += t.notJudged + t.skippedStubs;
      out.println(String.format("  %-6s %s", entry.getKey(), describe(t)));
    }
    out.println();
    out.println("Self-checks: " + pass + " pass, " + fail + (fail == 1 ? " fails, " : " fail, ") + skipped + " skipped.");
    if (!figures.isEmpty()) {
      out.println("Figures of your results next to the course's: " + commonFolder() + " (" + figures.size() + " PNG files).");
    }
    out.println("The grader runs more checks than these (other networks, time steps and edge cases).");
    out.println();
  }

  private static String describe(Tally t) {
    List<String> parts = new ArrayList<>();
    int total = t.total();
    if (!t.failed.isEmpty()) {
      parts.add(t.pass + " of " + total + " pass; FAILS: " + String.join("; ", t.failed));
    } else if (t.pass == total) {
      parts.add(total == 1 ? "passes" : "all " + total + " pass");
    } else if (t.pass > 0) {
      parts.add(t.pass + " of " + total + " pass");
    }
    if (!t.notWritten.isEmpty()) {
      parts.add("not written yet: " + String.join(", ", t.notWritten));
    }
    if (!t.waitsFor.isEmpty()) {
      parts.add("waits for " + String.join(", ", t.waitsFor) + ", not written yet");
    }
    if (t.notJudged > 0) {
      parts.add(t.notJudged + " not judged until the failure above is fixed");
    }
    return String.join("; ", parts);
  }

  private String commonFolder() {
    String first = figures.get(0);
    int slash = first.lastIndexOf('/');
    return slash < 0 ? "." : first.substring(0, slash + 1);
  }
}
