package neurograde.hidden;

import java.util.Locale;

/**
 * The classic mistakes the checks recognise and name in feedback. Each costs the marks of the
 * checks it breaks, and only those.
 */
public enum Mistake {
  SPIKE_TIME_NOT_INTERPOLATED(
      "the spike time is the end or start of the step, not interpolated to where v crossed 1"),
  NO_REFRACTORY_PERIOD("v is not held at 0 during the refractory period after a spike"),
  REFRACTORY_FREEZES_INPUT("the refractory period also stops s from integrating its input"),
  INPUT_NOT_SCALED("incoming spikes are added to s without dividing by tauS"),
  INPUT_ADDED_TO_V("incoming spikes are added to v instead of s"),
  INPUT_NOT_CLEARED("incoming spikes are not cleared after the step, so they are counted again"),
  V_NOT_RESET("v is not reset after a spike"),
  THRESHOLD_STRICT("the threshold test is v > 1 instead of v >= 1"),
  SLOPE_USES_UPDATED_STATE("v is updated with the slope of the new s instead of the current one"),
  HISTORY_NOT_RECORDED("v and s are not recorded in their histories"),
  HISTORY_RECORDED_TWICE("v and s are recorded twice per step"),
  SIMULATE_SAME_STEP_DELIVERY(
      "spikes are delivered within the step, so the result depends on the order of the neurons"),
  SIMULATE_ONE_SPIKE_PER_STEP("two spikes in one step are delivered as one"),
  SIMULATE_WRONG_WINDOW("spikes are counted in the wrong window of time"),
  EXPERIMENT_DEFAULT_TAU_S(
      "the firing-rate network uses the default tauS 0.05 s instead of Fig. 1(a)'s 0.1 s");

  private final String description;

  Mistake(String description) {
    this.description = description;
  }

  /** Returns the id used in result files, for example {@code spike-time-not-interpolated}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Returns the mistake with an id, if it is one the checks name. */
  public static java.util.Optional<Mistake> byId(String id) {
    for (Mistake mistake : values()) {
      if (mistake.id().equals(id)) {
        return java.util.Optional.of(mistake);
      }
    }
    return java.util.Optional.empty();
  }

  /** Returns what the mistake is, for the student. */
  public String description() {
    return description;
  }
}
