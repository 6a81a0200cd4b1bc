package neurons;

/** A helper the student's LIFNeuron uses. */
final class Clamp {
  private Clamp() {}

  static double atLeast(double value, double floor) {
    return Math.max(value, floor);
  }
}
