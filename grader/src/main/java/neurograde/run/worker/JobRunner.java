package neurograde.run.worker;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import neurograde.hidden.CheckFailure;
import neurograde.hidden.CheckInfo;
import neurograde.hidden.Session;
import neurograde.hidden.checks.HiddenChecks;
import neurograde.hidden.driver.StudentCodeException;
import neurograde.hidden.driver.Thrown;
import neurograde.run.Protocol;
import org.opentest4j.TestAbortedException;

/** Runs the hidden tests on one submission inside a worker, reporting each as it finishes. */
final class JobRunner {

  /**
   * Ceilings of a check's processor time (ms): a check, a check that runs an experiment, and both
   * once the submission has hung. Within them, {@link Budgets} scales each check's limit from what
   * the reference needs for it on this worker.
   */
  static final long LIMIT = 2000;

  static final long SLOW_LIMIT = 10000;
  static final long HUNG_LIMIT = 250;
  static final long HUNG_SLOW_LIMIT = 1000;

  private static volatile Budgets budgets = Budgets.unmeasured();

  private final Protocol.Job job;
  private final Consumer<Protocol.Message> sink;
  private final WorkerPolicy policy;
  private final ClassInitialisations initialisations;
  private final WorkerEnvironment environment;
  private volatile CapturedOutput output = new CapturedOutput();
  private final Set<String> skip;
  private volatile boolean hung;
  private volatile boolean flooded;
  private volatile String idledIn;
  private volatile List<String> notes = List.of();
  private volatile long started;
  private volatile long cpuNanos = -1;
  private final Map<String, Long> cpuByCheck = new java.util.concurrent.ConcurrentHashMap<>();

  JobRunner(
      Protocol.Job job,
      Consumer<Protocol.Message> sink,
      WorkerPolicy policy,
      ClassInitialisations initialisations) {
    this(job, sink, policy, initialisations, false);
  }

  /**
   * @param freshClasses whether every check gets fresh classes, even where the submission's could
   *     be shared (see {@link WorkerEnvironment})
   */
  JobRunner(
      Protocol.Job job,
      Consumer<Protocol.Message> sink,
      WorkerPolicy policy,
      ClassInitialisations initialisations,
      boolean freshClasses) {
    this.job = job;
    this.sink = sink;
    this.policy = policy;
    this.initialisations = initialisations;
    this.environment = new WorkerEnvironment(job, sink, policy, freshClasses);
    this.skip = new HashSet<>(job.skip());
    this.hung = job.hung();
  }

  /** Sets the limits later checks get, once the reference has been measured on this worker. */
  static void budgets(Budgets measured) {
    budgets = measured;
  }

  /** The processor time each check of this job used (ns), by check id, once run. */
  Map<String, Long> cpuByCheck() {
    return Map.copyOf(cpuByCheck);
  }

  /** Runs every check and observation not skipped. */
  void run() {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    Session.install(environment);
    try {
      for (CheckInfo info : HiddenChecks.all()) {
        if (!skip.contains(info.id()) && (job.observe() || !info.observation())) {
          report(info, outcome(info));
        }
      }
    } finally {
      policy.watchReturns(null);
    }
    boolean leftThreads = false;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      leftThreads |=
          thread.isAlive() && !before.contains(thread) && thread != Thread.currentThread();
    }
    // Threads the submission left, or a class it broke: the next submission gets a fresh JVM.
    boolean brokeAClass = initialisations.scan() != null;
    sink.accept(new Protocol.JobDone(job.student(), leftThreads || brokeAClass));
  }

  /** How a hidden test ended: passed, failed (what it threw), or not run (aborted). */
  private record Outcome(Status status, Throwable thrown) {
    enum Status {
      PASSED,
      FAILED,
      ABORTED
    }
  }

  /**
   * Runs one hidden test, with JUnit's meaning of its outcome: an assumption that failed aborts it,
   * anything else it throws fails it, except running out of memory, which ends the worker.
   */
  private Outcome outcome(CheckInfo info) {
    try {
      CheckThread.run(this, info);
      return new Outcome(Outcome.Status.PASSED, null);
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (TestAbortedException e) {
      return new Outcome(Outcome.Status.ABORTED, e);
    } catch (Throwable t) {
      return new Outcome(Outcome.Status.FAILED, t);
    }
  }

  /**
   * Starts a check: fresh classes, and fresh output streams, so nothing a check does to its
   * System.out (closing it, leaving half a character in it) reaches the next; returns its limits.
   */
  TimeLimits begin(CheckInfo info) {
    environment.beginCheck();
    started = System.nanoTime();
    policy.muteOutput(false);
    output =
        new CapturedOutput(
            () -> {
              flooded = true;
              policy.muteOutput(true);
            });
    PrintStream stream = output.stream();
    System.setOut(stream);
    System.setErr(stream);
    System.setIn(new ByteArrayInputStream(new byte[0]));
    notes = List.of();
    cpuNanos = -1;
    Budgets.Limit limit = budgets.limit(info, hung, flooded);
    TimeLimits limits = TimeLimits.of(limit.ms(), limit.described(), hung, idledIn);
    sink.accept(new Protocol.Started(info.id(), limits.clockMs()));
    return limits;
  }

  /** The check overran; {@code idledIn}: where, if it hardly used the processor, or null. */
  void hung(String idledIn) {
    hung = true;
    if (idledIn != null) {
      this.idledIn = idledIn;
    }
  }

  void stopSubmission(boolean stop) {
    policy.stopSubmission(stop);
  }

  void notes(List<String> checkNotes) {
    notes = checkNotes;
  }

  /** The processor time the check's thread used (ns). */
  void cpu(CheckInfo info, long nanos) {
    cpuNanos = nanos;
    cpuByCheck.put(info.id(), nanos);
  }

  /** A check would not stop; the grader records it as timed out and kills this worker. */
  void stuck(CheckInfo info, String message) {
    sink.accept(new Protocol.Stuck(info.id(), message));
    awaitKill();
  }

  /** Waits for the grader to kill this worker, which it does on a Stuck or Retire message. */
  private static void awaitKill() {
    try {
      Thread.sleep(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Longest check message (characters): messages quote the student's values, which may be huge. */
  static final int MAX_MESSAGE_CHARS = 2000;

  private static Protocol.Finished capped(Protocol.Finished f) {
    String message = f.message();
    if (message == null || message.length() <= MAX_MESSAGE_CHARS) {
      return f;
    }
    int end =
        Character.isHighSurrogate(message.charAt(MAX_MESSAGE_CHARS - 1))
            ? MAX_MESSAGE_CHARS - 1
            : MAX_MESSAGE_CHARS;
    String shortened =
        message.substring(0, end) + "... (shortened from " + message.length() + " characters)";
    return new Protocol.Finished(
        f.check(), f.status(), f.fraction(), shortened, f.mistake(), f.output(), f.millis());
  }

  private Protocol.Finished finished(CheckInfo info, Outcome result) {
    String printed = output.take();
    String noteText = String.join(" ", notes);
    notes = List.of();
    Throwable t = result.thrown();
    return switch (result.status()) {
      case PASSED ->
          new Protocol.Finished(info.id(), "passed", 1, noteText, null, printed, millis());
      case ABORTED ->
          new Protocol.Finished(
              info.id(),
              "not-run",
              0,
              join("the check was not run", t == null ? "" : Thrown.message(t)),
              null,
              printed,
              millis());
      case FAILED -> failed(info, t, noteText, printed);
    };
  }

  private Protocol.Finished failed(CheckInfo info, Throwable t, String noteText, String printed) {
    if (t instanceof CheckFailure failure) {
      return new Protocol.Finished(
          info.id(),
          "failed",
          failure.fraction(),
          join(failure.getMessage(), noteText),
          failure.mistake() == null ? null : failure.mistake().id(),
          printed,
          millis());
    }
    if (t instanceof CheckTimeout timeout) {
      return new Protocol.Finished(
          info.id(), "timeout", 0, timeout.getMessage(), null, printed, millis());
    }
    if (t instanceof StudentCodeException e) {
      return new Protocol.Finished(
          info.id(), "error", 0, join(studentError(e), noteText), null, printed, millis());
    }
    if (t instanceof AssertionError) {
      return new Protocol.Finished(
          info.id(),
          "failed",
          0,
          join(String.valueOf(Thrown.message(t)), noteText),
          null,
          printed,
          millis());
    }
    if (Thrown.fromSubmission(t)) {
      // student code ran outside the driver's guard (a callback from the JDK, say): still theirs
      return new Protocol.Finished(
          info.id(),
          "error",
          0,
          join("your code threw " + Thrown.describe(t), noteText),
          null,
          printed,
          millis());
    }
    return new Protocol.Finished(
        info.id(),
        "grader",
        0,
        "the check could not finish because of a grader problem: " + Thrown.describe(t),
        null,
        printed,
        millis());
  }

  /** A check after which a class the worker keeps could not initialise: the code's doing. */
  private static Protocol.Finished brokeAClass(Protocol.Finished f, String broken) {
    if (!f.status().equals("grader")) {
      return f;
    }
    return new Protocol.Finished(
        f.check(),
        "error",
        0,
        "your code left the JVM unable to initialise "
            + broken
            + " (for example by recursing until the stack was nearly full), so the check could"
            + " not finish",
        null,
        f.output(),
        f.millis());
  }

  /** The processor time of the check's thread (ms), or its time on the clock if not known. */
  private long millis() {
    long cpu = cpuNanos;
    return cpu >= 0 ? cpu / 1_000_000 : (System.nanoTime() - started) / 1_000_000;
  }

  private String studentError(StudentCodeException e) {
    String message = e.getMessage();
    if (message.contains("is not written yet")) {
      for (Map.Entry<String, String> substituted : job.substituted().entrySet()) {
        if (message.startsWith(substituted.getKey() + ".")
            || message.contains(" " + substituted.getKey() + ".")) {
          return "not graded: "
              + substituted.getKey()
              + ".java "
              + substituted.getValue()
              + " (see the diagnostics).";
        }
      }
      return "not answered yet: " + message;
    }
    return message;
  }

  private static String join(String message, String notes) {
    if (notes == null || notes.isBlank()) {
      return message;
    }
    return message == null || message.isBlank() ? notes : message + " " + notes;
  }

  /** Reports a hidden test that has finished. */
  private void report(CheckInfo info, Outcome outcome) {
    Protocol.Finished finished = capped(finished(info, outcome));
    String broken = initialisations.afterCheck();
    if (broken == null) {
      sink.accept(finished);
      return;
    }
    // The check broke a class this worker keeps: the rest must run in a fresh worker.
    sink.accept(brokeAClass(finished, broken));
    sink.accept(new Protocol.Retire("a check left " + broken + " unable to initialise"));
    awaitKill();
  }

  /** The classes of the reference solution, run at start-up to warm the worker up. */
  static Protocol.Job warmUpJob() {
    Map<String, byte[]> classes = new HashMap<>();
    for (String name : List.of("LIFNeuron", "SpikingNetwork", "Experiments", "Activations")) {
      classes.put("neurons." + name, TrustedClasses.bytes("neurons." + name));
    }
    return new Protocol.Job("warm-up", classes, Map.of(), new ArrayList<>(), true, false);
  }
}
