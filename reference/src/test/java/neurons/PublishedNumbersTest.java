package neurons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference reproduces every number of the course's published solution ({@code published-a1.json}). */
class PublishedNumbersTest {

  private static JsonNode published;

  @BeforeAll
  static void readPublished() throws IOException {
    try (InputStream in = PublishedNumbersTest.class.getResourceAsStream("/published-a1.json")) {
      published = new ObjectMapper().readTree(in);
    }
  }

  @Test
  void showStateSequences_matchThePublishedPrintouts() {
    for (JsonNode sequence : published.get("showState")) {
      LIFNeuron neuron = new LIFNeuron();
      JsonNode setup = sequence.get("setup");
      if (setup.has("receiveSpike")) {
        neuron.receiveSpike(setup.get("receiveSpike").asDouble());
      }
      if (setup.has("t")) {
        neuron.setT(setup.get("t").asDouble());
      }
      if (setup.has("v")) {
        neuron.setV(setup.get("v").asDouble());
      }
      if (setup.has("s")) {
        neuron.setS(setup.get("s").asDouble());
      }
      if (setup.has("refRemaining")) {
        neuron.setRefRemaining(setup.get("refRemaining").asDouble());
      }
      double dt = sequence.get("dt").asDouble();
      List<String> states = new ArrayList<>();
      states.add(neuron.showState());
      for (int i = 1; i < sequence.get("states").size(); i++) {
        neuron.slope();
        neuron.step(dt);
        states.add(neuron.showState());
      }
      assertThat(states).as("setup %s", setup).containsExactlyElementsOf(texts(sequence.get("states")));
      if (sequence.has("spikes")) {
        assertThat(neuron.getSpikes()).hasSize(sequence.get("spikes").size());
        for (int i = 0; i < neuron.getSpikes().size(); i++) {
          assertThat(neuron.getSpikes().get(i))
              .isCloseTo(sequence.get("spikes").get(i).asDouble(), within(1e-12));
        }
      }
    }
  }

  @Test
  void q2TestNetwork_fires36TimesFirstAt0126829() {
    SpikingNetwork net = new SpikingNetwork();
    LIFNeuron lif = new LIFNeuron(0.02, 0.002, 0.1);
    net.addNeuron(lif);
    net.addNeuron(new InputNeuron(SpikeTrains.generate(new double[] {30}, new double[] {1})));
    net.connect(1, 0, 0.05);
    net.simulate(1, 0.001);

    assertThat(lif.getSpikes()).hasSize(36);
    assertThat(lif.getSpikes().get(0)).isCloseTo(0.126829, within(5e-7));
  }

  @Test
  void firingRateExperiment_countsMatchThePublishedCurve() {
    int[] counts = Experiments.spikesPerInterval(Experiments.firingRateExperiment());

    assertThat(counts)
        .containsExactly(0, 0, 0, 0, 0, 0, 30, 52, 73, 87, 99, 112, 125, 137, 149, 160, 170, 180, 190, 199);
  }

  @Test
  void ringOscillator_neuron7SpikesAtThePublishedTimes() {
    JsonNode ring = published.get("ringOscillator");
    List<Double> spikes = Experiments.ringOscillator().getNeuron(7).getSpikes();

    double[] expected = numbers(ring.get("neuron7Spikes"));
    assertThat(spikes).hasSize(expected.length);
    IntStream.range(0, expected.length)
        .forEach(i -> assertThat(spikes.get(i)).as("spike %d", i).isCloseTo(expected[i], within(1e-12)));
  }

  @Test
  void ringPeriod_isAboutThePublished0394Seconds() {
    assertThat(Experiments.ringPeriod(Experiments.ringOscillator())).isCloseTo(0.394, within(0.002));
  }

  @Test
  void inputExample_matchesThePublishedTrainAndCount() {
    JsonNode example = published.get("inputExample");
    double[] train = SpikeTrains.generate(new double[] {10, 25}, new double[] {0.2, 0.5});

    assertThat(train).containsExactly(numbers(example.get("spikes")), within(1e-9));
    assertThat(new InputNeuron(train).spikesBetween(0.3, 0.4))
        .isEqualTo(example.get("spikesBetween(0.3, 0.4)").asInt());
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static double[] numbers(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).mapToDouble(JsonNode::asDouble).toArray();
  }
}
