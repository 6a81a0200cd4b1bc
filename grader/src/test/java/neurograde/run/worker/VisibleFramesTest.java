package neurograde.run.worker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleFramesTest {

  private static StackTraceElement frame(String loader, String className, String method) {
    String module = loader == null ? "java.base" : null;
    String file = className.substring(className.lastIndexOf('.') + 1) + ".java";
    return new StackTraceElement(loader, module, null, className, method, file, 10);
  }

  private static final StackTraceElement STUDENT_SLOPE =
      frame("submission", "neurons.LIFNeuron", "slope");
  private static final StackTraceElement STUDENT_SIMULATE =
      frame("submission", "neurons.SpikingNetwork", "simulate");
  private static final StackTraceElement RECORDING =
      frame("driver", "neurograde.hidden.driver.java.RecordingLif", "slope");
  private static final StackTraceElement CHECK =
      frame("app", "neurograde.hidden.checks.SimulateChecks", "connections");
  private static final StackTraceElement LIST_ADD = frame(null, "java.util.ArrayList", "add");
  private static final StackTraceElement FOR_EACH = frame(null, "java.util.ArrayList", "forEach");
  private static final StackTraceElement THREAD_RUN = frame(null, "java.lang.Thread", "run");

  @Test
  void aTraceWithoutSubmissionCode_isShownWhole() {
    StackTraceElement[] grader = {CHECK, THREAD_RUN};

    assertThat(VisibleFrames.of(grader)).isSameAs(grader);
  }

  @Test
  void aSubmissionsTrace_showsItsOwnFramesAndTheJdkCallsItMade() {
    StackTraceElement[] trace = {
      LIST_ADD,
      STUDENT_SLOPE,
      RECORDING,
      STUDENT_SIMULATE,
      FOR_EACH,
      STUDENT_SIMULATE,
      CHECK,
      THREAD_RUN
    };

    assertThat(VisibleFrames.of(trace))
        .extracting(StackTraceElement::toString)
        .containsExactly(
            "java.base/java.util.ArrayList.add(ArrayList.java:10)",
            "neurons.LIFNeuron.slope(LIFNeuron.java:10)",
            "neurons.SpikingNetwork.simulate(SpikingNetwork.java:10)",
            "java.base/java.util.ArrayList.forEach(ArrayList.java:10)",
            "neurons.SpikingNetwork.simulate(SpikingNetwork.java:10)");
  }

  @Test
  void jdkFramesTheGraderCalled_areHiddenWithIt() {
    StackTraceElement[] trace = {LIST_ADD, RECORDING, STUDENT_SIMULATE, CHECK};

    assertThat(VisibleFrames.of(trace))
        .extracting(StackTraceElement::getMethodName)
        .containsExactly("simulate");
  }
}
