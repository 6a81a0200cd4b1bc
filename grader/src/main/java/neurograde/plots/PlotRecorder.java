package neurograde.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records what a submission asks the course's {@code Plots} to draw, within bounds, while a
 * recording is on; calls at other times are ignored, so {@code Plots} does nothing while the checks
 * run. The recording Plots class ({@link RecordingPlots}) hands every call to {@link #record}.
 *
 * <p>Bounds keep a flood of calls, points or text from filling the worker's memory, the channel or
 * the report: at most {@link #MAX_FIGURES} figures and {@link CallReader#MAX_RECORDING_POINTS}
 * points a recording, and shortened strings (see {@link CallReader}).
 */
public final class PlotRecorder {

  /** Most figures a recording keeps; later calls are counted only. */
  public static final int MAX_FIGURES = 16;

  /** The arguments main is run with: those the template's {@code mvn exec:java} passes. */
  public static final List<String> MAIN_ARGS = List.of("plots");

  private static final PlotRecorder WORKER = new PlotRecorder();

  private volatile Recording current;

  /** The recorder the worker's Plots reports to. */
  public static PlotRecorder worker() {
    return WORKER;
  }

  /** Starts a recording, forgetting any before. */
  public void start() {
    current = new Recording();
  }

  /**
   * Stops the recording; returns what it holds (figures finished before this call).
   *
   * @param failure why main did not finish, or null
   */
  public DrawnPlots stop(String failure) {
    Recording recording = current;
    current = null;
    if (recording == null) {
      return new DrawnPlots(List.of(), 0, failure);
    }
    synchronized (recording.figures) {
      return new DrawnPlots(recording.figures, recording.leftOut.get(), failure);
    }
  }

  /**
   * Records one call to a plotting helper (from the submission's thread, with its arguments as
   * passed). Reading the arguments may run the submission's code (a list of its own class); what
   * that throws reaches the submission's main, as it would from the course's Plots.
   */
  public void record(String method, Object[] args) {
    Recording recording = current;
    if (recording == null) {
      return;
    }
    if (recording.slots.getAndIncrement() >= MAX_FIGURES) {
      recording.leftOut.incrementAndGet();
      return;
    }
    DrawnFigure figure = new CallReader(recording.points).read(method, args);
    synchronized (recording.figures) {
      recording.figures.add(figure);
    }
  }

  private static final class Recording {
    final List<DrawnFigure> figures = new ArrayList<>();
    final AtomicInteger slots = new AtomicInteger();
    final AtomicInteger leftOut = new AtomicInteger();
    final CallReader.Budget points = new CallReader.Budget(CallReader.MAX_RECORDING_POINTS);
  }
}
