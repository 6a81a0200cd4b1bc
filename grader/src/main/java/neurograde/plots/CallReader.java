package neurograde.plots;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads the arguments of one call to the course's {@code Plots} into a {@link DrawnFigure}, as
 * {@code Plots} would draw them (the same series, titles and axis labels), within bounds: strings
 * shortened, lines thinned to their extremes, dots, spikes, rows and curves cut to the first ones.
 * Values that are not finite are left out, as a chart cannot place them. Lists are read with their
 * iterators, once, so a linked list costs no more than an array.
 */
final class CallReader {

  /** Longest title, file name or axis label kept (characters). */
  static final int MAX_TEXT = 120;

  /** Longest legend entry or row label kept (characters). */
  static final int MAX_NAME = 40;

  /** Most points of a line: more are thinned to the lowest and highest of each stretch. */
  static final int MAX_LINE_POINTS = 1500;

  /** Most dots of a scatter plot, or spikes of a raster row. */
  static final int MAX_DOTS = 2000;

  /** Most curves of one figure. */
  static final int MAX_CURVES = 12;

  /** Most rows of one raster. */
  static final int MAX_ROWS = 40;

  /** Most points of one figure, and of one recording. */
  static final int MAX_FIGURE_POINTS = 12_000;

  static final int MAX_RECORDING_POINTS = 50_000;

  /** Points a recording may still keep. */
  static final class Budget {
    private final AtomicLong left;

    Budget(long points) {
      left = new AtomicLong(points);
    }

    /** Takes up to {@code wanted} points; returns how many were granted. */
    int take(int wanted) {
      while (true) {
        long now = left.get();
        int granted = (int) Math.min(wanted, Math.max(0, now));
        if (left.compareAndSet(now, now - granted)) {
          return granted;
        }
      }
    }

    void giveBack(int points) {
      left.addAndGet(points);
    }
  }

  private final Budget recording;
  private int figureLeft = MAX_FIGURE_POINTS;

  CallReader(Budget recording) {
    this.recording = recording;
  }

  /** Reads one call; a call the grader does not know keeps its name only. */
  DrawnFigure read(String method, Object[] args) {
    switch (method) {
      case DrawnFigure.RASTER -> {
        if (args.length == 5 && args[4] instanceof Double tEnd) {
          return raster(args[0], args[1], list(args[2]), list(args[3]), tEnd);
        }
      }
      case DrawnFigure.TRACE -> {
        if (args.length == 5) {
          return trace(args[0], args[1], list(args[2]), list(args[3]), list(args[4]));
        }
      }
      case DrawnFigure.DOTS -> {
        if (args.length == 6) {
          return dots(args[0], args[1], args[2], args[3], doubles(args[4]), doubles(args[5]));
        }
      }
      case DrawnFigure.CURVES -> {
        if (args.length == 5) {
          return curves(args[0], args[1], doubles(args[2]), list(args[3]), list(args[4]));
        }
      }
      default -> {
        // a helper this grader does not know: its name only
      }
    }
    return new DrawnFigure(
        shorten(method, MAX_NAME),
        args.length > 0 ? text(args[0]) : null,
        args.length > 1 ? text(args[1]) : null,
        null,
        null,
        List.of(),
        0,
        null);
  }

  private DrawnFigure raster(Object file, Object title, List<?> rows, List<?> labels, double tEnd) {
    List<DrawnSeries> series = new ArrayList<>();
    int given = rows == null ? 0 : rows.size();
    if (rows != null) {
      Iterator<?> labelIt = labels == null ? null : labels.iterator();
      int n = 0;
      for (Object row : rows) {
        if (n >= MAX_ROWS) {
          break;
        }
        // Plots labels a row by its label, or by its index where the labels run out
        Object label = labelIt != null && labelIt.hasNext() ? labelIt.next() : null;
        String name =
            label != null ? shorten(String.valueOf(label), MAX_NAME) : Integer.toString(n);
        List<?> spikes = list(row);
        Points points = new Points(spikes == null ? 0 : spikes.size(), MAX_DOTS, false);
        if (spikes != null) {
          for (Object spike : spikes) {
            if (!points.wantsMore()) {
              break;
            }
            points.add(number(spike), 0);
          }
        }
        series.add(points.build(name, false));
        n++;
      }
    }
    return new DrawnFigure(
        DrawnFigure.RASTER,
        text(file),
        text(title),
        "time (s)",
        "neuron",
        series,
        given,
        Double.isFinite(tEnd) ? tEnd : null);
  }

  private DrawnFigure trace(Object file, Object title, List<?> t, List<?> v, List<?> s) {
    List<DrawnSeries> series = List.of(line("v", t, v), line("s", t, s));
    return new DrawnFigure(
        DrawnFigure.TRACE, text(file), text(title), "time (s)", "v, s", series, 2, null);
  }

  private DrawnFigure dots(
      Object file, Object title, Object xLabel, Object yLabel, double[] x, double[] y) {
    int n = x == null || y == null ? 0 : Math.min(x.length, y.length);
    Points points = new Points(n, MAX_DOTS, false);
    for (int i = 0; i < n && points.wantsMore(); i++) {
      points.add(x[i], y[i]);
    }
    return new DrawnFigure(
        DrawnFigure.DOTS,
        text(file),
        text(title),
        text(xLabel),
        text(yLabel),
        List.of(points.build(text(yLabel), true)),
        1,
        null);
  }

  private DrawnFigure curves(Object file, Object title, double[] x, List<?> names, List<?> curves) {
    List<DrawnSeries> series = new ArrayList<>();
    int given = curves == null ? 0 : curves.size();
    if (curves != null) {
      Iterator<?> nameIt = names == null ? null : names.iterator();
      int c = 0;
      for (Object curve : curves) {
        if (c >= MAX_CURVES) {
          break;
        }
        Object name = nameIt != null && nameIt.hasNext() ? nameIt.next() : null;
        double[] y = doubles(curve);
        int n = x == null || y == null ? 0 : Math.min(x.length, y.length);
        Points points = new Points(n, MAX_LINE_POINTS, true);
        for (int i = 0; i < n; i++) {
          points.add(x[i], y[i]);
        }
        series.add(
            points.build(name != null ? shorten(String.valueOf(name), MAX_NAME) : "f" + c, true));
        c++;
      }
    }
    return new DrawnFigure(
        DrawnFigure.CURVES, text(file), text(title), "z", "value", series, given, null);
  }

  /** A line of y against x, from two lists read side by side, as many points as the shorter. */
  private DrawnSeries line(String name, List<?> x, List<?> y) {
    int n = x == null || y == null ? 0 : Math.min(x.size(), y.size());
    Points points = new Points(n, MAX_LINE_POINTS, true);
    if (n > 0) {
      Iterator<?> xs = x.iterator();
      Iterator<?> ys = y.iterator();
      for (int i = 0; i < n && xs.hasNext() && ys.hasNext(); i++) {
        points.add(number(xs.next()), number(ys.next()));
      }
    }
    return points.build(name, true);
  }

  /**
   * The points of one series, kept as they come: all of them, the first ones, or (for a line) the
   * lowest and highest of each stretch of the given points, so spikes stay visible.
   */
  private final class Points {
    private final long given;
    private final int cap;
    private final boolean extremes;
    private final int granted;
    private final FloatList xs = new FloatList();
    private final FloatList ys = new FloatList();
    private final long stretch;
    private long index;
    private boolean cut;
    // the current stretch's lowest and highest point, and where they came
    private double lowX;
    private double lowY = Double.NaN;
    private long lowAt;
    private double highX;
    private double highY = Double.NaN;
    private long highAt;

    Points(long given, int cap, boolean extremes) {
      this.given = given;
      this.extremes = extremes && given > cap;
      int wanted = (int) Math.min(given, cap);
      int fromFigure = Math.min(wanted, figureLeft);
      this.granted = recording.take(fromFigure);
      figureLeft -= granted;
      this.cap = granted;
      this.stretch = this.extremes ? Math.max(1, -Math.floorDiv(-given, Math.max(1, cap / 2))) : 1;
    }

    boolean wantsMore() {
      return extremes || xs.size() < cap;
    }

    void add(double x, double y) {
      long at = index++;
      if (!Double.isFinite(x) || !Double.isFinite(y)) {
        return;
      }
      if (!extremes) {
        if (xs.size() < cap) {
          xs.add(x);
          ys.add(y);
        } else {
          cut = true;
        }
        return;
      }
      if (at / stretch != (at - 1) / stretch && at > 0) {
        flush();
      }
      if (Double.isNaN(lowY) || y < lowY) {
        lowX = x;
        lowY = y;
        lowAt = at;
      }
      if (Double.isNaN(highY) || y > highY) {
        highX = x;
        highY = y;
        highAt = at;
      }
    }

    private void flush() {
      if (Double.isNaN(lowY)) {
        return;
      }
      boolean lowFirst = lowAt <= highAt;
      keep(lowFirst ? lowX : highX, lowFirst ? lowY : highY);
      if (lowAt != highAt) {
        keep(lowFirst ? highX : lowX, lowFirst ? highY : lowY);
      }
      lowY = Double.NaN;
      highY = Double.NaN;
    }

    private void keep(double x, double y) {
      if (xs.size() < cap) {
        xs.add(x);
        ys.add(y);
      } else {
        cut = true;
      }
    }

    DrawnSeries build(String name, boolean withY) {
      if (extremes) {
        flush();
      }
      if (index < given && !extremes) {
        cut = true; // the loop stopped early: more points than kept
      }
      recording.giveBack(granted - xs.size());
      figureLeft += granted - xs.size();
      String reduced = extremes ? DrawnSeries.EXTREMES : cut ? DrawnSeries.FIRST : null;
      return new DrawnSeries(
          name, xs.toArray(), withY ? ys.toArray() : new float[0], given, reduced);
    }
  }

  /** A growing array of floats. */
  private static final class FloatList {
    private float[] values = new float[16];
    private int size;

    void add(double value) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = (float) value;
    }

    int size() {
      return size;
    }

    float[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> list ? list : null;
  }

  private static double[] doubles(Object value) {
    return value instanceof double[] array ? array : null;
  }

  private static double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  private static String text(Object value) {
    return value instanceof String s ? shorten(s, MAX_TEXT) : null;
  }

  /** The first {@code max} characters of a string, with an ellipsis if it was longer. */
  static String shorten(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    return s.substring(0, end) + "\u2026";
  }
}
