package neurons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** The experiments of question 3 and the plots of questions 3 and 4b. */
public final class Experiments {

  private Experiments() {}


  /**
   * Builds the network of Fig. 1(a) with an input that steps from 5 Hz to 100 Hz, 2 s per rate,
   * connected to the LIF neuron (tauS 0.1 s) with weight 0.03, and simulates it for 40 s with dt =
   * 1 ms. (Question 3a-i.)
   *
   * @return the simulated network
   */
  public static SpikingNetwork firingRateExperiment() {
    throw new UnsupportedOperationException("Question 3a-i: Experiments.firingRateExperiment is not written yet");
  }

  /**
   * Counts the LIF neuron's spikes in each 2 s interval of the firing-rate experiment. (Question
   * 3a-ii.)
   *
   * @param net the network returned by {@link #firingRateExperiment()}
   * @return 20 spike counts, one per input rate
   */
  public static int[] spikesPerInterval(SpikingNetwork net) {
    throw new UnsupportedOperationException("Question 3a-ii: Experiments.spikesPerInterval is not written yet");
  }

  /**
   * Builds the network of Fig. 1(b): LIF neurons A and B connected both ways with weight 0.05, and
   * an input at 30 Hz for 0.3 s connected to A with weight 0.05; simulates it for 1 s. (Question
   * 3b-i.)
   *
   * @return the simulated network
   */
  public static SpikingNetwork twoNeurons() {
    throw new UnsupportedOperationException("Question 3b-i: Experiments.twoNeurons is not written yet");
  }

  /**
   * Builds the network of Fig. 1(c): the network of 3b plus a LIF neuron C that inhibits A with
   * weight -0.2 and is driven by an input silent until 0.7 s and at 50 Hz until 1 s, weight 0.05;
   * simulates it for 1.5 s. (Question 3c-i.)
   *
   * @return the simulated network
   */
  public static SpikingNetwork inhibition() {
    throw new UnsupportedOperationException("Question 3c-i: Experiments.inhibition is not written yet");
  }

  /**
   * Builds the ring oscillator of Fig. 1(d): LIF neurons 0-7 (tauM 0.05 s, tauS 0.1 s), each
   * exciting the next with weight 0.2 and inhibiting the previous with weight -0.4, and an input at
   * 25 Hz for 0.3 s exciting neuron 0 with weight 0.2; simulates it for 4 s. (Questions 3d-i to
   * 3d-iv.)
   *
   * @return the simulated network
   */
  public static SpikingNetwork ringOscillator() {
    throw new UnsupportedOperationException("Question 3d: Experiments.ringOscillator is not written yet");
  }

  /**
   * Measures how long the wave of activity takes to go once around the ring: the median time from
   * one burst of a ring neuron to its next, leaving out each neuron's first lap, while the wave
   * settles. (Question 3d-v.)
   *
   * @param ring the network returned by {@link #ringOscillator()}
   * @return the period (s), or NaN if no neuron bursts more than twice
   */
  public static double ringPeriod(SpikingNetwork ring) {
    throw new UnsupportedOperationException("Question 3d-v: Experiments.ringPeriod is not written yet");
  }

  /**
   * Runs the experiments and draws their plots with {@link Plots}, as PNG files; the TA marks these
   * plots. (Questions 3a-iii, 3b-ii, 3c-ii, 3d-iv and 4b.)
   *
   * <ul>
   *   <li>3a-iii: the LIF neuron's firing rate against the input's firing rate (Hz), one dot per
   *       input rate: 20 dots ({@link Plots#dots}).
   *   <li>3b-ii: a spike raster of the three neurons of 3b over at least 1 s ({@link
   *       Plots#raster}).
   *   <li>3c-ii: a spike raster of the five neurons of 3c over at least 1.5 s.
   *   <li>3d-iv: a spike raster of the nine neurons of 3d over at least 4 s, showing the wave.
   *   <li>4b: sigmoid, tanh and ReLU and their derivatives over z in [-6, 6] ({@link
   *       Plots#curves}).
   * </ul>
   *
   * @param args optional: {@code args[0]} is the folder for the plots (default {@code plots})
   */
  public static void main(String[] args) {
    throw new UnsupportedOperationException("Question 3 (plots): Experiments.main is not written yet");
  }
}
