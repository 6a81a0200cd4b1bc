package neurograde.hidden.driver.java;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;
import neurograde.hidden.driver.Activation;
import neurograde.hidden.driver.ChainRule;
import neurograde.hidden.driver.Driver;
import neurograde.hidden.driver.Experiment;
import neurograde.hidden.driver.LifState;
import neurograde.hidden.driver.NetworkRef;
import neurograde.hidden.driver.NetworkSnapshot;
import neurograde.hidden.driver.NeuronRef;
import neurograde.hidden.driver.ProbeLog;
import neurograde.hidden.driver.StateVariable;
import neurograde.hidden.driver.StudentCodeException;
import neurograde.hidden.driver.Tails;
import neurograde.hidden.driver.Thrown;
import neurons.Activations;
import neurons.Connection;
import neurons.Experiments;
import neurons.InputNeuron;
import neurons.LIFNeuron;
import neurons.Neuron;
import neurons.SpikingNetwork;

/**
 * Drives a Java submission. The worker loads a fresh copy of this class for every check, in a class
 * loader where {@code neurons.*} resolves to that check's mix of student and reference classes, so
 * the same source serves every layer. Everything the student's code returns is copied into plain
 * arrays here, inside the check's time limit.
 */
public final class JavaDriver implements Driver {

  private final List<Neuron> neurons = new ArrayList<>();
  private final List<SpikingNetwork> networks = new ArrayList<>();

  @Override
  public NeuronRef newLif() {
    return addNeuron(call("new LIFNeuron()", LIFNeuron::new));
  }

  @Override
  public NeuronRef newLif(double tauM, double tauRef, double tauS) {
    return addNeuron(
        call("new LIFNeuron(tauM, tauRef, tauS)", () -> new LIFNeuron(tauM, tauRef, tauS)));
  }

  @Override
  public NeuronRef newInput(double[] spikes) {
    return addNeuron(new InputNeuron(spikes));
  }

  @Override
  public NeuronRef newRecordingLif() {
    return addNeuron(call("new LIFNeuron()", RecordingLif::new));
  }

  @Override
  public void set(NeuronRef ref, StateVariable variable, double value) {
    LIFNeuron lif = lif(ref);
    switch (variable) {
      case T -> run("LIFNeuron.setT", () -> lif.setT(value));
      case V -> run("LIFNeuron.setV", () -> lif.setV(value));
      case S -> run("LIFNeuron.setS", () -> lif.setS(value));
      case REF_REMAINING -> run("LIFNeuron.setRefRemaining", () -> lif.setRefRemaining(value));
      default -> throw new IllegalArgumentException(variable.toString());
    }
  }

  @Override
  public LifState state(NeuronRef ref) {
    LIFNeuron lif = lif(ref);
    return call(
        "LIFNeuron's getters",
        () ->
            new LifState(
                lif.getT(),
                lif.getV(),
                lif.getS(),
                lif.getRefRemaining(),
                lif.getDvdt(),
                lif.getDsdt(),
                lif.getWeightedIncomingSpikes(),
                lif.getTauM(),
                lif.getTauRef(),
                lif.getTauS()));
  }

  @Override
  public void slope(NeuronRef ref) {
    Neuron neuron = neuron(ref);
    run(name(neuron) + ".slope", neuron::slope);
  }

  @Override
  public void step(NeuronRef ref, double dt) {
    Neuron neuron = neuron(ref);
    run(name(neuron) + ".step", () -> neuron.step(dt));
  }

  @Override
  public void receiveSpike(NeuronRef ref, double w) {
    Neuron neuron = neuron(ref);
    run(name(neuron) + ".receiveSpike", () -> neuron.receiveSpike(w));
  }

  @Override
  public double[] spikes(NeuronRef ref) {
    Neuron neuron = neuron(ref);
    return call(name(neuron) + ".getSpikes", () -> toArray(neuron.getSpikes()));
  }

  @Override
  public double[] vHistory(NeuronRef ref) {
    LIFNeuron lif = lif(ref);
    return call("LIFNeuron.getVHistory", () -> toArray(lif.getVHistory()));
  }

  @Override
  public double[] sHistory(NeuronRef ref) {
    LIFNeuron lif = lif(ref);
    return call("LIFNeuron.getSHistory", () -> toArray(lif.getSHistory()));
  }

  @Override
  public Tails tails(NeuronRef ref, int spikesFrom) {
    LIFNeuron lif = lif(ref);
    return call(
        "LIFNeuron's list getters",
        () -> {
          List<Double> v = lif.getVHistory();
          List<Double> s = lif.getSHistory();
          List<Double> spikes = lif.getSpikes();
          if (v == null || s == null || spikes == null) {
            throw new StudentCodeException("a list getter returned null", "null");
          }
          int vSize = v.size();
          int sSize = s.size();
          int count = spikes.size();
          double[] recent =
              count > spikesFrom
                  ? toArray(new ArrayList<>(spikes.subList(Math.max(0, spikesFrom), count)))
                  : new double[0];
          return new Tails(
              vSize,
              sSize,
              vSize > 0 ? value(v.get(vSize - 1)) : Double.NaN,
              sSize > 0 ? value(s.get(sSize - 1)) : Double.NaN,
              count,
              recent);
        });
  }

  private static double value(Object element) {
    if (!(element instanceof Double value)) {
      throw new StudentCodeException("a list of times or values holds " + element, "null");
    }
    return value;
  }

  @Override
  public String showState(NeuronRef ref) {
    LIFNeuron lif = lif(ref);
    String shown = call("LIFNeuron.showState", () -> String.valueOf(lif.showState()));
    // The published line is about 50 characters; the checks keep one per step.
    return shown.length() <= MAX_SHOWN
        ? shown
        : shown.substring(0, MAX_SHOWN) + "... (" + shown.length() + " characters)";
  }

  private static final int MAX_SHOWN = 200;

  @Override
  public ProbeLog probeLog(NeuronRef probe) {
    return ((RecordingLif) neuron(probe)).log();
  }

  @Override
  public NetworkRef newNetwork() {
    return addNetwork(call("new SpikingNetwork()", SpikingNetwork::new));
  }

  @Override
  public int addNeuron(NetworkRef ref, NeuronRef neuronRef) {
    SpikingNetwork network = network(ref);
    Neuron neuron = neuron(neuronRef);
    return call("SpikingNetwork.addNeuron", () -> network.addNeuron(neuron));
  }

  @Override
  public void connect(NetworkRef ref, int pre, int post, double w) {
    SpikingNetwork network = network(ref);
    run("SpikingNetwork.connect", () -> network.connect(pre, post, w));
  }

  @Override
  public void simulate(NetworkRef ref, double duration, double dt) {
    SpikingNetwork network = network(ref);
    run("SpikingNetwork.simulate", () -> network.simulate(duration, dt));
  }

  @Override
  public double[] tHistory(NetworkRef ref) {
    SpikingNetwork network = network(ref);
    return call("SpikingNetwork.getTHistory", () -> toArray(network.getTHistory()));
  }

  @Override
  public NeuronRef neuron(NetworkRef ref, int idx) {
    SpikingNetwork network = network(ref);
    return addNeuron(call("SpikingNetwork.getNeuron", () -> network.getNeuron(idx)));
  }

  @Override
  public NetworkSnapshot snapshot(NetworkRef ref) {
    SpikingNetwork network = network(ref);
    return call(
        "SpikingNetwork's getters",
        () -> {
          List<NetworkSnapshot.NeuronInfo> infos = new ArrayList<>();
          List<NetworkSnapshot.Overridden> overrides =
              new ArrayList<>(Subclasses.overrides(network, SpikingNetwork.class));
          List<Neuron> all = new ArrayList<>(network.getNeurons());
          for (Neuron neuron : all) {
            double[] spikes = toArray(neuron.getSpikes());
            if (neuron instanceof LIFNeuron lif) {
              for (NetworkSnapshot.Overridden o : Subclasses.overrides(lif, LIFNeuron.class)) {
                if (!overrides.contains(o)) {
                  overrides.add(o);
                }
              }
              infos.add(
                  new NetworkSnapshot.NeuronInfo(
                      NetworkSnapshot.Kind.LIF,
                      name(neuron),
                      lif.getTauM(),
                      lif.getTauRef(),
                      lif.getTauS(),
                      spikes,
                      lif.getVHistory().size()));
            } else {
              NetworkSnapshot.Kind kind =
                  neuron instanceof InputNeuron
                      ? NetworkSnapshot.Kind.INPUT
                      : NetworkSnapshot.Kind.OTHER;
              infos.add(
                  new NetworkSnapshot.NeuronInfo(
                      kind, name(neuron), Double.NaN, Double.NaN, Double.NaN, spikes, 0));
            }
          }
          List<NetworkSnapshot.ConnectionInfo> connections = new ArrayList<>();
          for (Connection c : new ArrayList<>(network.getConnections())) {
            connections.add(new NetworkSnapshot.ConnectionInfo(c.pre(), c.post(), c.weight()));
          }
          return new NetworkSnapshot(infos, connections, toArray(network.getTHistory()), overrides);
        });
  }

  @Override
  public NetworkSnapshot snapshotOf(Object network) {
    return network instanceof SpikingNetwork net ? snapshot(addNetwork(net)) : null;
  }

  @Override
  public NetworkRef experiment(Experiment experiment) {
    String name = "Experiments." + experiment.method();
    SpikingNetwork network =
        call(
            name,
            () ->
                switch (experiment) {
                  case FIRING_RATE -> Experiments.firingRateExperiment();
                  case TWO_NEURONS -> Experiments.twoNeurons();
                  case INHIBITION -> Experiments.inhibition();
                  case RING -> Experiments.ringOscillator();
                });
    if (network == null) {
      throw new StudentCodeException(
          name + " returned null instead of the simulated network", "null");
    }
    return addNetwork(network);
  }

  @Override
  public void main(String... args) {
    String[] copy = args.clone();
    run("Experiments.main", () -> Experiments.main(copy));
  }

  @Override
  public int[] spikesPerInterval(NetworkRef ref) {
    SpikingNetwork network = network(ref);
    int[] counts =
        call("Experiments.spikesPerInterval", () -> Experiments.spikesPerInterval(network));
    if (counts == null) {
      throw new StudentCodeException("Experiments.spikesPerInterval returned null", "null");
    }
    return counts.clone();
  }

  @Override
  public double ringPeriod(NetworkRef ref) {
    SpikingNetwork network = network(ref);
    return call("Experiments.ringPeriod", () -> Experiments.ringPeriod(network));
  }

  @Override
  public double activation(Activation function, double z) {
    return call(
        "Activations." + function.method(),
        () ->
            switch (function) {
              case SIGMOID -> Activations.sigmoid(z);
              case SIGMOID_DERIVATIVE -> Activations.sigmoidDerivative(z);
              case TANH -> Activations.tanh(z);
              case TANH_DERIVATIVE -> Activations.tanhDerivative(z);
              case RELU -> Activations.relu(z);
              case RELU_DERIVATIVE -> Activations.reluDerivative(z);
            });
  }

  @Override
  public double chainRule(
      ChainRule partial, DoubleUnaryOperator fPrime, double w, double x, double b) {
    return call(
        "Activations." + partial.method(),
        () ->
            switch (partial) {
              case DFDX -> Activations.dfdx(fPrime, w, x, b);
              case DFDW -> Activations.dfdw(fPrime, w, x, b);
              case DFDB -> Activations.dfdb(fPrime, w, x, b);
            });
  }

  private NeuronRef addNeuron(Neuron neuron) {
    if (neuron == null) {
      throw new StudentCodeException("the network returned null instead of a neuron", "null");
    }
    neurons.add(neuron);
    return new NeuronRef(neurons.size() - 1);
  }

  private NetworkRef addNetwork(SpikingNetwork network) {
    networks.add(network);
    return new NetworkRef(networks.size() - 1);
  }

  private Neuron neuron(NeuronRef ref) {
    return neurons.get(ref.id());
  }

  private LIFNeuron lif(NeuronRef ref) {
    Neuron neuron = neuron(ref);
    if (!(neuron instanceof LIFNeuron lif)) {
      throw new StudentCodeException(
          "expected a LIFNeuron but found a " + name(neuron), "ClassCastException");
    }
    return lif;
  }

  private SpikingNetwork network(NetworkRef ref) {
    return networks.get(ref.id());
  }

  private static String name(Object object) {
    String name = object.getClass().getName();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static double[] toArray(List<Double> values) {
    if (values == null) {
      throw new StudentCodeException("a list getter returned null", "null");
    }
    Object[] copy = values.toArray();
    double[] array = new double[copy.length];
    for (int i = 0; i < array.length; i++) {
      if (!(copy[i] instanceof Double value)) {
        throw new StudentCodeException("a list of times or values holds " + copy[i], "null");
      }
      array[i] = value;
    }
    return array;
  }

  private static void run(String what, Runnable action) {
    call(
        what,
        () -> {
          action.run();
          return null;
        });
  }

  @SuppressWarnings("removal")
  private static <T> T call(String what, Supplier<T> action) {
    try {
      return action.get();
    } catch (StudentCodeException e) {
      throw e;
    } catch (ThreadDeath e) {
      throw e;
    } catch (LinkageError e) {
      throw new StudentCodeException(what + ": " + Failures.linkage(e), "LinkageError");
    } catch (Throwable e) {
      throw new StudentCodeException(what + " threw " + Failures.describe(e), Thrown.name(e));
    }
  }
}
