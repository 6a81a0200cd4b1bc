package neurons;

/**
 * A directed, weighted connection in a {@link SpikingNetwork}.
 *
 * @param pre index of the neuron that spikes
 * @param post index of the neuron that receives the spikes
 * @param weight the weight of each delivered spike; negative weights inhibit
 */
public record Connection(int pre, int post, double weight) {}
