package neurograde.run.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StuckAtTest {

  private static StackTraceElement frame(String className, String method, int line) {
    return new StackTraceElement(
        className, method, className.substring(className.lastIndexOf('.') + 1) + ".java", line);
  }

  @Test
  void studentFrames_keepOnlyTheCoursePackageWithoutLines() {
    StackTraceElement[] stack = {
      frame("neurons.LIFNeuron", "slope", 40),
      frame("neurons.LIFNeuron", "step", 61),
      frame("neurograde.hidden.driver.java.JavaDriver", "step", 10),
      frame("java.lang.Thread", "run", 833)
    };

    assertThat(StuckAt.studentFrames(stack))
        .containsExactly("LIFNeuron.slope in LIFNeuron.java", "LIFNeuron.step in LIFNeuron.java");
  }

  @Test
  void loopCallingAHelper_namesTheLoopWhicheverFrameEachSampleCaught() {
    List<String> inHelper =
        List.of(
            "LIFNeuron.slope in LIFNeuron.java",
            "LIFNeuron.step in LIFNeuron.java",
            "SpikingNetwork.simulate in SpikingNetwork.java");
    List<String> inLoop =
        List.of(
            "LIFNeuron.step in LIFNeuron.java", "SpikingNetwork.simulate in SpikingNetwork.java");

    assertThat(StuckAt.describe(StuckAt.method(List.of(inHelper, inLoop, inHelper))))
        .isEqualTo(" (it was running LIFNeuron.step in LIFNeuron.java)");
    assertThat(StuckAt.describe(StuckAt.method(List.of(inLoop, inHelper))))
        .isEqualTo(" (it was running LIFNeuron.step in LIFNeuron.java)");
  }

  @Test
  void tightLoop_namesItsMethod() {
    List<String> sample = List.of("Activations.relu in Activations.java");

    assertThat(StuckAt.describe(StuckAt.method(List.of(sample, sample))))
        .isEqualTo(" (it was running Activations.relu in Activations.java)");
  }

  @Test
  void noStudentFrameInCommon_saysNothing() {
    assertThat(
            StuckAt.describe(
                StuckAt.method(List.of(List.of("A.a in A.java"), List.of("B.b in B.java")))))
        .isEmpty();
    assertThat(StuckAt.describe(StuckAt.method(List.of(List.of(), List.of())))).isEmpty();
    assertThat(StuckAt.describe(StuckAt.method(List.of()))).isEmpty();
  }
}
