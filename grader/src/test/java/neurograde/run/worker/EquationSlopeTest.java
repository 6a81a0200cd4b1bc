package neurograde.run.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import neurograde.compile.CompileResult;
import neurograde.compile.SubmissionCompiler;
import neurograde.run.guard.Gate;
import neurograde.testing.EditedSubmission;
import neurograde.testing.MemoryLoader;
import org.junit.jupiter.api.Test;

class EquationSlopeTest {

  private static final SubmissionCompiler COMPILER = new SubmissionCompiler();

  private static final String SLOPE_BODY = "dvdt = (s - v) / tauM;\n    dsdt = -s / tauS;";

  private static byte[] lifNeuron(EditedSubmission submission) {
    CompileResult result = COMPILER.compile(submission.sources());
    assertThat(result.diagnostics()).isEmpty();
    return result.classes().get("neurons.LIFNeuron");
  }

  /** Sets v and s of a new neuron, calls slope() and returns {dvdt, dsdt}. */
  private static double[] slopes(byte[] lif, double v, double s) throws Exception {
    Map<String, byte[]> classes = new HashMap<>();
    classes.put("neurons.LIFNeuron", lif);
    Class<?> type = new MemoryLoader(classes).loadClass("neurons.LIFNeuron");
    Object neuron =
        type.getConstructor(double.class, double.class, double.class).newInstance(0.02, 0.002, 0.1);
    type.getMethod("setV", double.class).invoke(neuron, v);
    type.getMethod("setS", double.class).invoke(neuron, s);
    type.getMethod("slope").invoke(neuron);
    return new double[] {
      (double) type.getMethod("getDvdt").invoke(neuron),
      (double) type.getMethod("getDsdt").invoke(neuron)
    };
  }

  @Test
  void unfinishedSlope_computesTheEquationsIntoTheFieldsTheGettersRead() throws Exception {
    byte[] unfinished =
        lifNeuron(
            EditedSubmission.reference()
                .replace(
                    "LIFNeuron",
                    SLOPE_BODY,
                    "throw new UnsupportedOperationException(\"not written yet\");"));

    double[] slopes = slopes(EquationSlope.apply(unfinished).orElseThrow(), 0.4, 1.1);

    assertThat(slopes[0]).isCloseTo((1.1 - 0.4) / 0.02, within(1e-12));
    assertThat(slopes[1]).isCloseTo(-1.1 / 0.1, within(1e-12));
  }

  @Test
  void renamedFields_areFoundThroughTheGetters() throws Exception {
    EditedSubmission renamed = EditedSubmission.reference();
    String text =
        renamed
            .text("LIFNeuron")
            .replace("dvdt", "slopeOfV")
            .replace("dsdt", "slopeOfS")
            .replace("getSlopeOfV", "getDvdt")
            .replace("getSlopeOfS", "getDsdt");
    text = text.replace("slopeOfV = (s - v) / tauM;", "slopeOfV = 0;");
    byte[] wrong = lifNeuron(renamed.with("LIFNeuron", text));

    double[] slopes = slopes(EquationSlope.apply(wrong).orElseThrow(), 0.9, 0.2);

    assertThat(slopes[0]).isCloseTo((0.2 - 0.9) / 0.02, within(1e-12));
    assertThat(slopes[1]).isCloseTo(-0.2 / 0.1, within(1e-12));
  }

  @Test
  void slopeThatDoesMore_stillDoesItAndEndsInTheEquations() throws Exception {
    byte[] recording =
        lifNeuron(
            EditedSubmission.reference()
                .replace("LIFNeuron", SLOPE_BODY, "vHistory.add(v);\n    dvdt = 0;"));
    Map<String, byte[]> classes = new HashMap<>();
    classes.put("neurons.LIFNeuron", EquationSlope.apply(recording).orElseThrow());
    Class<?> type = new MemoryLoader(classes).loadClass("neurons.LIFNeuron");
    Object neuron = type.getConstructor().newInstance();
    type.getMethod("setV", double.class).invoke(neuron, 0.5);
    type.getMethod("setS", double.class).invoke(neuron, 0.8);

    type.getMethod("slope").invoke(neuron);

    assertThat((java.util.List<?>) type.getMethod("getVHistory").invoke(neuron)).hasSize(1);
    assertThat((double) type.getMethod("getDvdt").invoke(neuron))
        .isCloseTo((0.8 - 0.5) / 0.02, within(1e-12));
    assertThat((double) type.getMethod("getDsdt").invoke(neuron))
        .isCloseTo(-0.8 / 0.05, within(1e-12));
  }

  @Test
  void slopeWhoseHelperThrows_setsTheSlopesAndReturns() throws Exception {
    byte[] helper =
        lifNeuron(
            EditedSubmission.reference()
                .replace("LIFNeuron", SLOPE_BODY, "slopesOf(v, s);")
                .replace(
                    "LIFNeuron",
                    "public double getTauM() {",
                    "private void slopesOf(double v, double s) {\n"
                        + "    throw new UnsupportedOperationException(\"not written yet\");\n"
                        + "  }\n\n  public double getTauM() {"));

    double[] slopes = slopes(EquationSlope.apply(helper).orElseThrow(), 0.4, 1.1);

    assertThat(slopes[0]).isCloseTo((1.1 - 0.4) / 0.02, within(1e-12));
    assertThat(slopes[1]).isCloseTo(-1.1 / 0.1, within(1e-12));
  }

  @Test
  void theWorkersRequestToStop_isThrownOn() throws Exception {
    // slope() runs whatever the test leaves in the system properties, here a stop request
    byte[] calling =
        lifNeuron(
            EditedSubmission.reference()
                .replace(
                    "LIFNeuron",
                    SLOPE_BODY,
                    "((Runnable) System.getProperties().get(\"equation-slope-test\")).run();"));
    java.lang.reflect.Constructor<Gate.Stopped> stopped =
        Gate.Stopped.class.getDeclaredConstructor();
    stopped.setAccessible(true);
    Gate.Stopped stop = stopped.newInstance();
    Map<String, byte[]> classes = new HashMap<>();
    classes.put("neurons.LIFNeuron", EquationSlope.apply(calling).orElseThrow());
    Class<?> type = new MemoryLoader(classes).loadClass("neurons.LIFNeuron");
    Object neuron = type.getConstructor().newInstance();
    System.getProperties()
        .put(
            "equation-slope-test",
            (Runnable)
                () -> {
                  throw stop;
                });
    try {
      assertThatThrownBy(() -> type.getMethod("slope").invoke(neuron)).hasCause(stop);
      System.getProperties()
          .put(
              "equation-slope-test",
              (Runnable)
                  () -> {
                    throw new IllegalStateException("not written yet");
                  });
      type.getMethod("slope").invoke(neuron);
      assertThat((double) type.getMethod("getDsdt").invoke(neuron)).isCloseTo(0, within(1e-12));
    } finally {
      System.getProperties().remove("equation-slope-test");
    }
  }

  @Test
  void slopeFieldsThatAreAlsoTheState_leaveTheClassAsItIs() {
    byte[] sharing =
        lifNeuron(EditedSubmission.reference().replace("LIFNeuron", "return dsdt;", "return s;"));

    assertThat(EquationSlope.apply(sharing)).isEmpty();
  }

  @Test
  void getterThatComputes_leavesTheClassAsItIs() {
    byte[] computed =
        lifNeuron(
            EditedSubmission.reference()
                .replace("LIFNeuron", "return dvdt;", "return (s - v) / tauM;"));

    assertThat(EquationSlope.apply(computed)).isEmpty();
  }

  @Test
  void anotherClass_isLeftAsItIs() {
    CompileResult result = COMPILER.compile(EditedSubmission.reference().sources());

    assertThat(EquationSlope.apply(result.classes().get("neurons.SpikingNetwork"))).isEmpty();
  }
}
