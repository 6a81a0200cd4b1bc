package neurograde.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import neurograde.score.Diagnostic;
import neurograde.testing.EditedSubmission;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ApiConformanceTest {

  private static final EditedSubmission REFERENCE = EditedSubmission.reference();
  private static final String DFDW =
      "public static double dfdw(DoubleUnaryOperator fPrime, double w, double x, double b)";

  private final SubmissionCompiler compiler = new SubmissionCompiler();

  /** Compiles a submission (it must compile) and checks its API. */
  private List<Diagnostic> check(EditedSubmission submission) {
    CompileResult compiled = compiler.compile(submission.sources());
    assertThat(compiled.diagnostics())
        .as("the edited submission compiles")
        .noneMatch(d -> d.kind().equals("compile"));
    return ApiConformance.check(compiled.classes(), compiled.substituted());
  }

  private static Diagnostic missing(String file, String message) {
    return Diagnostic.at("missing", file, null, message);
  }

  @Test
  void reference_conforms() {
    assertThat(check(REFERENCE)).isEmpty();
  }

  @Test
  void template_conforms() {
    assertThat(check(EditedSubmission.template())).isEmpty();
  }

  @Nested
  class Mismatches {

    @Test
    void wrongParameterType_isOneMissingDiagnosticShowingWhatWasFound() {
      List<Diagnostic> found =
          check(
              REFERENCE.replace(
                  "Activations",
                  DFDW,
                  "public static double dfdw(DoubleUnaryOperator fPrime, double w, float x, double b)"));

      assertThat(found)
          .containsExactly(
              missing(
                  "Activations.java",
                  "Activations has no public static double"
                      + " dfdw(DoubleUnaryOperator, double, double, double) (found dfdw(DoubleUnaryOperator, double, float, double))"));
    }

    @Test
    void wrongReturnType_isOneMissingDiagnostic() {
      List<Diagnostic> found =
          check(
              REFERENCE.replace(
                  "Experiments",
                  "public static double ringPeriod(SpikingNetwork ring) {",
                  "public static Double ringPeriod(SpikingNetwork ring) {"));

      assertThat(found)
          .containsExactly(
              missing(
                  "Experiments.java",
                  "Experiments has no public static double ringPeriod(SpikingNetwork) (found ringPeriod(SpikingNetwork))"));
    }

    @Test
    void missingMethod_isOneMissingDiagnostic() {
      List<Diagnostic> found =
          check(
              REFERENCE.replace(
                  "Activations", "public static double dfdb(", "public static double dfdBias("));

      assertThat(found)
          .containsExactly(
              missing(
                  "Activations.java",
                  "Activations has no public static double dfdb(DoubleUnaryOperator, double, double, double)"));
    }

    @Test
    void instanceMethodThatShouldBeStatic_isOneMissingDiagnostic() {
      List<Diagnostic> found =
          check(
              REFERENCE.replace(
                  "Activations",
                  DFDW,
                  "public double dfdw(DoubleUnaryOperator fPrime, double w, double x, double b)"));

      assertThat(found)
          .containsExactly(
              missing(
                  "Activations.java",
                  "Activations.dfdw must be static: public static double dfdw(DoubleUnaryOperator, double, double, double)"));
    }

    @Test
    void staticMethodThatShouldNotBe_isOneMissingDiagnostic() {
      List<Diagnostic> found =
          check(
              REFERENCE
                  .replace(
                      "LIFNeuron", "public double getTauM() {", "public static double getTauM() {")
                  .replace("LIFNeuron", "    return tauM;\n", "    return 0.02;\n"));

      assertThat(found)
          .containsExactly(
              missing(
                  "LIFNeuron.java",
                  "LIFNeuron.getTauM must not be static: public double getTauM()"));
    }

    @Test
    void packagePrivateMethod_isOneMissingDiagnostic() {
      List<Diagnostic> found =
          check(
              REFERENCE.replace(
                  "Activations",
                  DFDW,
                  "static double dfdw(DoubleUnaryOperator fPrime, double w, double x, double b)"));

      assertThat(found)
          .containsExactly(
              missing(
                  "Activations.java",
                  "Activations.dfdw must be public: public static double dfdw(DoubleUnaryOperator, double, double, double)"));
    }

    @Test
    void missingConstructor_isOneMissingDiagnostic() {
      // Without Experiments, which calls new LIFNeuron() (its template does not).
      List<Diagnostic> found =
          check(
              REFERENCE
                  .without("Experiments")
                  .replace(
                      "LIFNeuron",
                      "  public LIFNeuron() {\n    this(0.02, 0.002, 0.05);\n  }\n",
                      ""));

      assertThat(found)
          .containsExactly(
              missing(
                  "LIFNeuron.java",
                  "LIFNeuron has no public LIFNeuron() (found a constructor(double, double, double))"));
    }

    @Test
    void severalMismatches_areEachReported() {
      List<Diagnostic> found =
          check(
              REFERENCE
                  .replace(
                      "Activations", "public static double dfdb(", "public static double dfdBias(")
                  .replace(
                      "Activations",
                      DFDW,
                      "static double dfdw(DoubleUnaryOperator fPrime, double w, double x, double b)"));

      assertThat(found)
          .extracting(Diagnostic::message)
          .containsExactlyInAnyOrder(
              "Activations has no public static double dfdb(DoubleUnaryOperator, double, double, double)",
              "Activations.dfdw must be public: public static double dfdw(DoubleUnaryOperator, double, double, double)");
    }
  }

  @Nested
  class Skipped {

    @Test
    void substitutedClass_isNotChecked() {
      CompileResult compiled = compiler.compile(REFERENCE.without("Activations").sources());

      assertThat(ApiConformance.check(compiled.classes(), compiled.substituted())).isEmpty();
    }

    @Test
    void classMissingFromTheCompiledClasses_isNotChecked() {
      assertThat(ApiConformance.check(Map.of(), Map.of())).isEmpty();
    }

    @Test
    void extraPublicMethods_areAllowed() {
      assertThat(
              check(
                  REFERENCE
                      .insertAfter("Activations", DFDW.replace("dfdw", "dfdb") + " {", "")
                      .replace(
                          "Activations",
                          "public final class Activations {",
                          "public final class Activations {\n\n  public static double softplus(double z) {\n    return Math.log1p(Math.exp(z));\n  }")))
          .isEmpty();
    }
  }
}
