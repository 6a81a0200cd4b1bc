package neurograde.hidden.driver;

/** The settable variables of a LIF neuron's state. */
public enum StateVariable {
  /** The neuron's clock (s). */
  T,
  /** The membrane potential. */
  V,
  /** The input current. */
  S,
  /** The time left in the refractory period (s). */
  REF_REMAINING
}
