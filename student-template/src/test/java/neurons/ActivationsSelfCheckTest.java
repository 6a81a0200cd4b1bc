package neurons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Self-checks for question 4. */
@DisplayName("Question 4: activation functions")
class ActivationsSelfCheckTest {

  @Test
  @DisplayName("4a: ReLU'(z) is 0 for z < 0 and 1 for z > 0")
  void reluDerivative_isAStep() {
    assertThat(Activations.reluDerivative(-2)).as("ReLU'(-2)").isEqualTo(0.0);
    assertThat(Activations.reluDerivative(3)).as("ReLU'(3)").isEqualTo(1.0);
    assertThat(Activations.reluDerivative(0)).as("ReLU'(0): ReLU is not differentiable at 0; any value in [0, 1]").isBetween(0.0, 1.0);
  }

  @Test
  @DisplayName("4b: sigmoid, tanh, ReLU and their derivatives at a few points")
  void functions_matchClosedForms() {
    assertThat(Activations.sigmoid(0)).as("sigmoid(0)").isCloseTo(0.5, within(1e-12));
    assertThat(Activations.sigmoid(2)).as("sigmoid(2) = 1 / (1 + e^-2)").isCloseTo(0.8807970779778823, within(1e-12));
    assertThat(Activations.sigmoidDerivative(0)).as("sigmoid'(0), the maximum of sigmoid'").isCloseTo(0.25, within(1e-12));
    assertThat(Activations.tanh(1)).as("tanh(1)").isCloseTo(0.7615941559557649, within(1e-12));
    assertThat(Activations.tanhDerivative(0)).as("tanh'(0), the maximum of tanh'").isCloseTo(1.0, within(1e-12));
    assertThat(Activations.relu(-1.5)).as("ReLU(-1.5)").isEqualTo(0.0);
    assertThat(Activations.relu(2.5)).as("ReLU(2.5)").isEqualTo(2.5);
  }

  @Test
  @DisplayName("4c: the chain rule for f(wx + b)")
  void chainRule_forEachVariable() {
    double w = 2;
    double x = -0.5;
    double b = 0.25;
    double fPrime = Activations.sigmoidDerivative(w * x + b);
    assertThat(Activations.dfdx(Activations::sigmoidDerivative, w, x, b)).as("d/dx f(wx + b) = f'(wx + b) w").isCloseTo(fPrime * w, within(1e-12));
    assertThat(Activations.dfdw(Activations::sigmoidDerivative, w, x, b)).as("d/dw f(wx + b) = f'(wx + b) x").isCloseTo(fPrime * x, within(1e-12));
    assertThat(Activations.dfdb(Activations::sigmoidDerivative, w, x, b)).as("d/db f(wx + b) = f'(wx + b)").isCloseTo(fPrime, within(1e-12));
  }
}
