package neurograde.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import neurograde.compile.CompileResult;
import neurograde.compile.SubmissionCompiler;
import neurograde.submission.SubmissionFiles;
import neurograde.submission.SubmissionFinder;
import neurograde.submission.SubmissionReader;
import neurograde.testing.EditedSubmission;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StaticStateTest {

  private static final SubmissionCompiler COMPILER = new SubmissionCompiler();
  private static final EditedSubmission REFERENCE = EditedSubmission.reference();

  private static Map<String, byte[]> compiled(EditedSubmission submission) {
    CompileResult result = COMPILER.compile(submission.sources());
    assertThat(result.diagnostics()).as("the submission compiles").isEmpty();
    return result.classes();
  }

  /** The reference with a declaration added to Activations. */
  private static Optional<String> withDeclaration(String declaration) {
    return StaticState.whyFresh(
        compiled(
            REFERENCE.insertAfter(
                "Activations", "public final class Activations {", "  " + declaration)));
  }

  @Test
  void theReference_canShareItsClasses() {
    assertThat(StaticState.whyFresh(compiled(REFERENCE))).isEmpty();
  }

  @Test
  void everyCorrectVariantAndMistakeFixture_canShareItsClasses() throws IOException {
    try (Stream<Path> folders = Files.list(Path.of("src/test/resources/submissions"))) {
      for (Path folder :
          folders.filter(f -> !f.getFileName().toString().startsWith("fault-")).sorted().toList()) {
        SubmissionFiles files =
            SubmissionReader.read(SubmissionFinder.find(List.of(folder)).get(0));
        assertThat(StaticState.whyFresh(COMPILER.compile(files.sources()).classes()))
            .as("%s", folder.getFileName())
            .isEmpty();
      }
    }
  }

  @Nested
  class ImmutableStaticState_isShared {

    @Test
    void constantsComputedOnce() {
      assertThat(withDeclaration("static final double LOG2 = Math.log(2);")).isEmpty();
      assertThat(withDeclaration("static final Double HALF = 0.5;")).isEmpty();
      assertThat(withDeclaration("static final String NAME = \"log \" + Math.log(2);")).isEmpty();
      assertThat(withDeclaration("private static final long serialVersionUID = 1L;")).isEmpty();
    }

    @Test
    void lambdasThatCaptureNothingThatChanges() {
      assertThat(
              withDeclaration(
                  "static final java.util.function.DoubleUnaryOperator TWICE = z -> 2 * z;"))
          .isEmpty();
      assertThat(
              withDeclaration(
                  "static final java.util.function.Supplier<java.util.List<Double>> LISTS ="
                      + " java.util.ArrayList::new;"))
          .isEmpty();
    }

    @Test
    void nestedClassesWithConstantsOnly() {
      assertThat(
              withDeclaration(
                  "static final class Limits { static final double MAX = 6; double seen; }"))
          .isEmpty();
    }
  }

  @Nested
  class StateThatCanChange_getsFreshClassesForEveryCheck {

    @Test
    void aStaticFieldThatIsNotFinal() {
      assertThat(withDeclaration("static int calls;"))
          .contains("neurons.Activations.calls is a static field that is not final");
      assertThat(withDeclaration("private static double last = 0;"))
          .contains("neurons.Activations.last is a static field that is not final");
    }

    @Test
    void aStaticFinalArrayOrCollectionOrRandom() {
      assertThat(withDeclaration("static final double[] RATES = {5, 10};"))
          .contains(
              "the static initialiser of neurons.Activations sets RATES to an array, whose"
                  + " elements can change");
      assertThat(
              withDeclaration(
                  "static final java.util.List<Double> CACHE = new java.util.ArrayList<>();"))
          .contains("the static initialiser of neurons.Activations runs new");
      assertThat(withDeclaration("static final java.util.Random RNG = new java.util.Random(1);"))
          .contains("the static initialiser of neurons.Activations runs new");
    }

    @Test
    void anInitialiserThatReadsAnotherClasssStaticField() {
      // two such initialisers in a circle give values that depend on which class starts first
      assertThat(
              withDeclaration(
                  "static final class A { static final double X = B.Y + 1; }"
                      + " static final class B { static final double Y = A.X + 1; }"))
          .hasValueSatisfying(why -> assertThat(why).contains("reads a static field of neurons."));
    }

    @Test
    void aStaticFieldOfANestedHelperClass() {
      assertThat(withDeclaration("static final class Counter { static int made; }"))
          .contains("neurons.Activations$Counter.made is a static field that is not final");
    }

    @Test
    void anEnum_whoseConstantsAreObjects() {
      assertThat(withDeclaration("enum Kind { SIGMOID, TANH }"))
          .contains(
              "neurons.Activations$Kind is an enum: its constants are objects made once per"
                  + " class");
    }

    @Test
    void aStaticInitialiserThatPrintsLoopsOrCallsTheSubmission() {
      assertThat(withDeclaration("static { System.out.println(\"loaded\"); }"))
          .contains("the static initialiser of neurons.Activations runs invokevirtual");
      assertThat(withDeclaration("static final int N = count(); static int count() { return 20; }"))
          .contains(
              "the static initialiser of neurons.Activations calls neurons.Activations.count");
      assertThat(
              withDeclaration(
                  "static final double SUM; static { double s = 0; for (int i = 0; i < 3; i++) s += i;"
                      + " SUM = s; }"))
          .hasValueSatisfying(why -> assertThat(why).startsWith("the static initialiser"));
    }

    @Test
    void aLambdaThatCapturesAnObject() {
      assertThat(
              withDeclaration(
                  "static final java.util.function.Supplier<Integer> SIZE ="
                      + " new java.util.ArrayList<Integer>()::size;"))
          .contains("the static initialiser of neurons.Activations runs new");
    }

    @Test
    void theAttackFixturesWithStaticInitialisers() throws IOException {
      for (String attack :
          List.of("attack-static-initializer-loops", "attack-static-initializer-throws")) {
        Path folder = Path.of("src/test/resources/attacks", attack);
        SubmissionFiles files =
            SubmissionReader.read(SubmissionFinder.find(List.of(folder)).get(0));
        assertThat(StaticState.whyFresh(COMPILER.compile(files.sources()).classes()))
            .as(attack)
            .isPresent();
      }
    }
  }
}
