package neurograde.run.worker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeLimitsTest {

  private static final long MS = 1_000_000;
  private static final String WHERE = " (it was running Activations.tanh in Activations.java)";
  private static final String TANH = "Activations.tanh in Activations.java";

  @Test
  void codeWithinItsLimits_hasNotOverrun() {
    TimeLimits limits = TimeLimits.of(2000, false, null);

    assertThat(limits.overranProcessor(1900 * MS)).isFalse();
    assertThat(limits.overranClock(9000 * MS)).isFalse();
  }

  @Test
  void codeThatComputesPastItsLimit_isToldItsProcessorTime() {
    TimeLimits limits = TimeLimits.of(2000, false, null);

    assertThat(limits.overranProcessor(2000 * MS)).isTrue();
    assertThat(limits.message(true, WHERE))
        .isEqualTo(
            "your code did not finish within 2.0 s of processor time (it was running"
                + " Activations.tanh in Activations.java); is there an endless loop?");
  }

  @Test
  void codeSeenWaiting_isIdleAfterThreeSecondsAtUnderATwentiethOfAProcessor() {
    assertThat(TimeLimits.idle(40 * MS, 2900 * MS, TimeLimits.IDLE_MS)).isFalse();
    assertThat(TimeLimits.idle(40 * MS, 3000 * MS, TimeLimits.IDLE_MS)).isTrue();
    assertThat(TimeLimits.idle(160 * MS, 3000 * MS, TimeLimits.IDLE_MS)).isFalse();
    assertThat(TimeLimits.of(2000, false, null).message(false, WHERE))
        .isEqualTo(
            "your code did not finish in time on the clock, while using almost no processor time"
                + " (it was running Activations.tanh in Activations.java): is it waiting, or"
                + " calling System.gc() in a loop?");
  }

  @Test
  void theBackstop_isFourTimesTheProcessorLimitPlusTwoSeconds() {
    assertThat(TimeLimits.of(2000, false, null).overranClock(10_000 * MS)).isTrue();
    assertThat(TimeLimits.of(250, true, null).clockMs()).isEqualTo(3000);
  }

  @Test
  void aSubmissionThatIdled_isStoppedSoonerOnlyWhereItIdledBefore() {
    TimeLimits limits = TimeLimits.of(250, true, TANH);

    assertThat(limits.clockMs()).isEqualTo(3000);
    assertThat(TimeLimits.idle(5 * MS, 500 * MS, TimeLimits.IDLE_AGAIN_MS)).isTrue();
    assertThat(limits.idlesAgainIn(TANH)).isTrue();
    assertThat(limits.idlesAgainIn("LIFNeuron.step in LIFNeuron.java")).isFalse();
    assertThat(TimeLimits.of(250, true, null).idlesAgainIn(TANH)).isFalse();
  }

  @Test
  void shorterLimits_sayWhyOnlyWhereTheyGiveANumber() {
    TimeLimits limits = TimeLimits.of(250, true, null);

    assertThat(limits.message(true, ""))
        .endsWith(" (the limit is shorter once an earlier check has run out of time)");
    assertThat(limits.message(false, "")).doesNotContain("shorter");
  }
}
