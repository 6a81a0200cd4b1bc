package neurograde.export;

import java.math.BigDecimal;

/** Numbers as exports print them: the shortest plain decimal, whatever the default locale. */
final class Numbers {

  private Numbers() {}

  /**
   * Returns a number without exponent or trailing zeros, with a point: {@code 47}, {@code 41.5}.
   */
  static String plain(double value) {
    if (value == 0) {
      return "0";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
