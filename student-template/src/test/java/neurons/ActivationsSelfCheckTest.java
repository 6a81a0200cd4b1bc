package neurons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.TestAbortedException;
import selfcheck.Attempt;
import selfcheck.CourseData;
import selfcheck.Expect;
import selfcheck.Figures;
import selfcheck.NotWrittenYet;

/** Self-checks for question 4. */
@DisplayName("Question 4: activation functions")
@Order(4)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(NotWrittenYet.class)
class ActivationsSelfCheckTest {

  private static final double TOLERANCE = 1e-12;

  @Test
  @Order(1)
  @DisplayName("4a: ReLU'(z) is 0 for z < 0 and 1 for z > 0 (at 0, any value from 0 to 1)")
  void reluDerivative_isAStep() {
    Expect.near("ReLU'(-2)", Activations.reluDerivative(-2), 0, 0, "", "ReLU(z) = 0 for z < 0, so its slope there is 0.");
    Expect.near("ReLU'(3)", Activations.reluDerivative(3), 1, 0, "", "ReLU(z) = z for z > 0, so its slope there is 1.");
    Expect.between("ReLU'(0)", Activations.reluDerivative(0), 0, 1, "",
        "ReLU is not differentiable at 0; any value from 0 to 1 is accepted (say why in your answer to 4a).");
  }

  @Test
  @Order(2)
  @DisplayName("4b: sigmoid(z) at z = -2, 0 and 2")
  void sigmoid() {
    at("sigmoid", Activations::sigmoid, new double[] {-2, 0, 2}, new double[] {0.11920292202211755, 0.5, 0.8807970779778823},
        "The standard logistic function: 1 / (1 + e^-z).");
  }

  @Test
  @Order(3)
  @DisplayName("4b: sigmoid'(z) at z = 0 and 2")
  void sigmoidDerivative() {
    at("sigmoid'", Activations::sigmoidDerivative, new double[] {0, 2}, new double[] {0.25, 0.10499358540350662},
        "The derivative of the logistic function (it can be written with sigmoid itself).");
  }

  @Test
  @Order(4)
  @DisplayName("4b: tanh(z) at z = 0 and 1")
  void tanh() {
    at("tanh", Activations::tanh, new double[] {0, 1}, new double[] {0, 0.7615941559557649}, "The hyperbolic tangent.");
  }

  @Test
  @Order(5)
  @DisplayName("4b: tanh'(z) at z = 0 and 1")
  void tanhDerivative() {
    at("tanh'", Activations::tanhDerivative, new double[] {0, 1}, new double[] {1, 0.41997434161402614},
        "The derivative of tanh (it can be written with tanh itself).");
  }

  @Test
  @Order(6)
  @DisplayName("4b: ReLU(z) at z = -1.5 and 2.5")
  void relu() {
    at("ReLU", Activations::relu, new double[] {-1.5, 2.5}, new double[] {0, 2.5}, "ReLU(z) is 0 for z < 0 and z otherwise.");
  }

  // A made-up f' (3z + 1), so the chain rule is checked apart from your activation functions.
  private static final DoubleUnaryOperator F_PRIME = z -> 3 * z + 1;
  private static final String AT = "for f'(z) = 3z + 1, w = 2, x = -0.5, b = 0.25 (so wx + b = -0.75 and f'(wx + b) = -1.25)";

  @Test
  @Order(7)
  @DisplayName("4c: dfdx gives d/dx f(wx + b)")
  void chainRule_x() {
    Expect.near("dfdx " + AT, Activations.dfdx(F_PRIME, 2, -0.5, 0.25), -2.5, TOLERANCE, "",
        "By the chain rule, d/dx f(wx + b) = f'(wx + b) times the derivative of wx + b with respect to x.");
  }

  @Test
  @Order(8)
  @DisplayName("4c: dfdw gives d/dw f(wx + b)")
  void chainRule_w() {
    Expect.near("dfdw " + AT, Activations.dfdw(F_PRIME, 2, -0.5, 0.25), 0.625, TOLERANCE, "",
        "By the chain rule, d/dw f(wx + b) = f'(wx + b) times the derivative of wx + b with respect to w.");
  }

  @Test
  @Order(9)
  @DisplayName("4c: dfdb gives d/db f(wx + b)")
  void chainRule_b() {
    Expect.near("dfdb " + AT, Activations.dfdb(F_PRIME, 2, -0.5, 0.25), -1.25, TOLERANCE, "",
        "By the chain rule, d/db f(wx + b) = f'(wx + b) times the derivative of wx + b with respect to b.");
  }

  @Test
  @Order(10)
  @Tag("figure")
  @DisplayName("4b figure: target/self-check/4b-activations.png: your functions and derivatives next to the course's")
  void figure_activations() {
    double[] z = CourseData.get("4b.z");
    List<String> names = List.of("sigmoid", "sigmoid'", "tanh", "tanh'", "ReLU", "ReLU'");
    List<DoubleUnaryOperator> functions = List.of(Activations::sigmoid, Activations::sigmoidDerivative,
        Activations::tanh, Activations::tanhDerivative, Activations::relu, Activations::reluDerivative);
    List<Optional<double[]>> yours = new ArrayList<>();
    List<double[]> course = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      DoubleUnaryOperator f = functions.get(i);
      Attempt<double[]> values = Attempt.of("Activations", () -> Arrays.stream(z).map(f).toArray());
      yours.add(values.result());
      if (values.result().isEmpty()) {
        missing.add(values.why());
      }
      course.add(CourseData.get("4b." + names.get(i)));
    }
    Figures.curves("4b-activations.png", "4b: activation functions and their derivatives on [-6, 6]", z, names, yours, course);
    if (missing.size() == names.size()) {
      throw new TestAbortedException(missing.get(0));
    }
  }

  private static void at(String name, DoubleUnaryOperator f, double[] z, double[] expected, String hint) {
    for (int i = 0; i < z.length; i++) {
      Expect.near(name + "(" + Expect.Numbers.plain(z[i]) + ")", f.applyAsDouble(z[i]), expected[i], TOLERANCE, "", hint);
    }
  }
}
