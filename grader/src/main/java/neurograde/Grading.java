package neurograde;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import neurograde.export.ManualMarks;
import neurograde.grading.Graded;
import neurograde.grading.RubricAgreement;
import neurograde.grading.SubmissionGrader;
import neurograde.grading.Submissions;
import neurograde.report.Reports;
import neurograde.rubric.Rubric;
import neurograde.run.WorkerOptions;
import neurograde.run.WorkerPool;
import neurograde.run.WorkersUnavailable;
import neurograde.score.Diagnostic;
import neurograde.score.ResultFiles;
import neurograde.score.Scorer;
import neurograde.score.SubmissionResult;
import neurograde.similarity.KeptSources;
import neurograde.submission.SubmissionFiles;
import neurograde.submission.SubmissionReader;
import neurograde.submission.SubmissionSource;

/**
 * The grader's front door: grades one submission, or a class of them into an output folder.
 *
 * <p>A class is graded by as many threads as there are workers. Each submission's result file is
 * written, atomically, as soon as it is graded, so an interrupted batch resumes where it stopped.
 */
public final class Grading implements AutoCloseable {

  /** Folder of the result files inside an output folder. */
  public static final String RESULTS = "results";

  /** Folder of the observations (data for plots) inside an output folder. */
  public static final String OBSERVATIONS = "observations";

  /** Folder of the students' written answers inside an output folder. */
  public static final String ANSWERS = "answers";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Rubric rubric;
  private final WorkerOptions options;
  private final WorkerPool pool;
  private final SubmissionGrader grader;

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

  /** What grading a class did. */
  public record ClassSummary(
      List<SubmissionResult> results,
      int graded,
      int resumed,
      int graderFaults,
      int workersStarted) {}

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
   * test the next submissions), then the class overview.
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
    List<SubmissionResult> all = new ArrayList<>();
    int[] counts = new int[3];
    ExecutorService threads =
        Executors.newFixedThreadPool(
            options.size(),
            runnable -> {
              Thread thread = new Thread(runnable, "grading");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<SubmissionResult>> futures = new ArrayList<>();
      for (SubmissionSource source : sources) {
        Path file = ResultFiles.fileOf(results, source.student());
        SubmissionResult done = regrade ? null : Submissions.finished(file);
        if (done != null) {
          counts[1]++;
          all.add(done);
          progress.accept(done);
          continue;
        }
        futures.add(
            threads.submit(
                () -> {
                  SubmissionResult result =
                      gradeAndWrite(source, roster.get(source.student()), out);
                  report(reports, result);
                  progress.accept(result);
                  return result;
                }));
      }
      for (Future<SubmissionResult> future : futures) {
        SubmissionResult result = future.get();
        counts[0]++;
        if (result.diagnostics().stream().anyMatch(d -> d.kind().equals("grader"))) {
          counts[2]++;
        }
        all.add(result);
      }
      for (Map.Entry<String, String> student : roster.entrySet()) {
        if (sources.stream().noneMatch(s -> s.student().equals(student.getKey()))) {
          SubmissionResult absent =
              Scorer.score(
                  rubric,
                  student.getKey(),
                  student.getValue(),
                  Map.of(),
                  List.of(Diagnostic.of("missing", "no submission from this student")),
                  new SubmissionResult.Timings(0, 0, 0));
          try {
            write(out, new Graded(absent, Map.of(), null));
          } catch (IOException e) {
            throw new InputException(out + ": cannot write results: " + e.getMessage());
          }
          all.add(absent);
          report(reports, absent);
        }
      }
      for (SubmissionResult done : all) {
        if (reports != null
            && !Files.exists(out.resolve(Reports.FOLDER).resolve(done.student() + ".html"))) {
          report(reports, done);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("grading was interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof WorkersUnavailable unavailable) {
        throw unavailable;
      }
      throw new IllegalStateException("grading failed: " + e.getCause(), e.getCause());
    } finally {
      threads.shutdownNow();
    }
    all.sort(java.util.Comparator.comparing(SubmissionResult::student));
    if (reports != null) {
      try {
        reports.overview(all);
      } catch (IOException | RuntimeException e) {
        System.err.println("grader: could not write the class overview: " + e);
      }
    }
    return new ClassSummary(all, counts[0], counts[1], counts[2], pool.workersStarted());
  }

  /** A report that cannot be written is logged; it never costs the batch or the marks. */
  private static void report(Reports reports, SubmissionResult result) {
    if (reports == null) {
      return;
    }
    try {
      reports.student(result);
    } catch (IOException | RuntimeException e) {
      System.err.println("grader: could not write the report of " + result.student() + ": " + e);
    }
  }

  /**
   * Applies the manual marks a TA already entered for this batch, so grading again does not lose
   * them.
   */
  private static SubmissionResult withManualMarks(Path out, SubmissionResult result) {
    Path file = out.resolve(ManualMarks.FILE);
    return Files.exists(file) ? ManualMarks.read(file).applyTo(result) : result;
  }

  private SubmissionResult gradeAndWrite(SubmissionSource source, String name, Path out)
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
    graded =
        new Graded(withManualMarks(out, graded.result()), graded.observations(), graded.answers());
    write(out, graded);
    return graded.result();
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
    ResultFiles.writeAtomically(
        out.resolve(OBSERVATIONS).resolve(student + ".json"),
        JSON.writeValueAsString(graded.observations()));
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
