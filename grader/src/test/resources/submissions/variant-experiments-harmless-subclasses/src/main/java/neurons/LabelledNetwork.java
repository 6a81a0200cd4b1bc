package neurons;

import java.util.ArrayList;
import java.util.List;

/** A network that also remembers a label per neuron, for my plots. */
class LabelledNetwork extends SpikingNetwork {

  private final List<String> labels = new ArrayList<>();

  int add(String label, Neuron neuron) {
    labels.add(label);
    return addNeuron(neuron);
  }

  List<String> labels() {
    return labels;
  }
}
