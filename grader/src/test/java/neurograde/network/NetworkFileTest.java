package neurograde.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import neurograde.InputException;
import neurograde.network.NetworkSpec.InputSpec;
import neurograde.network.NetworkSpec.LifSpec;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkFileTest {

  @Test
  void specExample_parsesWithDefaultsAndGeneratedTrains() {
    NetworkSpec spec =
        NetworkFile.parse(
            "n.json",
            """
        {"dt": 0.001, "duration": 1.5,
         "neurons": [{"type": "lif", "tauM": 0.02, "tauRef": 0.002, "tauS": 0.05, "label": "A"},
                     {"type": "lif"},
                     {"type": "input", "rates": [30, 0], "ends": [0.3, 1.5]},
                     {"type": "input", "spikes": [0.25, 0.01]}],
         "connections": [[2, 0, 0.05], [0, 1, 0.05]]}
        """);

    assertThat(spec.dt()).isEqualTo(0.001);
    assertThat(spec.duration()).isEqualTo(1.5);
    assertThat(spec.neurons().get(0)).isEqualTo(new LifSpec(0.02, 0.002, 0.05, "A"));
    assertThat(spec.neurons().get(1)).isEqualTo(new LifSpec(0.02, 0.002, 0.05, ""));
    assertThat(((InputSpec) spec.neurons().get(2)).spikes()).hasSize(9);
    assertThat(((InputSpec) spec.neurons().get(2)).spikes().get(0))
        .isCloseTo(1.0 / 60, within(1e-15));
    assertThat(((InputSpec) spec.neurons().get(3)).spikes()).containsExactly(0.25, 0.01);
    assertThat(spec.connections())
        .extracting(NetworkSpec.ConnectionSpec::pre)
        .containsExactly(2, 0);
  }

  @Test
  void jitteredInput_isTheSameForTheSameSeed() {
    String json =
        """
        {"dt": 0.001, "duration": 1, "neurons": [{"type": "input", "rates": [40], "ends": [1], "jitter": 0.1, "seed": 3}]}
        """;

    assertThat(NetworkFile.parse("a", json)).isEqualTo(NetworkFile.parse("b", json));
  }

  @Nested
  class Errors {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
        not JSON                | {"dt": 0.001,                                                        | n.json:1: not valid JSON
        not an object           | [1, 2]                                                               | n.json:1: a network file holds one JSON object
        missing dt              | {"duration": 1, "neurons": [{"type": "lif"}]}                        | n.json:1: missing "dt"
        negative dt             | {"dt": -1, "duration": 1, "neurons": [{"type": "lif"}]}              | n.json:1: dt: "dt" must be a positive number of seconds, got -1
        zero duration           | {"dt": 0.001, "duration": 0, "neurons": [{"type": "lif"}]}           | duration: "duration" must be a positive number of seconds, got 0
        no neurons              | {"dt": 0.001, "duration": 1, "neurons": []}                          | neurons: "neurons" must be a non-empty array
        unknown type            | {"dt": 0.001, "duration": 1, "neurons": [{"type": "izhikevich"}]}    | neurons[0].type: unknown neuron type "izhikevich"; expected "lif" or "input"
        missing type            | {"dt": 0.001, "duration": 1, "neurons": [{"tauM": 1}]}               | neurons[0]: the neuron has no "type"
        zero tau                | {"dt": 0.001, "duration": 1, "neurons": [{"type": "lif", "tauS": 0}]} | neurons[0].tauS: "tauS" must be a positive number of seconds, got 0
        text tau                | {"dt": 0.001, "duration": 1, "neurons": [{"type": "lif", "tauM": "x"}]} | neurons[0].tauM: "tauM" must be a finite number, got "x"
        unknown key             | {"dt": 0.001, "duration": 1, "neurons": [{"type": "lif", "tau": 1}]} | neurons[0].tau: unknown key "tau"
        mismatched rates        | {"dt": 0.001, "duration": 1, "neurons": [{"type": "input", "rates": [1, 2], "ends": [1]}]} | neurons[0].ends: "rates" has 2 values but "ends" has 1
        decreasing ends         | {"dt": 0.001, "duration": 1, "neurons": [{"type": "input", "rates": [1, 2], "ends": [1, 0.5]}]} | neurons[0].ends[1]: end 0.5 s must be after 1.0 s
        negative rate           | {"dt": 0.001, "duration": 1, "neurons": [{"type": "input", "rates": [-5], "ends": [1]}]} | neurons[0].rates[0]: rate -5.0 Hz is negative
        spikes and rates        | {"dt": 0.001, "duration": 1, "neurons": [{"type": "input", "spikes": [], "rates": [1], "ends": [1]}]} | neurons[0]: an input neuron gives either "spikes" or "rates" and "ends"
        index out of range      | {"dt": 0.001, "duration": 1, "neurons": [{"type": "lif"}], "connections": [[0, 1, 0.5]]} | connections[0][1]: neuron index 1 is out of range; the network has neurons 0 to 0
        fractional index        | {"dt": 0.001, "duration": 1, "neurons": [{"type": "lif"}], "connections": [[0.5, 0, 0.5]]} | connections[0][0]: pre must be a neuron index, got 0.5
        pair, not triple        | {"dt": 0.001, "duration": 1, "neurons": [{"type": "lif"}], "connections": [[0, 0]]} | connections[0]: a connection is a [pre, post, weight] triple
        """)
    void badNetwork_isRejectedNamingTheProblem(String what, String json, String message) {
      assertThatThrownBy(() -> NetworkFile.parse("n.json", json))
          .isInstanceOf(InputException.class)
          .hasMessageContaining(message);
    }

    @Test
    void error_namesTheLineOfTheBadValue() {
      String json =
          "{\"dt\": 0.001,\n \"duration\": 1,\n \"neurons\": [\n  {\"type\": \"lif\"},\n  {\"type\": \"lifx\"}]}";

      assertThatThrownBy(() -> NetworkFile.parse("n.json", json))
          .hasMessage(
              "n.json:5: neurons[1].type: unknown neuron type \"lifx\"; expected \"lif\" or \"input\"");
    }
  }
}
