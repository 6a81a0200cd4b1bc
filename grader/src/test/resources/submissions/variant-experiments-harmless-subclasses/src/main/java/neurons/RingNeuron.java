package neurons;

/** A ring neuron of question 3d: tauM 50 ms, tauS 100 ms. */
class RingNeuron extends LIFNeuron {

  RingNeuron() {
    super(0.05, 0.002, 0.1);
  }

  /** The neuron's membrane time constant in milliseconds, for my own printouts. */
  double tauMillis() {
    return getTauM() * 1000;
  }
}
