package neurograde.hidden.driver;

/** The experiments of question 3, by the method that runs each. */
public enum Experiment {
  FIRING_RATE("firingRateExperiment"),
  TWO_NEURONS("twoNeurons"),
  INHIBITION("inhibition"),
  RING("ringOscillator");

  private final String method;

  Experiment(String method) {
    this.method = method;
  }

  /** Returns the name of the method of Experiments that runs it. */
  public String method() {
    return method;
  }
}
