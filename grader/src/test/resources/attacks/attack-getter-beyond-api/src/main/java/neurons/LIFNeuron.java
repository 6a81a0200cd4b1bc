package neurons;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A leaky integrate-and-fire neuron.
 *
 * <p>Its state is the membrane potential {@code v} (threshold 1) and the input current {@code s},
 * governed by
 *
 * <pre>
 *   tauM dv/dt = s - v        tauS ds/dt = -s
 * </pre>
 *
 * <p>A spike of weight {@code w} arriving at the neuron adds {@code w / tauS} to {@code s}. When
 * {@code v} reaches 1 the neuron spikes, {@code v} is reset and held at 0 for the refractory period
 * {@code tauRef}, while {@code s} keeps integrating its input.
 */
public class LIFNeuron implements Neuron {

  /** Membrane time constant (s). */
  private final double tauM;

  /** Refractory period (s). */
  private final double tauRef;

  /** Synaptic time constant, the decay time of the input current (s). */
  private final double tauS;

  /** The neuron's own clock (s). */
  private double t;

  /** Membrane potential (dimensionless; the neuron spikes when it reaches 1). */
  private double v;

  /** Input current (dimensionless). */
  private double s;

  /** Time left in the current refractory period (s); 0 when not refractory. */
  private double refRemaining;

  /** dv/dt from the last {@link #slope()} (1/s). */
  private double dvdt;

  /** ds/dt from the last {@link #slope()} (1/s). */
  private double dsdt;

  /** Sum of the weights of the spikes received since the last {@link #step(double)}. */
  private double weightedIncomingSpikes;

  /** Spike times (s), in increasing order. */
  private final List<Double> spikes = new ArrayList<>();

  /** {@code v} after each step. */
  private final List<Double> vHistory = new ArrayList<>();

  /** {@code s} after each step. */
  private final List<Double> sHistory = new ArrayList<>();

  private int idx = -1;

  /** Creates a neuron with tauM = 0.02 s, tauRef = 0.002 s and tauS = 0.05 s. */
  public LIFNeuron() {
    this(0.02, 0.002, 0.05);
  }

  /**
   * Creates a neuron at rest (v = s = 0, t = 0).
   *
   * @param tauM membrane time constant (s), positive
   * @param tauRef refractory period (s), positive
   * @param tauS synaptic time constant (s), positive
   * @throws IllegalArgumentException if a time constant is not positive
   */
  public LIFNeuron(double tauM, double tauRef, double tauS) {
    this.tauM = positive("tauM", tauM);
    this.tauRef = positive("tauRef", tauRef);
    this.tauS = positive("tauS", tauS);
  }

  private static double positive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a positive number of seconds, got " + value);
    }
    return value;
  }

  /**
   * Saves the slopes of the state at the current time: {@code dvdt = (s - v) / tauM} and {@code
   * dsdt = -s / tauS}. (Question 1a.)
   */
  @Override
  public void slope() {
    dvdt = (s - v) / tauM;
    dsdt = -s / tauS;
  }

  /**
   * Advances the neuron by one Euler step of {@code dt} seconds, using the slopes saved by {@link
   * #slope()}. (Question 1b.)
   *
   * <p>Integrates the spikes received since the last step into {@code s} (each adds {@code w /
   * tauS}). When {@code v} reaches 1 the neuron spikes: the spike time is found by linear
   * interpolation between the previous and the new {@code v}, {@code v} is reset, and for {@code
   * tauRef} seconds after the spike {@code v} is held at 0 while {@code s} keeps integrating its
   * input. Records {@code v} and {@code s} in their histories and advances the clock.
   *
   * @param dt the time step (s), shorter than tauRef, tauM and tauS
   */
  @Override
  public void step(double dt) {
    // 1. Euler step of s, plus the spikes received since the last step.
    // 2. If the refractory period ends within the step (dt > refRemaining), integrate v over the
    //    rest of the step, h = dt - refRemaining from t0 = t + refRemaining; otherwise hold v at 0.
    // 3. If v >= 1, the spike happened where the line from vPrev to v crosses 1:
    //    tStar = t0 + h (1 - vPrev) / (v - vPrev). Set v = 1 (the next step holds it at 0) and
    //    start the refractory period at tStar.
    // 4. Record v and s, clear the incoming spikes, advance the clock.
    s += dt * dsdt + weightedIncomingSpikes / tauS;
    double vPrev = v;
    double h;
    double t0;
    if (dt - refRemaining > 0) {
      h = dt - refRemaining;
      t0 = t + refRemaining;
      v += h * dvdt;
      refRemaining = 0;
    } else {
      h = dt;
      t0 = t;
      v = 0;
      refRemaining -= dt;
    }
    if (v >= 1) {
      double tStar = t0 + h * (1 - vPrev) / (v - vPrev);
      spikes.add(tStar);
      v = 1;
      refRemaining = tauRef - (t + dt - tStar);
    }
    vHistory.add(v);
    sHistory.add(s);
    weightedIncomingSpikes = 0;
    t += dt;
  }

  /** Adds {@code w} to the input that the next {@link #step(double)} integrates. */
  @Override
  public void receiveSpike(double w) {
    weightedIncomingSpikes += w;
  }

  /** Returns the spike times (s), in increasing order; the list cannot be modified. */
  @Override
  public List<Double> getSpikes() {
    return Collections.unmodifiableList(spikes);
  }

  /** Returns the state as {@code "0.0020s: s=0.588, v=0.0300, ref remaining=0.00000"}. */
  public String showState() {
    return String.format(
        Locale.ROOT, "%6.4fs: s=%5.3f, v=%6.4f, ref remaining=%7.5f", t, s, v, refRemaining);
  }

  /** Returns the membrane time constant (s). */
  public double getTauM() {
    return tauM;
  }

  /** Returns the refractory period (s). */
  public double getTauRef() {
    return tauRef;
  }

  /** Returns the synaptic time constant (s). */
  public double getTauS() {
    return tauS;
  }

  /** Returns the neuron's clock (s). */
  public double getT() {
    return t;
  }

  /** Sets the neuron's clock (s). */
  public void setT(double t) {
    this.t = t;
  }

  /** Returns the membrane potential. */
  public double getV() {
    return v;
  }

  /** Sets the membrane potential. */
  public void setV(double v) {
    this.v = v;
  }

  /** Returns the input current. */
  public double getS() {
    return s;
  }

  /** Sets the input current. */
  public void setS(double s) {
    this.s = s;
  }

  /** Returns the time left in the refractory period (s). */
  public double getRefRemaining() {
    return refRemaining;
  }

  /** Sets the time left in the refractory period (s). */
  public void setRefRemaining(double refRemaining) {
    this.refRemaining = refRemaining;
  }

  /** Returns dv/dt from the last {@link #slope()} (1/s). */
  public double getDvdt() {
    return dvdt;
  }

  /** Returns ds/dt from the last {@link #slope()} (1/s). */
  public double getDsdt() {
    return dsdt;
  }

  /** Returns the sum of the weights received since the last step. */
  public double getWeightedIncomingSpikes() {
    return weightedIncomingSpikes;
  }

  /** Returns {@code v} after each step; the list cannot be modified. */
  public List<Double> getVHistory() {
    return Collections.unmodifiableList(vHistory);
  }

  /** Returns {@code s} after each step; the list cannot be modified. */
  public List<Double> getSHistory() {
    return Collections.unmodifiableList(sHistory);
  }

  @Override
  public int getIdx() {
    return idx;
  }

  @Override
  public void setIdx(int idx) {
    this.idx = idx;
  }

  /** A helper beyond the assignment's API. */
  public static List<Double> copyOfTimes(List<Double> times) {
    return new ArrayList<>(times);
  }
}
