package neurograde.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import neurograde.internal.NumberJson;
import neurograde.rubric.Rubric;
import neurograde.score.SubmissionResult;

/**
 * Writes the feedback reports of an output folder: {@code reports/STUDENT.html}, one self-contained
 * file per student with its plots embedded, and the class overview {@code index.html}. Reports are
 * made from the result files and what the workers observed, so they can be rebuilt at any time
 * (after importing manual marks, say) without grading again.
 */
public final class Reports {

  /** Folder of the students' reports inside an output folder. */
  public static final String FOLDER = "reports";

  private static final ObjectMapper JSON = NumberJson.mapper();

  private final Path out;
  private final Rubric rubric;
  private final boolean redraw;
  private ReferenceFigures reference;
  private final PlotCache plots = new PlotCache();
  private final java.util.concurrent.atomic.AtomicLong nanos =
      new java.util.concurrent.atomic.AtomicLong();

  /** Reports that draw every plot afresh. */
  public Reports(Path out, Rubric rubric) {
    this(out, rubric, true);
  }

  /**
   * Reports of an output folder.
   *
   * @param redraw whether to draw the plots again; if not, a report written again reuses the plots
   *     of the page it replaces that still show the same data (enough when only marks changed)
   */
  public Reports(Path out, Rubric rubric, boolean redraw) {
    this.out = out;
    this.rubric = rubric;
    this.redraw = redraw;
  }

  /** Writes every student's report and the class overview. */
  public void all(List<SubmissionResult> results) throws IOException {
    for (SubmissionResult result : results) {
      student(result);
    }
    overview(results);
  }

  /** Writes one student's report, with its plots. */
  public Path student(SubmissionResult result) throws IOException {
    long start = System.nanoTime();
    try {
      return new StudentReport(
              rubric,
              result,
              observations(result.student()),
              answers(result.student()),
              reference(),
              out.resolve(FOLDER),
              redraw,
              plots)
          .write();
    } finally {
      nanos.addAndGet(System.nanoTime() - start);
    }
  }

  /** Returns the time spent writing reports so far (ms), summed over threads. */
  public long millis() {
    return nanos.get() / 1_000_000;
  }

  /** Writes the class overview. */
  public Path overview(List<SubmissionResult> results) throws IOException {
    long start = System.nanoTime();
    try {
      return ClassOverview.write(out, rubric, results);
    } finally {
      nanos.addAndGet(System.nanoTime() - start);
    }
  }

  private synchronized ReferenceFigures reference() throws IOException {
    if (reference == null) {
      reference = new ReferenceFigures();
      OldPlotFolders.remove(out.resolve(FOLDER).resolve("reference"));
    }
    return reference;
  }

  private JsonNode observations(String student) {
    Path file = out.resolve("observations").resolve(student + ".json");
    try {
      return Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The student's ANSWERS.md as grading kept it, enough of it for {@link Answers#MAX_CHARS}; bytes
   * that are not UTF-8 become U+FFFD.
   */
  private String answers(String student) throws IOException {
    Path file = out.resolve("answers").resolve(student + ".md");
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (java.io.InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(4 * Answers.MAX_CHARS + 4), StandardCharsets.UTF_8);
    }
  }
}
