package neurograde.hidden.checks;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Numbers in feedback: enough digits to see the difference, no more. */
final class Fmt {

  private Fmt() {}

  /** Formats a value with 6 significant digits, for example 0.301288 or 25. */
  static String num(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e9) {
      return Long.toString((long) value);
    }
    String text = String.format(Locale.ROOT, "%.6g", value);
    if (text.contains("e")) {
      return text;
    }
    text = text.contains(".") ? text.replaceAll("0+$", "") : text;
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  /** Formats a time in seconds, for example {@code 0.30129 s}. */
  static String time(double seconds) {
    return String.format(Locale.ROOT, "%.5f s", seconds);
  }

  /** Formats a few values of an array, for example {@code [0.1, 0.2, ... (40 values)]}. */
  static String list(double[] values) {
    int shown = Math.min(values.length, 6);
    String head =
        Arrays.stream(values, 0, shown).mapToObj(Fmt::num).collect(Collectors.joining(", "));
    return "[" + head + (values.length > shown ? ", ... (" + values.length + " values)" : "") + "]";
  }

  /** Formats a few values of an int array. */
  static String list(int[] values) {
    return Arrays.toString(values);
  }
}
