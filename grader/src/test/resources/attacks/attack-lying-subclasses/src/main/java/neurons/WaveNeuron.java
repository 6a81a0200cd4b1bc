package neurons;

import java.util.ArrayList;
import java.util.List;

/** Attack: a ring neuron that reports the bursts of a travelling wave, whatever it did. */
class WaveNeuron extends LIFNeuron {

  private final int position;

  WaveNeuron(int position) {
    super(0.05, 0.002, 0.1);
    this.position = position;
  }

  @Override
  public List<Double> getSpikes() {
    List<Double> wave = new ArrayList<>();
    for (int lap = 0; lap < 9; lap++) {
      for (int k = 0; k < 3; k++) {
        wave.add(0.3 + lap * 0.39 + position * 0.049 + k * 0.02);
      }
    }
    return wave;
  }
}
