package neurograde.hidden;

import java.util.Set;

/**
 * Which of the submission's written classes a check runs, and which the reference stands in for.
 *
 * <p>Grading in layers charges one bug once: {@code simulate} is tested with the reference's
 * neurons, and the experiments with the reference's neurons and network, so a wrong {@code step}
 * costs the marks of {@code step} only.
 */
public enum Layer {
  /** All of the student's classes. */
  OWN(Set.of()),
  /**
   * All of the student's classes, their LIFNeuron's slope() ending in the course's equations (where
   * its getters show which fields those are): {@code step} judged with the reference's slopes, for
   * a student whose slope() is wrong or unfinished.
   */
  OWN_WITH_EQUATION_SLOPE(Set.of()),
  /** The student's network and experiments with the reference's LIFNeuron. */
  NETWORK(Set.of("LIFNeuron")),
  /** The student's experiments with the reference's LIFNeuron and SpikingNetwork. */
  EXPERIMENTS(Set.of("LIFNeuron", "SpikingNetwork"));

  private final Set<String> fromReference;

  Layer(Set<String> fromReference) {
    this.fromReference = fromReference;
  }

  /** Returns the simple names of the written classes the reference provides in this layer. */
  public Set<String> fromReference() {
    return fromReference;
  }
}
