package neurons;

import java.util.function.DoubleUnaryOperator;

/** Neural activation functions, their derivatives and the chain rule. (Question 4.) */
public final class Activations {

  private Activations() {}

  /** Returns the logistic function {@code 1 / (1 + e^-z)}. */
  public static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** Returns the derivative of the logistic function, {@code sigmoid(z) (1 - sigmoid(z))}. */
  public static double sigmoidDerivative(double z) {
    double sigma = sigmoid(z);
    return sigma * (1 - sigma);
  }

  /** Returns the hyperbolic tangent of {@code z}. */
  public static double tanh(double z) {
    return Math.tanh(z);
  }

  /** Returns the derivative of the hyperbolic tangent, {@code 1 - tanh(z)^2}. */
  public static double tanhDerivative(double z) {
    double tanh = Math.tanh(z);
    return 1 - tanh * tanh;
  }

  /** Returns the rectified linear unit, {@code max(0, z)}. */
  public static double relu(double z) {
    return Math.max(0, z);
  }

  /**
   * Returns the derivative of ReLU: 0 for {@code z < 0}, 1 for {@code z > 0}. ReLU is not
   * differentiable at 0; any value in [0, 1] is a valid choice there (a subgradient). (Question 4a.)
   */
  public static double reluDerivative(double z) {
    return z > 0 ? 1 : 0;
  }

  /**
   * Returns {@code d/dx f(wx + b) = f'(wx + b) w}. (Question 4c-i.)
   *
   * @param fPrime the derivative {@code f'} of the activation function
   */
  public static double dfdx(DoubleUnaryOperator fPrime, double w, double x, double b) {
    return fPrime.applyAsDouble(w * x + b) * w;
  }

  /**
   * Returns {@code d/dw f(wx + b) = f'(wx + b) x}. (Question 4c-ii.)
   *
   * @param fPrime the derivative {@code f'} of the activation function
   */
  public static double dfdw(DoubleUnaryOperator fPrime, double w, double x, double b) {
    return fPrime.applyAsDouble(w * x + b) * x;
  }

  /**
   * Returns {@code d/db f(wx + b) = f'(wx + b)}. (Question 4c-iii.)
   *
   * @param fPrime the derivative {@code f'} of the activation function
   */
  public static double dfdb(DoubleUnaryOperator fPrime, double w, double x, double b) {
    return fPrime.applyAsDouble(w * x + b);
  }
}
