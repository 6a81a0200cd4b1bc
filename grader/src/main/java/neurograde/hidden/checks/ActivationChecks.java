package neurograde.hidden.checks;

import java.util.function.DoubleUnaryOperator;
import neurograde.hidden.Check;
import neurograde.hidden.CheckFailure;
import neurograde.hidden.Layer;
import neurograde.hidden.Session;
import neurograde.hidden.driver.Activation;
import neurograde.hidden.driver.ChainRule;
import neurograde.hidden.driver.Driver;
import neurograde.hidden.model.Near;
import org.junit.jupiter.api.Order;

/** Question 4: activation functions, their derivatives and the chain rule, against closed forms. */
@Order(7)
final class ActivationChecks {

  /** Tolerance on function values. */
  private static final double VALUE_TOL = 1e-9;

  /** Tolerance on derivatives: a careful numerical derivative passes, a wrong formula does not. */
  private static final double DERIVATIVE_TOL = 1e-6;

  @Check(
      value = "act.sigmoid",
      uses = {"Activations#sigmoid"})
  void sigmoid() {
    compare(Activation.SIGMOID, z -> 1 / (1 + Math.exp(-z)), VALUE_TOL, "1 / (1 + e^-z)");
  }

  @Check(
      value = "act.sigmoid-derivative",
      uses = {"Activations#sigmoidDerivative"})
  void sigmoidDerivative() {
    compare(
        Activation.SIGMOID_DERIVATIVE,
        z -> {
          double s = 1 / (1 + Math.exp(-z));
          return s * (1 - s);
        },
        DERIVATIVE_TOL,
        "sigmoid(z) (1 - sigmoid(z))");
  }

  @Check(
      value = "act.tanh",
      uses = {"Activations#tanh"})
  void tanh() {
    compare(Activation.TANH, Math::tanh, VALUE_TOL, "(e^z - e^-z) / (e^z + e^-z)");
  }

  @Check(
      value = "act.tanh-derivative",
      uses = {"Activations#tanhDerivative"})
  void tanhDerivative() {
    compare(
        Activation.TANH_DERIVATIVE,
        z -> 1 - Math.tanh(z) * Math.tanh(z),
        DERIVATIVE_TOL,
        "1 - tanh(z)^2");
  }

  @Check(
      value = "act.relu",
      uses = {"Activations#relu"})
  void relu() {
    compare(Activation.RELU, z -> Math.max(0, z), VALUE_TOL, "max(0, z)");
  }

  @Check(
      value = "act.relu-derivative",
      uses = {"Activations#reluDerivative"})
  void reluDerivative() {
    Driver driver = Session.driver(Layer.OWN);
    for (double z : points()) {
      if (z == 0) {
        double atZero = driver.activation(Activation.RELU_DERIVATIVE, 0);
        if (!Near.between(atZero, 0, 1, 0)) {
          throw CheckFailure.fail(
              "ReLU is not differentiable at 0, so any value in [0, 1] is accepted there, but reluDerivative(0) returned "
                  + Fmt.num(atZero)
                  + ".");
        }
        continue;
      }
      double expected = z > 0 ? 1 : 0;
      double actual = driver.activation(Activation.RELU_DERIVATIVE, z);
      if (!Near.within(actual, expected, VALUE_TOL)) {
        throw CheckFailure.fail(
            "ReLU'(z) is 0 for z < 0 and 1 for z > 0, so reluDerivative("
                + Fmt.num(z)
                + ") should be "
                + Fmt.num(expected)
                + ", but it returned "
                + Fmt.num(actual)
                + ".");
      }
    }
  }

  @Check(
      value = "act.dfdx",
      uses = {"Activations#dfdx"})
  void dfdx() {
    chain(ChainRule.DFDX);
  }

  @Check(
      value = "act.dfdw",
      uses = {"Activations#dfdw"})
  void dfdw() {
    chain(ChainRule.DFDW);
  }

  @Check(
      value = "act.dfdb",
      uses = {"Activations#dfdb"})
  void dfdb() {
    chain(ChainRule.DFDB);
  }

  private static final double[][] CHAIN_POINTS = {
    {2, -0.5, 0.25}, {-1.5, 3, 1}, {0.7, 1.3, -2}, {4, 0, 0.5}
  };

  private static void chain(ChainRule partial) {
    Driver driver = Session.driver(Layer.OWN);
    String[] names = {"f'(z) = cos(z)", "f'(z) = 2z + 1", "f'(z) = sigmoid'(z)"};
    DoubleUnaryOperator[] derivatives = {
      Math::cos,
      z -> 2 * z + 1,
      z -> {
        double s = 1 / (1 + Math.exp(-z));
        return s * (1 - s);
      }
    };
    for (int f = 0; f < derivatives.length; f++) {
      for (double[] p : CHAIN_POINTS) {
        double w = p[0];
        double x = p[1];
        double b = p[2];
        double outer = derivatives[f].applyAsDouble(w * x + b);
        double expected =
            switch (partial) {
              case DFDX -> outer * w;
              case DFDW -> outer * x;
              case DFDB -> outer;
            };
        double actual = driver.chainRule(partial, derivatives[f], w, x, b);
        if (!Near.relative(actual, expected, VALUE_TOL)) {
          String formula =
              switch (partial) {
                case DFDX -> "f'(wx + b) w";
                case DFDW -> "f'(wx + b) x";
                case DFDB -> "f'(wx + b)";
              };
          String hint = "";
          if (partial != ChainRule.DFDB && Near.within(actual, outer, VALUE_TOL)) {
            hint = " (that is f'(wx + b) without the inner derivative)";
          } else if (partial == ChainRule.DFDX && Near.within(actual, outer * x, VALUE_TOL)) {
            hint = " (it multiplies by x; d/dx of wx + b is w)";
          } else if (partial == ChainRule.DFDW && Near.within(actual, outer * w, VALUE_TOL)) {
            hint = " (it multiplies by w; d/dw of wx + b is x)";
          }
          throw CheckFailure.fail(
              partial.method()
                  + " with "
                  + names[f]
                  + ", w = "
                  + Fmt.num(w)
                  + ", x = "
                  + Fmt.num(x)
                  + ", b = "
                  + Fmt.num(b)
                  + " should be "
                  + formula
                  + " = "
                  + Fmt.num(expected)
                  + ", but it returned "
                  + Fmt.num(actual)
                  + hint
                  + ".");
        }
      }
    }
  }

  private static void compare(
      Activation function, DoubleUnaryOperator expected, double tolerance, String formula) {
    Driver driver = Session.driver(Layer.OWN);
    for (double z : points()) {
      double want = expected.applyAsDouble(z);
      double got = driver.activation(function, z);
      if (!Near.within(got, want, tolerance)) {
        throw CheckFailure.fail(
            function.method()
                + "("
                + Fmt.num(z)
                + ") should be "
                + formula
                + " = "
                + Fmt.num(want)
                + ", but it returned "
                + Fmt.num(got)
                + ".");
      }
    }
  }

  /** The domain of question 4b, [-6, 6], in steps of 0.25, and a few points beyond. */
  static double[] points() {
    double[] z = new double[49 + 4];
    for (int i = 0; i < 49; i++) {
      z[i] = -6 + 0.25 * i;
    }
    z[49] = -20;
    z[50] = 20;
    z[51] = -0.001;
    z[52] = 0.001;
    return z;
  }
}
