package neurograde.hidden.driver;

/**
 * A LIF neuron's state as its getters report it.
 *
 * @param t clock (s)
 * @param v membrane potential
 * @param s input current
 * @param refRemaining refractory time left (s)
 * @param dvdt dv/dt saved by the last slope() (1/s)
 * @param dsdt ds/dt saved by the last slope() (1/s)
 * @param weightedIncomingSpikes input received since the last step
 * @param tauM membrane time constant (s)
 * @param tauRef refractory period (s)
 * @param tauS synaptic time constant (s)
 */
public record LifState(
    double t,
    double v,
    double s,
    double refRemaining,
    double dvdt,
    double dsdt,
    double weightedIncomingSpikes,
    double tauM,
    double tauRef,
    double tauS) {}
