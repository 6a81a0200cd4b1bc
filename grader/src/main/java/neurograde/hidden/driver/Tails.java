package neurograde.hidden.driver;

/**
 * The ends of a LIF neuron's lists: what one step added to them.
 *
 * @param vHistorySize values in the v history
 * @param sHistorySize values in the s history
 * @param lastV the last value of the v history, NaN if it is empty
 * @param lastS the last value of the s history, NaN if it is empty
 * @param spikeCount spikes recorded
 * @param spikesFrom the spikes from the index asked for on (empty if there are fewer)
 */
public record Tails(
    int vHistorySize,
    int sHistorySize,
    double lastV,
    double lastS,
    int spikeCount,
    double[] spikesFrom) {}
