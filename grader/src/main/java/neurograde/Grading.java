package neurograde;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import neurograde.export.ManualMarks;
import neurograde.grading.Costs;
import neurograde.grading.Graded;
import neurograde.grading.ResultsFolder;
import neurograde.grading.RubricAgreement;
import neurograde.grading.SubmissionGrader;
import neurograde.grading.Submissions;
import neurograde.grading.TimeBox;
import neurograde.internal.AtomicFile;
import neurograde.internal.NumberJson;
import neurograde.report.Reports;
import neurograde.rubric.Rubric;
import neurograde.run.WorkerOptions;
import neurograde.run.WorkerPool;
import neurograde.run.WorkersUnavailable;
import neurograde.score.Diagnostic;
import neurograde.score.NoSubmission;
import neurograde.score.ResultFiles;
import neurograde.score.Scorer;
import neurograde.score.SubmissionResult;
import neurograde.similarity.KeptSources;
import neurograde.submission.RosterMatch;
import neurograde.submission.SubmissionFiles;
import neurograde.submission.SubmissionReader;
import neurograde.submission.SubmissionSource;

/**
 * The grader's front door: grades one submission, or a class of them into an output folder.
 *
 * <p>A class is graded by one thread more than there are workers, so that a worker does not wait
 * while its next submission is compiled or the last one's report drawn. Each submission's result
 * file is written, atomically, as soon as it is graded, so an interrupted batch resumes where it
 * stopped.
 */
public final class Grading implements AutoCloseable {

  /** Folder of the result files inside an output folder. */
  public static final String RESULTS = "results";

  /** Folder of the observations (data for plots) inside an output folder. */
  public static final String OBSERVATIONS = "observations";

  /** Folder of the students' written answers inside an output folder. */
  public static final String ANSWERS = "answers";

  private static final ObjectMapper JSON = NumberJson.mapper();

  /** Longest one student's report may take (ms); reports take milliseconds. */
  static final long REPORT_LIMIT_MS = 60_000;

  /** Longest the class overview may take (ms). */
  static final long OVERVIEW_LIMIT_MS = 300_000;

  private final Rubric rubric;
  private final WorkerOptions options;
  private final WorkerPool pool;
  private final SubmissionGrader grader;

  /** Faults of this run that left a student's earlier result in place. */
  private final AtomicInteger faultsKept = new AtomicInteger();

  private volatile Consumer<SubmissionResult> almostDone;

  /**
   * Starts grading with a rubric; workers start on first use.
   *
   * @throws InputException if the rubric and the hidden tests disagree
   */
  public Grading(Rubric rubric, WorkerOptions options) {
    List<String> problems = RubricAgreement.problems(rubric);
    if (!problems.isEmpty()) {
      throw new InputException(
          "the rubric does not match the hidden tests: " + String.join("; ", problems));
    }
    this.rubric = rubric;
    this.options = options;
    this.pool = new WorkerPool(options);
    this.grader = new SubmissionGrader(rubric, pool);
  }

  public Rubric rubric() {
    return rubric;
  }

  /**
   * Has {@link #gradeClass} run {@code prepare} in a background thread once only one submission of
   * the class is left being graded, with a result already graded: work due at the end of the run
   * (loading and compiling the gradebook's code) is then done while a core would otherwise wait for
   * the last submission. It must write nothing and fail quietly.
   */
  public void whenAlmostDone(Consumer<SubmissionResult> prepare) {
    this.almostDone = prepare;
  }

  /** Counts a submission done; at the last but one, starts the preparation for the end. */
  private void doneOne(AtomicInteger left, SubmissionResult result) {
    Consumer<SubmissionResult> prepare = almostDone;
    if (left.decrementAndGet() == 1 && prepare != null) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  prepare.accept(result);
                } catch (RuntimeException | LinkageError e) {
                  // only a head start: the work itself reports its failures
                }
              },
              "prepare-end");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /** Returns what each submission cost so far, by stage. */
  public Costs costs() {
    return grader.costs();
  }

  /** Returns how long each check took so far, summed over submissions. */
  public neurograde.grading.CheckTimes checkTimes() {
    return grader.times();
  }

  /** Returns how many worker JVMs were started so far. */
  public int workersStarted() {
    return pool.workersStarted();
  }

  /** Grades one submission that is already read. */
  public Graded grade(SubmissionFiles files, String name) {
    try {
      return grader.grade(files, name, true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while grading " + files.student(), e);
    }
  }

  /**
   * What grading a class did.
   *
   * @param results the results of this run's submissions and of the roster's other students
   * @param warnings what the user should check: roster ids without a submission, submissions not on
   *     the roster, results that could not be read or written
   */
  public record ClassSummary(
      List<SubmissionResult> results,
      int graded,
      int resumed,
      int graderFaults,
      int workersStarted,
      List<String> warnings) {}

  /**
   * Grades a class into an output folder: {@code results/STUDENT.json} per submission, with {@code
   * observations/} and {@code answers/} beside.
   *
   * @param sources the submissions
   * @param roster student names by id (may be empty); rostered students without a submission get a
   *     result of 0
   * @param out the output folder
   * @param regrade whether to grade again submissions that already have a result
   * @param progress told of each submission as it finishes
   */
  public ClassSummary gradeClass(
      List<SubmissionSource> sources,
      Map<String, String> roster,
      Path out,
      boolean regrade,
      Consumer<SubmissionResult> progress) {
    return gradeClass(sources, roster, out, regrade, progress, null);
  }

  /**
   * Grades a class as {@link #gradeClass(List, Map, Path, boolean, Consumer)} does, and writes each
   * student's report as soon as the student is graded (in the grading threads, while the workers
   * test the next submissions), then the class overview of every result in the folder.
   *
   * <p>Only the given submissions' results are written. A roster student with no submission in this
   * run keeps the result they have; one with none gets a "no submission" result. Roster ids match
   * submission ids ignoring case.
   *
   * @param reports where to write reports, or null for none
   */
  public ClassSummary gradeClass(
      List<SubmissionSource> sources,
      Map<String, String> roster,
      Path out,
      boolean regrade,
      Consumer<SubmissionResult> progress,
      Reports reports) {
    Path results = out.resolve(RESULTS);
    try {
      Files.createDirectories(results);
    } catch (IOException e) {
      throw new InputException(out + ": cannot create the output folder: " + e.getMessage());
    }
    ManualMarks marks = manualMarks(out);
    ResultsFolder before = ResultsFolder.of(results);
    RosterMatch match =
        RosterMatch.of(roster, sources.stream().map(SubmissionSource::student).toList());
    List<String> warnings =
        java.util.Collections.synchronizedList(new ArrayList<>(match.warnings()));
    List<SubmissionResult> all = new ArrayList<>();
    // a report written (or given up on) in this run is not tried again at the end
    Set<String> reported = ConcurrentHashMap.newKeySet();
    int[] counts = new int[3];
    ExecutorService threads =
        Executors.newFixedThreadPool(
            options.size() + 1,
            runnable -> {
              Thread thread = new Thread(runnable, "grading");
              thread.setDaemon(true);
              return thread;
            });
    AtomicInteger left = new AtomicInteger(sources.size());
    try {
      Map<SubmissionSource, Future<SubmissionResult>> futures = new LinkedHashMap<>();
      for (SubmissionSource source : sources) {
        before
            .otherCase(source.student())
            .ifPresent(
                other ->
                    warnings.add(
                        RESULTS
                            + "/"
                            + other
                            + " is an earlier result of \""
                            + source.student()
                            + "\" under an id that differs only in case; delete it, or the"
                            + " gradebook lists the student twice"));
        Path file = ResultFiles.fileOf(results, source.student());
        SubmissionResult done = regrade ? null : Submissions.finished(file);
        if (done != null) {
          counts[1]++;
          all.add(done);
          progress.accept(done);
          doneOne(left, done);
          continue;
        }
        String rostered = match.names().get(source.student());
        String name =
            rostered != null ? rostered : before.earlierName(source.student()).orElse(null);
        futures.put(
            source,
            threads.submit(
                () -> {
                  SubmissionResult result = gradeAndWrite(source, name, out, marks, warnings);
                  reported.add(result.student());
                  report(reports, result, warnings);
                  progress.accept(result);
                  doneOne(left, result);
                  return result;
                }));
      }
      for (Map.Entry<SubmissionSource, Future<SubmissionResult>> future : futures.entrySet()) {
        SubmissionResult result;
        try {
          result = future.getValue().get();
        } catch (java.util.concurrent.ExecutionException e) {
          if (e.getCause() instanceof WorkersUnavailable unavailable) {
            throw unavailable; // nothing can be graded: stop the batch, recording nothing more
          }
          // a fault of ours that even the fault result could not record: the others go on
          counts[2]++;
          warnings.add(
              "the grader failed on "
                  + future.getKey().student()
                  + " and could not record it ("
                  + e.getCause()
                  + "); run the same command again");
          continue;
        }
        counts[0]++;
        if (isFault(result)) {
          counts[2]++;
        }
        all.add(result);
      }
      List<String> kept = new ArrayList<>();
      for (Map.Entry<String, String> student : match.absent().entrySet()) {
        absent(student.getKey(), student.getValue(), before, out, marks, warnings)
            .ifPresent(
                result -> {
                  all.add(result);
                  if (!NoSubmission.is(result)) {
                    kept.add(student.getKey());
                  }
                });
      }
      if (!kept.isEmpty()) {
        warnings.add(
            kept.size()
                + " roster student(s) with no submission in this run kept their earlier results: "
                + String.join(", ", kept));
      }
      for (SubmissionResult done : all) {
        if (reports != null
            && !reported.contains(done.student())
            && !Files.exists(out.resolve(Reports.FOLDER).resolve(done.student() + ".html"))) {
          report(reports, done, warnings);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("grading was interrupted", e);
    } finally {
      threads.shutdownNow();
      // a batch stopped early (no workers) must not leave threads writing into the output folder
      awaitEnd(threads);
    }
    all.sort(java.util.Comparator.comparing(SubmissionResult::student));
    if (reports != null) {
      // with the manual marks as they are now, as the gradebook and CSV will show them
      List<SubmissionResult> everyone =
          ResultsFolder.readAll(results, warnings).stream()
              .map(r -> withMarks(marks, r, warnings))
              .toList();
      TimeBox.run("the class overview", OVERVIEW_LIMIT_MS, () -> reports.overview(everyone))
          .ifPresent(warnings::add);
    }
    return new ClassSummary(
        all,
        counts[0],
        counts[1],
        counts[2] + faultsKept.getAndSet(0),
        pool.workersStarted(),
        List.copyOf(warnings));
  }

  /**
   * The result of a roster student with no submission in this run: the one they have, or else a new
   * "no submission" result.
   */
  private Optional<SubmissionResult> absent(
      String student,
      String name,
      ResultsFolder before,
      Path out,
      ManualMarks marks,
      List<String> warnings) {
    Optional<Path> kept = before.existing(student);
    if (kept.isPresent()) {
      SubmissionResult earlier;
      try {
        earlier = ResultFiles.read(kept.get());
      } catch (InputException e) {
        warnings.add(e.getMessage() + "; it was left as it is");
        return Optional.empty();
      }
      if (NoSubmission.is(earlier)) {
        warnings.add(
            "roster id \"" + student + "\" has no submission; still recorded as no submission");
      }
      return Optional.of(earlier);
    }
    SubmissionResult result =
        marks.applyTo(
            Scorer.score(
                rubric,
                student,
                name,
                Map.of(),
                List.of(NoSubmission.diagnostic()),
                new SubmissionResult.Timings(0, 0, 0)));
    try {
      write(out, new Graded(result, Map.of(), null));
    } catch (IOException e) {
      throw new InputException(out + ": cannot write results: " + e.getMessage());
    }
    warnings.add(
        "roster id \"" + student + "\" has no submission; recorded as no submission (score 0)");
    return Optional.of(result);
  }

  /** A result with the manual marks applied; as it is, with a warning, if they do not apply. */
  private static SubmissionResult withMarks(
      ManualMarks marks, SubmissionResult result, List<String> warnings) {
    try {
      return marks.applyTo(result);
    } catch (InputException e) {
      warnings.add(e.getMessage());
      return result;
    }
  }

  /**
   * Writes a student's report, within {@link #REPORT_LIMIT_MS}: a report that fails or hangs is a
   * warning, and never costs the batch, the overview or the marks.
   */
  private void report(Reports reports, SubmissionResult result, List<String> warnings) {
    if (reports != null) {
      TimeBox.run(
              "the report of " + result.student(),
              REPORT_LIMIT_MS,
              () -> {
                long cpuStart = Costs.threadNanos();
                try {
                  return reports.student(result);
                } finally {
                  grader
                      .costs()
                      .add(
                          result.student(),
                          new Costs.Of(0, 0, 0, Costs.threadNanos() - cpuStart, false));
                }
              })
          .ifPresent(warnings::add);
    }
  }

  /**
   * Reads the manual marks a TA already entered for this batch once, before anything is graded, so
   * grading again applies them and a broken file stops nothing half-way.
   */
  private static ManualMarks manualMarks(Path out) {
    Path file = out.resolve(ManualMarks.FILE);
    return Files.exists(file) ? ManualMarks.read(file) : ManualMarks.none();
  }

  private SubmissionResult gradeAndWrite(
      SubmissionSource source, String name, Path out, ManualMarks marks, List<String> warnings)
      throws IOException {
    Graded graded;
    try {
      SubmissionFiles files = SubmissionReader.read(source);
      keepSources(out, files);
      graded = grade(files, name);
    } catch (WorkersUnavailable e) {
      throw e; // nothing was graded: record nothing, and stop the batch
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      if (Thread.currentThread().isInterrupted()) {
        throw e; // the batch is stopping (no workers, say): this submission was not graded
      }
      // A bug of the grader's: record it for this student, and let the batch go on.
      SubmissionResult failed =
          Scorer.score(
              rubric,
              source.student(),
              name,
              Map.of(),
              List.of(
                  Diagnostic.of(
                      "grader",
                      "the grader failed on this submission ("
                          + e
                          + "); it will be graded again next run")),
              new SubmissionResult.Timings(0, 0, 0));
      graded = new Graded(failed, Map.of(), null);
    }
    graded = new Graded(marks.applyTo(graded.result()), graded.observations(), graded.answers());
    if (isFault(graded.result())) {
      Optional<SubmissionResult> earlier = goodResult(out, source.student());
      if (earlier.isPresent()) {
        // a fault of ours must not replace marks the student already has: it is retried next run
        faultsKept.incrementAndGet();
        warnings.add(
            "the grader failed on "
                + source.student()
                + " ("
                + graded.result().diagnostics().get(0).message()
                + "); the earlier result was kept");
        return earlier.get();
      }
    }
    write(out, graded);
    return graded.result();
  }

  private static void awaitEnd(ExecutorService threads) {
    try {
      threads.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean isFault(SubmissionResult result) {
    return result.diagnostics().stream().anyMatch(d -> d.kind().equals("grader"));
  }

  /** The student's result from an earlier run, if it has one without a fault of the grader's. */
  private static Optional<SubmissionResult> goodResult(Path out, String student) {
    Path file = ResultFiles.fileOf(out.resolve(RESULTS), student);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      SubmissionResult result = ResultFiles.read(file);
      return isFault(result) ? Optional.empty() : Optional.of(result);
    } catch (InputException e) {
      return Optional.empty();
    }
  }

  /** Keeps the student's sources for the similarity report; failing to costs no marks. */
  private static void keepSources(Path out, SubmissionFiles files) {
    try {
      KeptSources.write(out, files);
    } catch (IOException | RuntimeException e) {
      System.err.println("grader: could not keep the sources of " + files.student() + ": " + e);
    }
  }

  /**
   * Writes what the report needs first and the result last: a result file means the submission is
   * done.
   */
  private static void write(Path out, Graded graded) throws IOException {
    String student = graded.result().student();
    // as bytes: a String of a quarter of a megabyte would be made and encoded again
    byte[] observations = JSON.writeValueAsBytes(graded.observations());
    AtomicFile.write(
        out.resolve(OBSERVATIONS).resolve(student + ".json"), o -> o.write(observations));
    if (graded.answers() != null) {
      ResultFiles.writeAtomically(out.resolve(ANSWERS).resolve(student + ".md"), graded.answers());
    } else {
      Files.deleteIfExists(out.resolve(ANSWERS).resolve(student + ".md"));
    }
    ResultFiles.write(ResultFiles.fileOf(out.resolve(RESULTS), student), graded.result());
  }

  @Override
  public void close() {
    pool.close();
  }
}
