package neurograde.hidden.driver;

import java.util.function.DoubleUnaryOperator;

/**
 * What the hidden checks can do with a submission: create neurons and networks, set and read their
 * state, run them, and call the experiments and activation functions.
 *
 * <p>The checks only talk to submissions through this interface, so one set of checks serves every
 * implementation language: {@code JavaDriver} calls a Java submission; a driver for the original
 * Python notebooks would implement the same operations. Handles are plain numbers; arrays are
 * copies. A failure of the submission's code surfaces as a {@link StudentCodeException}.
 */
public interface Driver {

  /** Creates a LIF neuron with the default time constants. */
  NeuronRef newLif();

  /** Creates a LIF neuron with the given time constants (s). */
  NeuronRef newLif(double tauM, double tauRef, double tauS);

  /** Creates the course's input neuron with a fixed spike train. */
  NeuronRef newInput(double[] spikes);

  /**
   * Creates a trusted LIF neuron (the reference's, in the network layer) that records every call
   * the network makes on it.
   */
  NeuronRef newRecordingLif();

  /** Sets one variable of a LIF neuron's state. */
  void set(NeuronRef neuron, StateVariable variable, double value);

  /** Reads a LIF neuron's state. */
  LifState state(NeuronRef neuron);

  /** Calls {@code slope()}. */
  void slope(NeuronRef neuron);

  /** Calls {@code step(dt)}. */
  void step(NeuronRef neuron, double dt);

  /** Calls {@code receiveSpike(w)}. */
  void receiveSpike(NeuronRef neuron, double w);

  /** Returns {@code getSpikes()}. */
  double[] spikes(NeuronRef neuron);

  /** Returns {@code getVHistory()}. */
  double[] vHistory(NeuronRef neuron);

  /** Returns {@code getSHistory()}. */
  double[] sHistory(NeuronRef neuron);

  /**
   * Returns how long the v and s histories and the spike list are, their last values and the spikes
   * from index {@code spikesFrom} on, without copying whole lists: a long run reads this after
   * every step.
   */
  Tails tails(NeuronRef neuron, int spikesFrom);

  /** Returns {@code showState()}. */
  String showState(NeuronRef neuron);

  /** Returns what a recording neuron recorded. */
  ProbeLog probeLog(NeuronRef probe);

  /** Creates an empty network. */
  NetworkRef newNetwork();

  /** Calls {@code addNeuron} and returns the index it gave. */
  int addNeuron(NetworkRef network, NeuronRef neuron);

  /** Calls {@code connect(pre, post, w)}. */
  void connect(NetworkRef network, int pre, int post, double w);

  /** Calls {@code simulate(T, dt)}. */
  void simulate(NetworkRef network, double duration, double dt);

  /** Returns {@code getTHistory()}. */
  double[] tHistory(NetworkRef network);

  /** Returns {@code getNeuron(idx)}. */
  NeuronRef neuron(NetworkRef network, int idx);

  /** Returns the network's neurons, connections, time history and spikes. */
  NetworkSnapshot snapshot(NetworkRef network);

  /**
   * Returns the snapshot of a network the student's code handed over (see {@link
   * neurograde.hidden.Session#watchExperimentReturns}), or null if it is not a SpikingNetwork of
   * this driver's classes.
   */
  NetworkSnapshot snapshotOf(Object network);

  /** Runs one of the experiments of question 3 and returns the network it built and simulated. */
  NetworkRef experiment(Experiment experiment);

  /**
   * Calls {@code Experiments.main} with these arguments; what it asks the course's plotting helpers
   * to draw is the environment's to record.
   */
  void main(String... args);

  /** Calls {@code Experiments.spikesPerInterval}. */
  int[] spikesPerInterval(NetworkRef network);

  /** Calls {@code Experiments.ringPeriod}. */
  double ringPeriod(NetworkRef network);

  /** Calls one of the activation functions or derivatives of question 4. */
  double activation(Activation function, double z);

  /** Calls one of the chain-rule functions of question 4c. */
  double chainRule(ChainRule partial, DoubleUnaryOperator fPrime, double w, double x, double b);
}
