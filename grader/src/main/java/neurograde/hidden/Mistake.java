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
  S_RESET_AT_SPIKE("s is reset together with v at a spike; only v is reset, s carries on"),
  S_NOT_DECAYING_IN_REFRACTORY(
      "s does not decay during the refractory period; only v is held, s integrates as always"),
  PARTIAL_STEP_WRONG_PART(
      "when the refractory period ends inside a step, v is integrated over the wrong part of the"
          + " step; it integrates only over the part after the period, dt - refRemaining"),
  INPUT_NOT_SCALED("incoming spikes are added to s without dividing by tauS"),
  INPUT_SCALED_BY_TAU_M("incoming spikes are divided by tauM instead of tauS"),
  INPUT_ADDED_AS_RATE(
      "incoming spikes are added to ds/dt as a rate, so each raises s by w dt / tauS instead of"
          + " w / tauS"),
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
  SIMULATE_DT_HARD_CODED("simulate uses a time step of 1 ms whatever dt it is given"),
  EXPERIMENT_DEFAULT_TAU_S(
      "the firing-rate network uses the default tauS 0.05 s instead of Fig. 1(a)'s 0.1 s"),
  EXPERIMENT_3C_REUSES_3B(
      "the inhibition network was built on 3b's network after it had been simulated, so C's input"
          + " lies in the past and the inhibition never happens");

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
