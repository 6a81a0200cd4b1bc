package neurograde.run.worker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeLimitsTest {

  private static final long MS = 1_000_000;
  private static final String WHERE = " (it was running Activations.tanh in Activations.java)";
  private static final String TANH = "Activations.tanh in Activations.java";

  @Test
  void codeWithinItsLimits_hasNotOverrun() {
    assertThat(TimeLimits.of(2000, false, null).overran(1900 * MS, 9000 * MS)).isFalse();
  }

  @Test
  void codeThatComputesPastItsLimit_isToldItsProcessorTime() {
    TimeLimits limits = TimeLimits.of(2000, false, null);

    assertThat(limits.overran(2000 * MS, 2100 * MS)).isTrue();
    assertThat(limits.message(2000 * MS, WHERE))
        .isEqualTo(
            "your code did not finish within 2.0 s of processor time (it was running"
                + " Activations.tanh in Activations.java); is there an endless loop?");
  }

  @Test
  void codeThatWaitsOfItsOwnAccord_isIdleAfterThreeSeconds() {
    assertThat(TimeLimits.idle(40 * MS, 300 * MS, 2900 * MS, TimeLimits.IDLE_MS)).isFalse();
    assertThat(TimeLimits.idle(40 * MS, 300 * MS, 3000 * MS, TimeLimits.IDLE_MS)).isTrue();
    assertThat(TimeLimits.of(2000, false, null).message(40 * MS, WHERE))
        .isEqualTo(
            "your code did not finish in time on the clock, while using almost no processor time"
                + " (it was running Activations.tanh in Activations.java): is it waiting, or"
                + " calling System.gc() in a loop?");
  }

  @Test
  void codeStarvedByABusyMachine_isNeverIdle() {
    // Two percent of a processor for 9 s, the rest waiting in the run queue: starved, not idle.
    assertThat(TimeLimits.idle(180 * MS, 8800 * MS, 9000 * MS, TimeLimits.IDLE_MS)).isFalse();
  }

  @Test
  void theBackstop_namesTheLimitThatFitsWhatTheCodeDid() {
    TimeLimits limits = TimeLimits.of(2000, false, null);

    assertThat(limits.overran(1500 * MS, 10_000 * MS)).isTrue();
    assertThat(limits.message(1500 * MS, "")).contains("2.0 s of processor time");
    assertThat(limits.message(600 * MS, "")).contains("on the clock");
  }

  @Test
  void aSubmissionThatIdled_isStoppedSoonerOnlyWhereItIdledBefore() {
    TimeLimits limits = TimeLimits.of(250, true, TANH);

    assertThat(limits.clockMs()).isEqualTo(3000);
    assertThat(TimeLimits.idle(5 * MS, 0, 500 * MS, TimeLimits.IDLE_AGAIN_MS)).isTrue();
    assertThat(limits.idlesAgainIn(TANH)).isTrue();
    assertThat(limits.idlesAgainIn("LIFNeuron.step in LIFNeuron.java")).isFalse();
    assertThat(TimeLimits.of(250, true, null).idlesAgainIn(TANH)).isFalse();
  }

  @Test
  void shorterLimits_sayWhyOnlyWhereTheyGiveANumber() {
    TimeLimits limits = TimeLimits.of(250, true, null);

    assertThat(limits.message(250 * MS, ""))
        .endsWith(" (the limit is shorter once an earlier check has run out of time)");
    assertThat(limits.message(0, "")).doesNotContain("shorter");
  }
}
