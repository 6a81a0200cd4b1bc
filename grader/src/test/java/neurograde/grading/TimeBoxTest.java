package neurograde.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class TimeBoxTest {

  @Test
  void workThatFinishes_saysNothing() {
    assertThat(TimeBox.run("the report of alice", 10_000, () -> 42)).isEmpty();
  }

  @Test
  void workThatThrows_saysWhat() {
    assertThat(
            TimeBox.run(
                "the report of alice",
                10_000,
                () -> {
                  throw new StackOverflowError();
                }))
        .contains("could not write the report of alice: java.lang.StackOverflowError");
  }

  @Test
  void workThatNeverEnds_isAbandonedAtTheLimit() {
    CountDownLatch never = new CountDownLatch(1);

    assertThat(
            TimeBox.run(
                "the report of alice",
                200,
                () -> {
                  while (true) {
                    never.countDown();
                  }
                }))
        .contains("the report of alice took more than 0 s and was abandoned");
  }
}
