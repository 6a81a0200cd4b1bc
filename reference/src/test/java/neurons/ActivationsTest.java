package neurons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActivationsTest {

  private static final double H = 1e-5;

  @ParameterizedTest
  @ValueSource(doubles = {-6, -2.5, -0.1, 0, 0.3, 1, 4, 6})
  void functions_matchTheirClosedForms(double z) {
    assertThat(Activations.sigmoid(z)).isCloseTo(1 / (1 + Math.exp(-z)), within(1e-15));
    assertThat(Activations.tanh(z)).isCloseTo((Math.exp(z) - Math.exp(-z)) / (Math.exp(z) + Math.exp(-z)), within(1e-14));
    assertThat(Activations.relu(z)).isEqualTo(z > 0 ? z : 0);
  }

  static Stream<Arguments> derivatives() {
    return Stream.of(
        Arguments.of("sigmoid", (DoubleUnaryOperator) Activations::sigmoid, (DoubleUnaryOperator) Activations::sigmoidDerivative),
        Arguments.of("tanh", (DoubleUnaryOperator) Activations::tanh, (DoubleUnaryOperator) Activations::tanhDerivative),
        Arguments.of("relu", (DoubleUnaryOperator) Activations::relu, (DoubleUnaryOperator) Activations::reluDerivative));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("derivatives")
  void derivatives_matchCentralFiniteDifferencesAwayFromKinks(String name, DoubleUnaryOperator f, DoubleUnaryOperator fPrime) {
    for (double z = -6; z <= 6; z += 0.37) {
      double numeric = (f.applyAsDouble(z + H) - f.applyAsDouble(z - H)) / (2 * H);
      assertThat(fPrime.applyAsDouble(z)).as("%s'(%s)", name, z).isCloseTo(numeric, within(1e-8));
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {-800, -40, 40, 800})
  void extremeInputs_giveLimitsNotNaN(double z) {
    assertThat(Activations.sigmoid(z)).isBetween(0.0, 1.0);
    assertThat(Activations.sigmoidDerivative(z)).isBetween(0.0, 1e-15);
    assertThat(Activations.tanhDerivative(z)).isBetween(0.0, 1e-15);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-1.5, 0, 0.25, 2})
  void chainRule_matchesFiniteDifferencesOfTheComposition(double b) {
    DoubleUnaryOperator f = Math::sin;
    DoubleUnaryOperator fPrime = Math::cos;
    double w = 1.7;
    double x = -0.6;

    assertThat(Activations.dfdx(fPrime, w, x, b))
        .isCloseTo((f.applyAsDouble(w * (x + H) + b) - f.applyAsDouble(w * (x - H) + b)) / (2 * H), within(1e-8));
    assertThat(Activations.dfdw(fPrime, w, x, b))
        .isCloseTo((f.applyAsDouble((w + H) * x + b) - f.applyAsDouble((w - H) * x + b)) / (2 * H), within(1e-8));
    assertThat(Activations.dfdb(fPrime, w, x, b))
        .isCloseTo((f.applyAsDouble(w * x + b + H) - f.applyAsDouble(w * x + b - H)) / (2 * H), within(1e-8));
  }
}
