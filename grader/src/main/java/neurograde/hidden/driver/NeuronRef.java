package neurograde.hidden.driver;

/** A neuron created through a {@link Driver}. */
public record NeuronRef(int id) {}
