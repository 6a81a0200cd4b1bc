package selfcheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The course's solution on the public scenarios, as numbers: what the self-check figures draw next
 * to yours. The file is generated from the course's solution (and checked against it) by the
 * course's build, so it never goes stale.
 *
 * <p>Format: one {@code key: numbers...} line per series; {@code #} starts a comment line.
 */
public final class CourseData {

  /** Where the data is, on the test class path. */
  public static final String RESOURCE = "/selfcheck/course-figures.txt";

  private static Map<String, double[]> loaded;

  private CourseData() {}

  /** Returns one series, e.g. {@code get("3a.counts")}. */
  public static double[] get(String key) {
    double[] values = all().get(key);
    if (values == null) {
      throw new IllegalStateException(RESOURCE + " has no series " + key);
    }
    return values.clone();
  }

  /** Returns the labels (what follows the prefix) and series of every key that starts with {@code prefix}, in file order. */
  public static Map<String, double[]> withPrefix(String prefix) {
    Map<String, double[]> found = new LinkedHashMap<>();
    all().forEach((key, values) -> {
      if (key.startsWith(prefix)) {
        found.put(key.substring(prefix.length()), values.clone());
      }
    });
    return found;
  }

  /** Parses the data file's text. */
  public static Map<String, double[]> parse(String text) {
    Map<String, double[]> series = new LinkedHashMap<>();
    int lineNumber = 0;
    for (String line : text.split("\n")) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(": ");
      if (colon < 0 && line.endsWith(":")) {
        colon = line.length() - 1;
      }
      if (colon < 0) {
        throw new IllegalArgumentException("line " + lineNumber + ": expected \"key: numbers\"");
      }
      String rest = line.substring(Math.min(line.length(), colon + 1)).strip();
      double[] values = rest.isEmpty() ? new double[0] : Arrays.stream(rest.split(" +")).mapToDouble(Double::parseDouble).toArray();
      series.put(line.substring(0, colon), values);
    }
    return series;
  }

  private static synchronized Map<String, double[]> all() {
    if (loaded == null) {
      try (InputStream in = CourseData.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the test resources");
        }
        loaded = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return loaded;
  }

  /** Turns a list of numbers into an array. */
  public static double[] array(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Turns arrays into a list of lists, as {@code SpikingNetwork.allSpikeTimes()} returns. */
  public static List<List<Double>> lists(Iterable<double[]> arrays) {
    List<List<Double>> lists = new ArrayList<>();
    for (double[] a : arrays) {
      lists.add(Arrays.stream(a).boxed().toList());
    }
    return lists;
  }
}
