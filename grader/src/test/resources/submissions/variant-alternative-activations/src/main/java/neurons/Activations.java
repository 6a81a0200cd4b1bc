package neurons;

import java.util.function.DoubleUnaryOperator;

/** Question 4, written from the exponential definitions, with a numerical derivative for sigmoid. */
public final class Activations {

  private static final double H = 1e-5;

  private Activations() {}

  public static double sigmoid(double z) {
    double e = Math.exp(z);
    return e / (1 + e);
  }

  public static double sigmoidDerivative(double z) {
    return (sigmoid(z + H) - sigmoid(z - H)) / (2 * H);
  }

  public static double tanh(double z) {
    double a = Math.exp(z);
    double b = Math.exp(-z);
    return (a - b) / (a + b);
  }

  public static double tanhDerivative(double z) {
    double t = tanh(z);
    return 1 - t * t;
  }

  public static double relu(double z) {
    return z > 0 ? z : 0;
  }

  public static double reluDerivative(double z) {
    if (z == 0) {
      return 0.5;
    }
    return z > 0 ? 1 : 0;
  }

  public static double dfdx(DoubleUnaryOperator fPrime, double w, double x, double b) {
    return w * fPrime.applyAsDouble(b + x * w);
  }

  public static double dfdw(DoubleUnaryOperator fPrime, double w, double x, double b) {
    return x * fPrime.applyAsDouble(b + x * w);
  }

  public static double dfdb(DoubleUnaryOperator fPrime, double w, double x, double b) {
    return fPrime.applyAsDouble(b + x * w);
  }
}
