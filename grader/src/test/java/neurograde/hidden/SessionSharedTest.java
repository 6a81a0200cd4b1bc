package neurograde.hidden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import neurograde.hidden.driver.Driver;
import neurograde.hidden.driver.StudentCodeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionSharedTest {

  @BeforeEach
  void aSubmission() {
    Map<String, Object> store = new HashMap<>();
    Session.install(
        new Session.Environment() {
          @Override
          public Driver driver(Layer layer) {
            throw new UnsupportedOperationException();
          }

          @Override
          public void observe(String name, Object data) {}

          @Override
          public String substituted(String writtenClass) {
            return null;
          }

          @Override
          public Map<String, Object> sharedResults() {
            return store;
          }
        });
  }

  @AfterEach
  void none() {
    Session.install(null);
  }

  @Test
  void aFailureOfTheStudentsCode_isSharedWithLaterChecks() {
    assertThatThrownBy(
            () ->
                Session.shared(
                    "audit",
                    () -> {
                      throw new StudentCodeException("step threw ArithmeticException", "Arith");
                    }))
        .hasMessage("step threw ArithmeticException");

    assertThatThrownBy(() -> Session.shared("audit", () -> "computed"))
        .hasMessage("step threw ArithmeticException");
  }

  @Test
  void aComputationStoppedForTime_isNotShared_soALaterCheckComputesItUnderItsOwnLimit() {
    assertThatThrownBy(
            () ->
                Session.shared(
                    "audit",
                    () -> {
                      throw new StudentCodeException(
                          "new LIFNeuron() threw Stopped: stopped", "Stopped");
                    }))
        .hasMessageContaining("Stopped");

    assertThat(Session.<String>shared("audit", () -> "computed")).isEqualTo("computed");
  }

  @Test
  void anOfferedResult_isWhatLaterChecksGet_insteadOfComputingIt() {
    Session.offer("experiment", "run by the live check");

    assertThat(Session.<String>shared("experiment", () -> "run again"))
        .isEqualTo("run by the live check");
  }

  @Test
  void anOffer_neverReplacesWhatIsStored_aFailureIncluded() {
    Session.shared("computed", () -> "first");
    Session.offer("computed", "offered");
    assertThatThrownBy(
            () ->
                Session.shared(
                    "failed",
                    () -> {
                      throw new StudentCodeException("getSpikes threw LinkageError", "Linkage");
                    }))
        .hasMessage("getSpikes threw LinkageError");
    Session.offer("failed", "offered");

    assertThat(Session.<String>shared("computed", () -> "again")).isEqualTo("first");
    assertThatThrownBy(() -> Session.shared("failed", () -> "again"))
        .hasMessage("getSpikes threw LinkageError");
  }
}
