package neurons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The worked answers quote this implementation's numbers, and have a section per written item. */
class AnswersTest {

  private static String answers() throws IOException {
    return Files.readString(Path.of("ANSWERS.md"));
  }

  @Test
  void everyWrittenItem_hasItsHeading() throws IOException {
    assertThat(answers()).contains("\n## 3c-iii\n", "\n## 3d-v\n", "\n## 4a\n", "\n## 4b\n", "\n## 4c\n");
  }

  @Test
  void ringPeriod_isTheOneMeasuredFromTheReferenceSpikes() throws IOException {
    Matcher quoted = Pattern.compile("the median over all eight\\s+neurons is (\\d\\.\\d+) s").matcher(answers());

    assertThat(quoted.find()).as("ANSWERS.md quotes the measured period").isTrue();
    assertThat(Double.parseDouble(quoted.group(1))).isCloseTo(Experiments.ringPeriod(Experiments.ringOscillator()), within(5e-4));
  }

  @Test
  void inhibition_timesAreTheReferenceSpikeTimes() throws IOException {
    SpikingNetwork net = Experiments.inhibition();
    String text = answers().replaceAll("\\s+", " ");

    assertThat(last(net, 0)).isCloseTo(0.838, within(5e-4));
    assertThat(last(net, 1)).isCloseTo(0.920, within(5e-4));
    assertThat(net.getNeuron(0).getSpikes()).hasSize(173);
    assertThat(net.getNeuron(1).getSpikes()).hasSize(188);
    assertThat(text).contains("stop at 0.838 s", "stops at 0.920 s", "A 173 and B 188 spikes");
  }

  private static double last(SpikingNetwork net, int neuron) {
    var spikes = net.getNeuron(neuron).getSpikes();
    return spikes.get(spikes.size() - 1);
  }
}
