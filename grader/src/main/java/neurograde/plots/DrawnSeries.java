package neurograde.plots;

/**
 * One line, set of dots, or raster row of a figure a submission asked the course's {@code Plots} to
 * draw, kept within the recorder's bounds.
 *
 * @param name its legend entry or row label (the student's text, shortened), or null
 * @param x the horizontal coordinates kept (a raster row's spike times)
 * @param y the vertical coordinates kept, as many as {@code x}; empty for a raster row
 * @param given how many points the call passed
 * @param reduced how the points were cut to {@code x.length}: null (all kept, but for values that
 *     are not finite), {@link #EXTREMES} or {@link #FIRST}
 */
public record DrawnSeries(String name, float[] x, float[] y, long given, String reduced) {

  /** A line thinned to the lowest and highest point of each stretch: its shape is kept. */
  public static final String EXTREMES = "extremes";

  /** Only the first points kept (dots, spikes). */
  public static final String FIRST = "first";

  /** Returns how many points are kept. */
  public int kept() {
    return x.length;
  }
}
