package neurograde.plots;

import java.util.List;

/**
 * What a submission's {@code Experiments.main} asked the course's {@code Plots} to draw, recorded
 * in the worker for the report.
 *
 * @param figures the calls kept, in the order made
 * @param callsLeftOut calls made after the recorder's limit on figures, counted only
 * @param failure why main did not finish (it threw, or was not written), or null if it returned
 */
public record DrawnPlots(List<DrawnFigure> figures, int callsLeftOut, String failure) {

  public DrawnPlots {
    figures = List.copyOf(figures);
  }
}
