package neurograde.plots;

import java.util.List;

/**
 * One call a submission's {@code Experiments.main} made to the course's {@code Plots}: what it
 * would have drawn, with the student's text shortened and its points bounded.
 *
 * @param call the method called: {@code raster}, {@code trace}, {@code dots}, {@code curves}, or
 *     another name (a helper the grader cannot show)
 * @param file the file it was asked to write (the student's text, shortened), or null
 * @param title the figure's title (the student's text, shortened), or null
 * @param xLabel the horizontal axis's label, as {@code Plots} writes it
 * @param yLabel the vertical axis's label, as {@code Plots} writes it
 * @param series its lines, dots or raster rows, in the order given
 * @param givenSeries how many the call passed (more than {@code series.size()} when cut)
 * @param xEnd a raster's end of time (s), or null
 */
public record DrawnFigure(
    String call,
    String file,
    String title,
    String xLabel,
    String yLabel,
    List<DrawnSeries> series,
    int givenSeries,
    Double xEnd) {

  public DrawnFigure {
    series = List.copyOf(series);
  }

  public static final String RASTER = "raster";
  public static final String TRACE = "trace";
  public static final String DOTS = "dots";
  public static final String CURVES = "curves";

  /** Returns whether some of what the call passed was left out or thinned. */
  public boolean reduced() {
    return givenSeries > series.size() || series.stream().anyMatch(s -> s.reduced() != null);
  }
}
