package neurograde.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import neurograde.compile.ApiConformance;
import neurograde.compile.CompileResult;
import neurograde.compile.CourseClasses;
import neurograde.compile.SubmissionCompiler;
import neurograde.hidden.CheckInfo;
import neurograde.hidden.checks.HiddenChecks;
import neurograde.internal.HelperCpu;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricCheck;
import neurograde.run.Protocol;
import neurograde.run.TestOutcome;
import neurograde.run.WorkerPool;
import neurograde.score.Diagnostic;
import neurograde.score.Scorer;
import neurograde.score.SubmissionResult;
import neurograde.screen.BytecodeScreen;
import neurograde.screen.EntryPoints;
import neurograde.screen.ScreenResult;
import neurograde.screen.Violation;
import neurograde.submission.SourceFile;
import neurograde.submission.SubmissionFiles;

/**
 * Grades one submission end to end: compile, screen, run the hidden tests in a worker, score.
 * Problems in the submission become diagnostics; nothing in it can stop the grading.
 */
public final class SubmissionGrader {

  private static final List<EntryPoints> ENTRY_POINTS =
      HiddenChecks.checks().stream()
          .map(c -> new EntryPoints(c.id(), c.uses(), c.layer().fromReference()))
          .toList();

  private final Rubric rubric;
  private final WorkerPool pool;

  /** Most class-file bytes a submission may have; the job carrying them must fit a message. */
  static final long MAX_CLASS_BYTES = 16L << 20;

  private final ThreadLocal<SubmissionCompiler> compilers =
      ThreadLocal.withInitial(SubmissionCompiler::new);
  private final CheckTimes times = new CheckTimes();
  private final Costs costs = new Costs();

  /** Returns how long each check took so far. */
  public CheckTimes times() {
    return times;
  }

  /** Returns what each submission cost so far. */
  public Costs costs() {
    return costs;
  }

  /** What the checks and observations of a submission cost in its worker. */
  private static Costs.Of workerCosts(TestOutcome run) {
    long checks = 0;
    long observations = 0;
    boolean timedOut = false;
    for (Map.Entry<String, Protocol.Finished> check : run.checks().entrySet()) {
      long nanos = check.getValue().millis() * 1_000_000;
      if (check.getKey().startsWith("observe.")) {
        observations += nanos;
      } else {
        checks += nanos;
      }
      timedOut |= check.getValue().status().equals("timeout");
    }
    return new Costs.Of(0, checks, observations, 0, timedOut);
  }

  public SubmissionGrader(Rubric rubric, WorkerPool pool) {
    this.rubric = rubric;
    this.pool = pool;
  }

  /** Grades one submission; {@code observe} also records what its code does for the report. */
  public Graded grade(SubmissionFiles files, String name, boolean observe)
      throws InterruptedException {
    List<Diagnostic> diagnostics = new ArrayList<>(files.diagnostics());
    HelperCpu.take();
    long cpuStart = Costs.threadNanos();
    CompileResult compiled = compilers.get().compile(files.sources());
    long compileCpu = Costs.threadNanos() - cpuStart + HelperCpu.take();
    diagnostics.addAll(compiled.diagnostics());
    Map<String, String> paths = new HashMap<>();
    for (SourceFile source : files.sources()) {
      paths.put(source.fileName(), source.path());
    }
    for (Diagnostic missing : ApiConformance.check(compiled.classes(), compiled.substituted())) {
      diagnostics.add(
          Diagnostic.at(
              missing.kind(),
              paths.getOrDefault(missing.file(), missing.file()),
              missing.line(),
              missing.message()));
    }
    ScreenResult screened = BytecodeScreen.screen(compiled.classes(), ENTRY_POINTS);
    for (Violation violation : screened.violations()) {
      String message =
          violation.describe()
              + (screened.costsMarks(violation)
                  ? "; it was not run, and the checks that reach it score 0"
                  : violation.graded()
                      ? "; it was not run, but no check uses it, so no marks depend on it"
                      : "; only a main method reaches it, so no marks depend on it");
      diagnostics.add(
          Diagnostic.at(
              "forbidden",
              paths.getOrDefault(violation.sourceFile(), violation.sourceFile()),
              violation.line(),
              message));
    }
    screened
        .refusedClasses()
        .values()
        .forEach(why -> diagnostics.add(Diagnostic.of("forbidden", why)));

    Map<String, Scorer.Outcome> outcomes = new HashMap<>();
    Map<String, Object> observations = Map.of();
    long testsMs = 0;
    long classBytes = screened.classes().values().stream().mapToLong(b -> b.length).sum();
    if (classBytes > MAX_CLASS_BYTES) {
      diagnostics.add(
          Diagnostic.of(
              "input",
              "the compiled classes take "
                  + (classBytes >> 20)
                  + " MiB, more than the "
                  + (MAX_CLASS_BYTES >> 20)
                  + " MiB the grader runs; a solution needs well under 1 MiB"));
    }
    if (compiled.substituted().size() == CourseClasses.WRITTEN.size()
        || classBytes > MAX_CLASS_BYTES) {
      String why =
          files.sources().isEmpty()
              ? "the submission has no Java source files of package neurons"
              : classBytes > MAX_CLASS_BYTES
                  ? "its compiled classes are too large"
                  : "none of " + String.join(", ", CourseClasses.WRITTEN) + " could be compiled";
      for (RubricCheck check : rubric.checks()) {
        outcomes.put(
            check.id(),
            new Scorer.Outcome(
                "not-run", 0, "not graded: " + why + " (see the diagnostics).", null, null));
      }
    } else {
      TestOutcome run =
          pool.run(
              new Protocol.Job(
                  files.student(),
                  screened.classes(),
                  compiled.substituted(),
                  screened.mainRefusal() == null ? List.of() : List.of(MainRefusal.OBSERVATION),
                  observe,
                  false));
      diagnostics.addAll(run.diagnostics());
      run.checks()
          .forEach(
              (id, f) ->
                  outcomes.put(
                      id,
                      new Scorer.Outcome(
                          f.status(), f.fraction(), f.message(), f.mistake(), f.output())));
      run.checks().forEach((id, f) -> times.add(id, f.millis()));
      costs.add(files.student(), workerCosts(run));
      observations = new java.util.LinkedHashMap<>(run.observations());
      Map<String, String> unobserved = new java.util.TreeMap<>();
      run.checks()
          .forEach(
              (id, f) -> {
                if (id.startsWith("observe.") && !f.status().equals("passed")) {
                  unobserved.put(id.substring("observe.".length()), f.message());
                }
              });
      if (observe && screened.mainRefusal() != null) {
        unobserved.put(MainRefusal.NAME, MainRefusal.describe(screened.mainRefusal()));
      }
      if (!unobserved.isEmpty()) {
        observations.put("unobserved", unobserved);
      }
      testsMs = run.testsMs();
    }
    costs.add(files.student(), new Costs.Of(compileCpu, 0, 0, 0, false));
    applyQuarantine(screened, outcomes);
    SubmissionResult result =
        Scorer.score(
            rubric,
            files.student(),
            name,
            outcomes,
            diagnostics,
            new SubmissionResult.Timings(compiled.compileMs(), screened.screenMs(), testsMs));
    return new Graded(result, observations, files.answers());
  }

  /**
   * A check that can reach a quarantined method scores 0, with why, unless it passed all the same
   * (the blocked method's caller caught what it threw, say): a check that does not reach blocked
   * code keeps what it earned, even in the same item.
   */
  private void applyQuarantine(ScreenResult screened, Map<String, Scorer.Outcome> outcomes) {
    for (RubricCheck check : rubric.checks()) {
      Violation reached = screened.affectedChecks().get(check.id());
      Scorer.Outcome ran = outcomes.get(check.id());
      if (reached == null || (ran != null && ran.status().equals("passed"))) {
        continue;
      }
      String message =
          "not graded: " + reached.describe() + ", and this check reaches it, so it scores 0.";
      outcomes.put(check.id(), new Scorer.Outcome("forbidden", 0, message, null, null));
    }
  }

  /** Returns the ids of every check the hidden tests define. */
  static List<String> hiddenCheckIds() {
    return HiddenChecks.checks().stream().map(CheckInfo::id).toList();
  }
}
