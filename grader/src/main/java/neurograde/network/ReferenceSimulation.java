package neurograde.network;

import java.util.ArrayList;
import java.util.List;
import neurograde.network.NetworkSpec.ConnectionSpec;
import neurograde.network.NetworkSpec.InputSpec;
import neurograde.network.NetworkSpec.LifSpec;
import neurograde.network.NetworkSpec.NeuronSpec;
import neurograde.network.Trace.NeuronTrace;
import neurons.InputNeuron;
import neurons.LIFNeuron;
import neurons.Neuron;
import neurons.SpikingNetwork;

/** Runs the reference implementation on a network description. */
public final class ReferenceSimulation {

  private ReferenceSimulation() {}

  /** Builds the network with the reference classes, without simulating it. */
  public static SpikingNetwork build(NetworkSpec spec) {
    SpikingNetwork net = new SpikingNetwork();
    for (NeuronSpec neuron : spec.neurons()) {
      net.addNeuron(create(neuron));
    }
    for (ConnectionSpec c : spec.connections()) {
      net.connect(c.pre(), c.post(), c.weight());
    }
    return net;
  }

  /** Builds and simulates the network, returning the reference's trace. */
  public static Trace run(NetworkSpec spec) {
    SpikingNetwork net = build(spec);
    net.simulate(spec.duration(), spec.dt());
    return trace(net);
  }

  /** Returns the trace of a simulated network. */
  public static Trace trace(SpikingNetwork net) {
    List<NeuronTrace> neurons = new ArrayList<>();
    for (Neuron neuron : net.getNeurons()) {
      double[] spikes = toArray(neuron.getSpikes());
      if (neuron instanceof LIFNeuron lif) {
        neurons.add(
            new NeuronTrace(spikes, toArray(lif.getVHistory()), toArray(lif.getSHistory())));
      } else {
        neurons.add(new NeuronTrace(spikes, null, null));
      }
    }
    return new Trace(toArray(net.getTHistory()), neurons);
  }

  private static Neuron create(NeuronSpec spec) {
    if (spec instanceof LifSpec lif) {
      return new LIFNeuron(lif.tauM(), lif.tauRef(), lif.tauS());
    }
    InputSpec input = (InputSpec) spec;
    return new InputNeuron(input.spikes().stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static double[] toArray(List<Double> values) {
    double[] array = new double[values.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.get(i);
    }
    return array;
  }
}
