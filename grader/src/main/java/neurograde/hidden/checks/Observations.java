package neurograde.hidden.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import neurograde.hidden.Layer;
import neurograde.hidden.Observe;
import neurograde.hidden.Session;
import neurograde.hidden.driver.Activation;
import neurograde.hidden.driver.Driver;
import neurograde.hidden.driver.NetworkSnapshot;
import neurograde.hidden.driver.StudentCodeException;
import neurons.LIFNeuron;
import org.junit.jupiter.api.Order;

/** What the student's own code does, recorded for the report's comparison plots. Earns no marks. */
@Order(100)
final class Observations {

  /** Steps of the neuron scenario plotted in the report. */
  private static final int TRACE_STEPS = 40;

  /**
   * Largest number of spikes kept per neuron for a plot. The grader draws every point it is given,
   * in its own JVM: what a submission's code reports must not make a report take minutes.
   */
  private static final int MAX_SPIKES = 2000;

  /** Largest number of neurons kept for a raster; the assignment's networks have at most 9. */
  static final int MAX_RASTER_NEURONS = 50;

  @Observe("lif.trace")
  void lifTrace() {
    Driver driver = Session.driver(Layer.OWN);
    LifRun run = LifRun.standard(driver).set(0.3, 0.98, 1.3, 0);
    LIFNeuron reference = new LIFNeuron();
    reference.setT(0.3);
    reference.setV(0.98);
    reference.setS(1.3);
    List<double[]> student = new ArrayList<>();
    List<double[]> expected = new ArrayList<>();
    for (int i = 0; i < TRACE_STEPS; i++) {
      double w = i % 6 == 3 ? 0.01 : 0;
      reference.receiveSpike(w);
      reference.slope();
      reference.step(LifRun.DT);
      expected.add(new double[] {reference.getT(), reference.getV(), reference.getS()});
      try {
        LifRun.Step step = w == 0 ? run.step() : run.step(w);
        student.add(new double[] {step.after().t(), step.after().v(), step.after().s()});
      } catch (StudentCodeException e) {
        break;
      }
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("student", student);
    data.put("reference", expected);
    data.put("studentSpikes", safeSpikes(run));
    data.put("referenceSpikes", ReferenceRuns.toArray(reference.getSpikes()));
    Session.observe("lif.trace", data);
  }

  @Observe("activations")
  void activations() {
    Driver driver = Session.driver(Layer.OWN);
    Map<String, Object> curves = new LinkedHashMap<>();
    double[] z = new double[121];
    for (int i = 0; i < z.length; i++) {
      z[i] = -6 + 0.1 * i;
    }
    curves.put("z", z);
    for (Activation function : Activation.values()) {
      double[] values = new double[z.length];
      try {
        for (int i = 0; i < z.length; i++) {
          values[i] = driver.activation(function, z[i]);
        }
        curves.put(function.name(), values);
      } catch (StudentCodeException e) {
        curves.put(function.name(), Map.of("error", e.getMessage()));
      }
    }
    Session.observe("activations", curves);
  }

  /** The spikes of a network's neurons, for a raster plot. */
  static Map<String, Object> raster(NetworkSnapshot net) {
    List<Object> neurons = new ArrayList<>();
    for (NetworkSnapshot.NeuronInfo neuron :
        net.neurons().subList(0, Math.min(net.neurons().size(), MAX_RASTER_NEURONS))) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("kind", neuron.kind().name());
      entry.put("spikes", atMost(neuron.spikes()));
      neurons.add(entry);
    }
    Map<String, Object> raster = new LinkedHashMap<>();
    raster.put("duration", net.duration());
    raster.put("neurons", neurons);
    if (net.neurons().size() > MAX_RASTER_NEURONS) {
      raster.put("neuronsLeftOut", net.neurons().size() - MAX_RASTER_NEURONS);
    }
    return raster;
  }

  private static double[] atMost(double[] spikes) {
    return spikes.length > MAX_SPIKES ? java.util.Arrays.copyOf(spikes, MAX_SPIKES) : spikes;
  }

  private static double[] safeSpikes(LifRun run) {
    try {
      return atMost(run.driver().spikes(run.neuron()));
    } catch (StudentCodeException e) {
      return new double[0];
    }
  }
}
