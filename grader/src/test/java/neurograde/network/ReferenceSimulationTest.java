package neurograde.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReferenceSimulationTest {

  private static NetworkSpec network(String name) {
    return NetworkFile.read(Path.of("src/test/resources/networks", name));
  }

  private static JsonNode published() throws IOException {
    try (InputStream in = ReferenceSimulationTest.class.getResourceAsStream("/published-a1.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void q2Network_fires36TimesFirstAt0126829() {
    Trace trace = ReferenceSimulation.run(network("q2.json"));

    assertThat(trace.t()).hasSize(1000);
    assertThat(trace.neurons().get(0).spikes()).hasSize(36);
    assertThat(trace.neurons().get(0).spikes()[0]).isCloseTo(0.126829, within(5e-7));
    assertThat(trace.neurons().get(0).v()).hasSize(1000);
    assertThat(trace.neurons().get(1).hasState()).isFalse();
  }

  @Test
  void firingRateNetwork_givesThePublishedCounts() {
    double[] spikes =
        ReferenceSimulation.run(network("firing-rate.json")).neurons().get(0).spikes();

    int[] counts = new int[20];
    for (double spike : spikes) {
      counts[(int) Math.floor(spike / 2)]++;
    }
    assertThat(counts)
        .containsExactly(
            0, 0, 0, 0, 0, 0, 30, 52, 73, 87, 99, 112, 125, 137, 149, 160, 170, 180, 190, 199);
  }

  @Test
  void ringNetwork_neuron7SpikesAtThePublishedTimes() throws IOException {
    double[] spikes = ReferenceSimulation.run(network("ring.json")).neurons().get(7).spikes();
    JsonNode expected = published().get("ringOscillator").get("neuron7Spikes");

    assertThat(spikes).hasSize(expected.size());
    for (int i = 0; i < spikes.length; i++) {
      assertThat(spikes[i]).as("spike %d", i).isCloseTo(expected.get(i).asDouble(), within(1e-12));
    }
  }

  @Test
  void writtenTrace_readsBackToTheSameDoubles() throws IOException {
    Trace trace = ReferenceSimulation.run(network("ring.json"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TraceWriter.write(trace, out);

    JsonNode json = new ObjectMapper().readTree(out.toByteArray());
    assertThat(json.get("t")).hasSize(trace.t().length);
    for (int n = 0; n < trace.neurons().size(); n++) {
      Trace.NeuronTrace neuron = trace.neurons().get(n);
      JsonNode read = json.get("neurons").get(n);
      assertThat(doubles(read.get("spikes"))).containsExactly(neuron.spikes());
      if (neuron.hasState()) {
        assertThat(doubles(read.get("v"))).containsExactly(neuron.v());
        assertThat(doubles(read.get("s"))).containsExactly(neuron.s());
      } else {
        assertThat(read.has("v")).isFalse();
      }
    }
  }

  private static double[] doubles(JsonNode array) {
    double[] values = new double[array.size()];
    Arrays.setAll(values, i -> array.get(i).asDouble());
    return values;
  }
}
