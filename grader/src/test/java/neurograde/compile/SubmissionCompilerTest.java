package neurograde.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import neurograde.score.Diagnostic;
import neurograde.testing.EditedSubmission;
import neurograde.testing.MemoryLoader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubmissionCompilerTest {

  private static final EditedSubmission REFERENCE = EditedSubmission.reference();
  private static final String[] WRITTEN_CLASSES = {
    "neurons.Activations", "neurons.Experiments", "neurons.LIFNeuron", "neurons.SpikingNetwork"
  };

  private final SubmissionCompiler compiler = new SubmissionCompiler();

  private static String[] concat(String[] first, String... more) {
    return java.util.stream.Stream.concat(
            java.util.Arrays.stream(first), java.util.Arrays.stream(more))
        .toArray(String[]::new);
  }

  private CompileResult compile(EditedSubmission submission) {
    return compiler.compile(submission.sources());
  }

  /** Calls a method of a compiled class in a fresh loader; returns what it threw, or null. */
  private static Throwable thrownBy(
      Map<String, byte[]> classes,
      String className,
      String method,
      Class<?>[] types,
      Object... args)
      throws ReflectiveOperationException {
    Class<?> type = new MemoryLoader(classes).loadClass(className);
    Method m = type.getMethod(method, types);
    Object target =
        java.lang.reflect.Modifier.isStatic(m.getModifiers())
            ? null
            : type.getConstructor().newInstance();
    try {
      m.invoke(target, args);
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
  }

  @Nested
  class BundledSubmissions {

    @Test
    void reference_compilesToTheWrittenClassesWithoutDiagnostics() {
      CompileResult result = compile(REFERENCE);

      assertThat(result.diagnostics()).isEmpty();
      assertThat(result.substituted()).isEmpty();
      assertThat(result.classes()).containsOnlyKeys(WRITTEN_CLASSES);
      assertThat(result.compileMs()).isNotNegative();
    }

    @Test
    void reference_isNotCompiledWithItsCopiesOfTheProvidedClasses() {
      CompileResult result = compile(REFERENCE);

      assertThat(result.classes())
          .doesNotContainKeys(
              "neurons.Neuron",
              "neurons.InputNeuron",
              "neurons.SpikeTrains",
              "neurons.Connection",
              "neurons.Plots");
    }

    @Test
    void reference_compiledClassesRunTheSolution() throws ReflectiveOperationException {
      CompileResult result = compile(REFERENCE);

      Class<?> activations = new MemoryLoader(result.classes()).loadClass("neurons.Activations");
      double sigmoid = (double) activations.getMethod("sigmoid", double.class).invoke(null, 0.0);
      assertThat(sigmoid).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void template_compilesToItsStubsWithoutDiagnostics() throws ReflectiveOperationException {
      CompileResult result = compile(EditedSubmission.template());

      assertThat(result.diagnostics()).isEmpty();
      assertThat(result.substituted()).isEmpty();
      assertThat(result.classes()).containsOnlyKeys(WRITTEN_CLASSES);
      assertThat(thrownBy(result.classes(), "neurons.LIFNeuron", "slope", new Class<?>[0]))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessage("Question 1a: LIFNeuron.slope() is not written yet");
    }
  }

  @Nested
  class MissingFiles {

    @Test
    void missingLifNeuron_getsTheTemplateStubAndAMissingDiagnostic()
        throws ReflectiveOperationException {
      CompileResult result = compile(REFERENCE.without("LIFNeuron"));

      assertThat(result.substituted()).containsExactly(Map.entry("LIFNeuron", "missing"));
      assertThat(result.diagnostics())
          .containsExactly(
              Diagnostic.of(
                  "missing",
                  "LIFNeuron.java is missing from the submission; its questions were graded as not answered"));
      assertThat(result.classes()).containsOnlyKeys(WRITTEN_CLASSES);
      assertThat(
              thrownBy(
                  result.classes(),
                  "neurons.LIFNeuron",
                  "step",
                  new Class<?>[] {double.class},
                  0.001))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessage("Question 1b: LIFNeuron.step(dt) is not written yet");
    }

    @Test
    void missingLifNeuron_neverCompilesAgainstTheReferenceLifNeuron()
        throws ReflectiveOperationException {
      // Experiments builds LIF neurons; with LIFNeuron.java missing they must be the stub, even
      // though
      // the grader's own class path holds the reference's LIFNeuron.
      CompileResult result = compile(REFERENCE.without("LIFNeuron"));

      assertThat(thrownBy(result.classes(), "neurons.Experiments", "twoNeurons", new Class<?>[0]))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessage("Question 1a: LIFNeuron.slope() is not written yet");
    }

    @Test
    void missingLifNeuron_withASimilarlyNamedFile_suggestsTheRightName() {
      String renamed =
          REFERENCE
              .text("LIFNeuron")
              .replace("class LIFNeuron", "class LifNeuron")
              .replace("public LIFNeuron(", "public LifNeuron(");
      CompileResult result = compile(REFERENCE.without("LIFNeuron").with("LifNeuron", renamed));

      assertThat(result.substituted()).containsExactly(Map.entry("LIFNeuron", "missing"));
      assertThat(result.diagnostics())
          .containsExactly(
              Diagnostic.of(
                  "missing",
                  "LIFNeuron.java is missing from the submission"
                      + " (found LifNeuron.java: the class must be named LIFNeuron); its questions were graded as not answered"));
      assertThat(result.classes()).containsKey("neurons.LifNeuron");
    }

    @Test
    void missingFile_withAnUnrelatedHelper_suggestsNothing() {
      CompileResult result =
          compile(
              REFERENCE
                  .without("Activations")
                  .with("Helper", "package neurons;\n\nfinal class Helper {}\n"));

      assertThat(result.diagnostics())
          .extracting(Diagnostic::message)
          .containsExactly(
              "Activations.java is missing from the submission; its questions were graded as not answered");
    }

    @Test
    void emptySubmission_getsEveryWrittenClassFromTheTemplate() {
      CompileResult result = compiler.compile(java.util.List.of());

      assertThat(result.substituted())
          .containsOnlyKeys("LIFNeuron", "SpikingNetwork", "Experiments", "Activations")
          .allSatisfy((name, why) -> assertThat(why).isEqualTo("missing"));
      assertThat(result.diagnostics())
          .hasSize(4)
          .allSatisfy(d -> assertThat(d.kind()).isEqualTo("missing"));
      assertThat(result.classes()).containsOnlyKeys(WRITTEN_CLASSES);
    }

    @Test
    void blankFile_isReportedAsEmpty() {
      CompileResult result = compile(REFERENCE.with("Helper", "  \n"));

      assertThat(result.diagnostics())
          .containsExactly(
              Diagnostic.at(
                  "missing",
                  "src/main/java/neurons/Helper.java",
                  null,
                  "src/main/java/neurons/Helper.java is empty"));
    }
  }

  @Nested
  class CompileErrors {

    @Test
    void syntaxErrorInOneMethod_stubsOutThatMethodOnly() throws ReflectiveOperationException {
      EditedSubmission broken =
          REFERENCE.replace("Experiments", "net.simulate(1, DT);", "net.simulate(1, DT)");
      CompileResult result = compile(broken);

      assertThat(result.substituted()).isEmpty();
      assertThat(result.diagnostics())
          .containsExactly(
              Diagnostic.at(
                  "compile",
                  EditedSubmission.path("Experiments"),
                  broken.lineOf("Experiments", "net.simulate(1, DT)"),
                  "';' expected"),
              Diagnostic.at(
                  "compile",
                  EditedSubmission.path("Experiments"),
                  null,
                  "Experiments.twoNeurons was left out because of the errors"
                      + " above; the rest of "
                      + EditedSubmission.path("Experiments")
                      + " was graded"));
      assertThat(thrownBy(result.classes(), "neurons.Experiments", "twoNeurons", new Class<?>[0]))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessage("Experiments.twoNeurons did not compile (';' expected)");
      assertThat(thrownBy(result.classes(), "neurons.Experiments", "inhibition", new Class<?>[0]))
          .as("the other experiments are the student's own, and run")
          .isNull();
      assertThat(
              thrownBy(
                  result.classes(),
                  "neurons.LIFNeuron",
                  "step",
                  new Class<?>[] {double.class},
                  0.001))
          .as("the student's own LIFNeuron is kept")
          .isNull();
    }

    @Test
    void aStubbedMethod_throwsOnItsErrorsLine_andTheLinesBelowItStayPut()
        throws ReflectiveOperationException {
      EditedSubmission broken =
          REFERENCE
              .replace("Experiments", "net.simulate(1, DT);", "net.simulate(1, DT)")
              .replace(
                  "Experiments",
                  "net.simulate(1.5, DT);",
                  "net.simulate(1.5, DT);\n    if (net != null) throw new IllegalStateException(\"here\");");

      CompileResult result = compile(broken);

      Throwable stub =
          thrownBy(result.classes(), "neurons.Experiments", "twoNeurons", new Class<?>[0]);
      Throwable below =
          thrownBy(result.classes(), "neurons.Experiments", "inhibition", new Class<?>[0]);
      assertThat(stub.getStackTrace()[0].getLineNumber())
          .isEqualTo(broken.lineOf("Experiments", "net.simulate(1, DT)"));
      assertThat(below).hasMessage("here");
      assertThat(below.getStackTrace()[0].getLineNumber())
          .isEqualTo(broken.lineOf("Experiments", "throw new IllegalStateException"));
    }

    @Test
    void missingBrace_substitutesTheWholeFile() throws ReflectiveOperationException {
      EditedSubmission broken =
          REFERENCE.replace(
              "Experiments",
              "      net.addNeuron(new LIFNeuron(0.05, 0.002, 0.1));\n    }",
              "      net.addNeuron(new LIFNeuron(0.05, 0.002, 0.1));\n");
      CompileResult result = compile(broken);

      assertThat(result.substituted()).containsExactly(Map.entry("Experiments", "did not compile"));
      assertThat(result.diagnostics()).extracting(Diagnostic::kind).containsOnly("compile");
      assertThat(thrownBy(result.classes(), "neurons.Experiments", "twoNeurons", new Class<?>[0]))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessage("Question 3b-i: Experiments.twoNeurons is not written yet");
    }

    @Test
    void typeErrorInOneMethod_namesFileLineAndJavacMessage() {
      EditedSubmission broken =
          REFERENCE.insertAfter(
              "Experiments",
              "public static SpikingNetwork twoNeurons() {",
              "    int rate = \"30 Hz\";");
      CompileResult result = compile(broken);

      assertThat(result.substituted()).isEmpty();
      assertThat(result.diagnostics())
          .first()
          .isEqualTo(
              Diagnostic.at(
                  "compile",
                  EditedSubmission.path("Experiments"),
                  broken.lineOf("Experiments", "int rate = \"30 Hz\";"),
                  "incompatible types: java.lang.String cannot be converted to int"));
    }

    @Test
    void javacsDetailLines_sayWhichSymbolIsMissing() {
      CompileResult result =
          compile(
              REFERENCE.insertAfter(
                  "Experiments", "public static SpikingNetwork twoNeurons() {", "    nosuch(3);"));

      assertThat(result.diagnostics().get(0).message())
          .isEqualTo(
              "cannot find symbol; symbol:   method nosuch(int); location: class neurons.Experiments");
    }

    @Test
    void manyErrorsInOneFile_areCappedAtTenWithACount() {
      StringBuilder errors = new StringBuilder();
      for (int i = 0; i < 13; i++) {
        errors.append("    int e").append(i).append(" = \"x\";\n");
      }
      CompileResult result =
          compile(
              REFERENCE.insertAfter(
                  "Activations", "public static double sigmoid(double z) {", errors.toString()));

      assertThat(result.diagnostics()).hasSize(12);
      assertThat(result.diagnostics().get(10))
          .isEqualTo(
              Diagnostic.at(
                  "compile",
                  EditedSubmission.path("Activations"),
                  null,
                  "3 more errors in " + EditedSubmission.path("Activations")));
      assertThat(result.diagnostics().get(11).message())
          .startsWith("Activations.sigmoid was left out");
    }

    @Test
    void helperWithABrokenMethod_keepsItsOtherMethods() {
      CompileResult result =
          compile(
              REFERENCE.with(
                  "Helper",
                  "package neurons;\n\nfinal class Helper {\n  static int two() { return 2 }\n  static int three() { return 3; }\n}\n"));

      assertThat(result.substituted()).isEmpty();
      assertThat(result.classes()).containsKey("neurons.Helper");
      assertThat(result.diagnostics())
          .first()
          .isEqualTo(Diagnostic.at("compile", EditedSubmission.path("Helper"), 4, "';' expected"));
    }

    @Test
    void helperBrokenOutsideItsMethods_isLeftOutAndTheWrittenClassesStay() {
      CompileResult result =
          compile(
              REFERENCE.with(
                  "Helper",
                  "package neurons;\n\nfinal class Helper {\n  static final int TWO = \"2\";\n}\n"));

      assertThat(result.substituted()).isEmpty();
      assertThat(result.classes()).containsOnlyKeys(WRITTEN_CLASSES);
      assertThat(result.diagnostics())
          .containsExactly(
              Diagnostic.at(
                  "compile",
                  EditedSubmission.path("Helper"),
                  4,
                  "incompatible types: java.lang.String cannot be converted to int"));
    }

    @Test
    void methodUsingALeftOutHelper_isStubbedInALaterRound() {
      EditedSubmission broken =
          REFERENCE
              .with(
                  "Helper",
                  "package neurons;\n\nfinal class Helper {\n  static final int TWO = \"2\";\n  static int two() { return TWO; }\n}\n")
              .insertAfter(
                  "Experiments",
                  "public static SpikingNetwork twoNeurons() {",
                  "    int two = Helper.two();");
      CompileResult result = compile(broken);

      assertThat(result.substituted()).isEmpty();
      assertThat(result.classes()).containsOnlyKeys(WRITTEN_CLASSES);
      assertThat(result.diagnostics())
          .containsExactly(
              Diagnostic.at(
                  "compile",
                  EditedSubmission.path("Helper"),
                  4,
                  "incompatible types: java.lang.String cannot be converted to int"),
              Diagnostic.at(
                  "compile",
                  EditedSubmission.path("Experiments"),
                  broken.lineOf("Experiments", "Helper.two()"),
                  "cannot find symbol; symbol:   variable Helper; location: class neurons.Experiments (after the files that did not compile were left out)"),
              Diagnostic.at(
                  "compile",
                  EditedSubmission.path("Experiments"),
                  null,
                  "Experiments.twoNeurons was left out because of the errors"
                      + " above; the rest of "
                      + EditedSubmission.path("Experiments")
                      + " was graded"));
    }

    @Test
    void helperThatCompiles_isKept() {
      CompileResult result =
          compile(
              REFERENCE.with(
                  "Helper",
                  "package neurons;\n\nfinal class Helper {\n  static int two() { return 2; }\n}\n"));

      assertThat(result.diagnostics()).isEmpty();
      assertThat(result.classes()).containsKey("neurons.Helper");
    }
  }

  @Nested
  class MisplacedClasses {

    private static final String ACTIVATIONS_ALONE =
        "final class Activations {\n  static double sigmoid(double z) {\n    return 0.5;\n  }\n}\n";

    @Test
    void writtenClassDeclaredInAnotherFile_isLeftOutThereAndTheRestCompiles()
        throws ReflectiveOperationException {
      EditedSubmission misplaced =
          REFERENCE
              .without("Activations")
              .with("LIFNeuron", REFERENCE.text("LIFNeuron") + "\n" + ACTIVATIONS_ALONE);
      CompileResult result = compile(misplaced);

      assertThat(result.substituted()).containsOnlyKeys("Activations");
      assertThat(result.classes()).containsOnlyKeys(WRITTEN_CLASSES);
      assertThat(result.diagnostics())
          .contains(
              Diagnostic.at(
                  "compile",
                  EditedSubmission.path("LIFNeuron"),
                  misplaced.lineOf("LIFNeuron", "final class Activations {"),
                  "LIFNeuron.java also declares class Activations, which must be in a file of its"
                      + " own, Activations.java; that file is missing, so Activations was graded"
                      + " as not answered and this copy was left out"));
      assertThat(thrownBy(result.classes(), "neurons.LIFNeuron", "slope", new Class<?>[0]))
          .isNull();
    }

    @Test
    void writtenClassDeclaredTwice_keepsTheOneInItsOwnFile() {
      EditedSubmission twice =
          REFERENCE.with("LIFNeuron", REFERENCE.text("LIFNeuron") + "\n" + ACTIVATIONS_ALONE);
      CompileResult result = compile(twice);

      assertThat(result.substituted()).isEmpty();
      assertThat(result.diagnostics())
          .extracting(Diagnostic::message)
          .containsExactly(
              "LIFNeuron.java also declares class Activations, which Activations.java declares"
                  + " too; only the one in Activations.java was graded");
    }

    @Test
    void providedClassDeclaredInAStudentFile_isLeftOutForTheCoursesOwn() {
      CompileResult result =
          compile(
              REFERENCE.with(
                  "Helper",
                  "package neurons;\n\nfinal class Helper {}\n\ninterface Neuron {\n  void"
                      + " slope();\n}\n"));

      assertThat(result.substituted()).isEmpty();
      assertThat(result.classes()).containsOnlyKeys(concat(WRITTEN_CLASSES, "neurons.Helper"));
      assertThat(result.diagnostics())
          .containsExactly(
              Diagnostic.at(
                  "compile",
                  EditedSubmission.path("Helper"),
                  5,
                  "Helper.java declares class Neuron, which the course provides; it was left out"
                      + " and the course's Neuron was used"));
    }

    @Test
    void classDeclaredTwiceInOneFile_keepsTheFirst() {
      CompileResult result =
          compile(
              REFERENCE.with(
                  "Helper",
                  "package neurons;\nfinal class Helper {}\nfinal class Twin {}\nfinal class"
                      + " Twin {}\n"));

      assertThat(result.classes()).containsKeys("neurons.Helper", "neurons.Twin");
      assertThat(result.diagnostics())
          .containsExactly(
              Diagnostic.at(
                  "compile",
                  EditedSubmission.path("Helper"),
                  4,
                  "Helper.java declares class Twin twice; only the first was graded"));
    }

    @Test
    void writtenClassFileDeclaringAnotherName_isAMissingClassNotASilentOne() {
      EditedSubmission misspelt =
          REFERENCE
              .replace(
                  "Activations", "public final class Activations {", "final class activations {")
              .replace("Activations", "private Activations() {}", "private activations() {}");
      CompileResult result = compile(misspelt);

      assertThat(result.substituted())
          .containsExactly(java.util.Map.entry("Activations", "missing"));
      assertThat(result.classes()).containsKeys("neurons.Activations", "neurons.activations");
      assertThat(result.diagnostics())
          .containsExactly(
              Diagnostic.at(
                  "missing",
                  EditedSubmission.path("Activations"),
                  null,
                  EditedSubmission.path("Activations")
                      + " declares no class named Activations (check the spelling and case of its"
                      + " class declaration); the questions of Activations were graded as not"
                      + " answered"));
    }

    @Test
    void fileRenamedByAnLms_isCompiledAsTheClassItDeclares() {
      EditedSubmission renamed =
          REFERENCE.without("LIFNeuron").with("LIFNeuron-1", REFERENCE.text("LIFNeuron"));
      CompileResult result = compile(renamed);

      assertThat(result.substituted()).isEmpty();
      assertThat(result.classes()).containsOnlyKeys(WRITTEN_CLASSES);
      assertThat(result.diagnostics())
          .containsExactly(
              Diagnostic.at(
                  "input",
                  EditedSubmission.path("LIFNeuron-1"),
                  null,
                  "LIFNeuron-1.java declares class LIFNeuron; it was graded as LIFNeuron.java"
                      + " (rename it: a public class must be in a file of its name)"));
    }

    @Test
    void renamedCopyBesideTheRealFile_isLeftOutAsADuplicate() {
      EditedSubmission both = REFERENCE.with("LIFNeuron (1)", REFERENCE.text("LIFNeuron"));
      CompileResult result = compile(both);

      assertThat(result.substituted()).isEmpty();
      assertThat(result.classes()).containsOnlyKeys(WRITTEN_CLASSES);
      assertThat(result.diagnostics())
          .extracting(Diagnostic::message)
          .containsExactly(
              "LIFNeuron (1).java also declares class LIFNeuron, which LIFNeuron.java declares"
                  + " too; only the one in LIFNeuron.java was graded");
    }
  }

  @Nested
  class Rounds {

    private EditedSubmission chain(int helpers) {
      EditedSubmission submission =
          REFERENCE.with(
              "H0", "package neurons;\nfinal class H0 {\n  static final int X = \"one\";\n}\n");
      for (int i = 1; i < helpers; i++) {
        submission =
            submission.with(
                "H" + i,
                "package neurons;\nfinal class H" + i + " {\n  H" + (i - 1) + " previous;\n}\n");
      }
      return submission;
    }

    @Test
    void helpersBreakingOneAnotherInAChain_areLeftOutAfterSixRoundsAndTheRestCompiles() {
      CompileResult result = compile(chain(20));

      assertThat(result.substituted()).isEmpty();
      assertThat(result.classes()).containsOnlyKeys(WRITTEN_CLASSES);
      assertThat(result.diagnostics()).hasSize(7);
      assertThat(result.diagnostics().get(6))
          .isEqualTo(
              Diagnostic.of(
                  "compile",
                  "14 helper files ("
                      + String.join(
                          ", ",
                          java.util.stream.Stream.of(
                                  "H10", "H11", "H12", "H13", "H14", "H15", "H16", "H17", "H18",
                                  "H19")
                              .map(EditedSubmission::path)
                              .toList())
                      + " and 4 more) were left out: they still did not compile after 6 rounds of"
                      + " leaving out what did not compile"));
    }

    @Test
    void shortChain_isResolvedRoundByRoundAsBefore() {
      CompileResult result = compile(chain(3));

      assertThat(result.classes()).containsOnlyKeys(WRITTEN_CLASSES);
      assertThat(result.diagnostics())
          .extracting(Diagnostic::file)
          .containsExactly(
              EditedSubmission.path("H0"),
              EditedSubmission.path("H1"),
              EditedSubmission.path("H2"));
    }

    @Test
    void manyErrorsAcrossFiles_areCappedAtAHundredDiagnostics() {
      EditedSubmission many = REFERENCE;
      for (int i = 0; i < 40; i++) {
        many =
            many.with(
                "Bad" + i,
                "package neurons;\nfinal class Bad"
                    + i
                    + " {\n  int a = \"x\";\n  int b = \"y\";\n"
                    + "  int c = \"z\";\n}\n");
      }
      CompileResult result = compile(many);

      assertThat(result.classes()).containsOnlyKeys(WRITTEN_CLASSES);
      assertThat(result.diagnostics()).hasSize(100);
      assertThat(result.diagnostics().get(99).message())
          .isEqualTo("21 more compile diagnostics were left out of this report");
    }
  }

  @Nested
  class ProvidedClasses {

    @Test
    void copyWithAMegabyteOfSpacesMidLine_isComparedInOnePass() {
      String neuron = REFERENCE.text("Neuron");
      int end = neuron.lastIndexOf('}');
      CompileResult result =
          compile(
              REFERENCE.with(
                  "Neuron",
                  neuron.substring(0, end) + " ".repeat(1_000_000) + neuron.substring(end)));

      assertThat(result.diagnostics())
          .extracting(Diagnostic::kind, Diagnostic::file)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("input", EditedSubmission.path("Neuron")));
    }

    @Test
    void normalize_dropsTrailingBlanksOfEveryLineAndUnifiesLineEnds() {
      assertThat(SubmissionCompiler.normalize("a \t\r\nb  \n  c\t\n\n")).isEqualTo("a\nb\n  c");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Neuron", "InputNeuron", "SpikeTrains", "Connection", "Plots"})
    void modifiedCopy_getsAnInputDiagnosticAndIsNotCompiled(String provided) {
      EditedSubmission modified =
          REFERENCE.replace(provided, "package neurons;", "package neurons; // my version");
      CompileResult result = compile(modified);

      assertThat(result.diagnostics())
          .containsExactly(
              Diagnostic.at(
                  "input",
                  EditedSubmission.path(provided),
                  null,
                  EditedSubmission.path(provided)
                      + " differs from the course's copy, which was used instead: changes to the provided classes have no effect"));
      assertThat(result.classes()).doesNotContainKey("neurons." + provided);
      assertThat(result.substituted()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Neuron", "InputNeuron", "SpikeTrains", "Connection", "Plots"})
    void unmodifiedCopy_givesNoDiagnostic(String provided) {
      CompileResult result = compile(REFERENCE);

      assertThat(result.diagnostics()).noneMatch(d -> d.message().contains(provided + ".java"));
    }

    @Test
    void copyWithWindowsLineEndingsAndTrailingSpaces_countsAsUnmodified() {
      CompileResult result =
          compile(REFERENCE.with("Neuron", REFERENCE.text("Neuron").replace("\n", "  \r\n")));

      assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void brokenCopy_doesNotStopTheCompile() {
      CompileResult result =
          compile(REFERENCE.with("SpikeTrains", "package neurons; this is not Java"));

      assertThat(result.substituted()).isEmpty();
      assertThat(result.diagnostics()).extracting(Diagnostic::kind).containsExactly("input");
      assertThat(result.classes()).containsOnlyKeys(WRITTEN_CLASSES);
    }

    @Test
    void missingCopies_areNotReported() {
      EditedSubmission withoutProvided =
          REFERENCE
              .without("Neuron")
              .without("InputNeuron")
              .without("SpikeTrains")
              .without("Connection")
              .without("Plots");
      CompileResult result = compile(withoutProvided);

      assertThat(result.diagnostics()).isEmpty();
      assertThat(result.classes()).containsOnlyKeys(WRITTEN_CLASSES);
    }
  }

  @Nested
  class ClassPath {

    @Test
    void jfreeChartInExperimentsMain_compiles() {
      EditedSubmission plotting =
          REFERENCE.insertAfter(
              "Experiments",
              "public static void main(String[] args) {",
              """
              org.jfree.data.xy.XYSeries v = new org.jfree.data.xy.XYSeries("v");
              v.add(0.0, 0.0);
              org.jfree.chart.JFreeChart chart = org.jfree.chart.ChartFactory.createXYLineChart(
                  "v(t)", "t (s)", "v", new org.jfree.data.xy.XYSeriesCollection(v));
              try {
                org.jfree.chart.ChartUtils.saveChartAsPNG(new java.io.File("v.png"), chart, 600, 400);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }""");
      CompileResult result = compile(plotting);

      assertThat(result.diagnostics()).isEmpty();
      assertThat(result.substituted()).isEmpty();
      assertThat(result.classes()).containsOnlyKeys(WRITTEN_CLASSES);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "neurograde.hidden.checks.HiddenChecks",
          "neurograde.compile.SubmissionCompiler",
          "org.junit.jupiter.api.Assertions",
          "org.assertj.core.api.Assertions",
          "org.objectweb.asm.ClassReader",
          "com.fasterxml.jackson.databind.ObjectMapper",
          "picocli.CommandLine"
        })
    void importOfAGraderClass_doesNotCompile(String graderClass) {
      EditedSubmission importing =
          REFERENCE.replace(
              "Experiments",
              "import java.util.ArrayList;",
              "import java.util.ArrayList;\nimport " + graderClass + ";");
      CompileResult result = compile(importing);

      String pkg = graderClass.substring(0, graderClass.lastIndexOf('.'));
      assertThat(result.substituted()).containsExactly(Map.entry("Experiments", "did not compile"));
      assertThat(result.diagnostics())
          .containsExactly(
              Diagnostic.at(
                  "compile",
                  EditedSubmission.path("Experiments"),
                  importing.lineOf("Experiments", "import " + graderClass),
                  "package " + pkg + " does not exist"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "double first = new ArrayList<Double>(List.of(1.0)).getFirst();", // Java 21
          "double clamped = Math.clamp(2.0, 0.0, 1.0);", // Java 21
          "Object unsafe = jdk.internal.misc.Unsafe.getUnsafe();" // not exported
        })
    void codeBeyondJava17sPublicApi_doesNotCompile_onAnyJdk(String statement) {
      EditedSubmission beyond =
          REFERENCE.insertAfter(
              "Experiments", "public static void main(String[] args) {", statement);
      CompileResult result = compile(beyond);

      assertThat(result.diagnostics())
          .filteredOn(d -> d.kind().equals("compile") && d.line() != null)
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.line()).isEqualTo(beyond.lineOf("Experiments", statement));
                assertThat(d.message()).containsAnyOf("cannot find symbol", "jdk.internal.misc");
              });
      assertThat(result.diagnostics())
          .extracting(Diagnostic::message)
          .contains(
              "Experiments.main was left out because of the errors above; the rest of "
                  + EditedSubmission.path("Experiments")
                  + " was graded");
    }

    @Test
    void releaseOption_isGivenOnlyWhereTheJdkIsNot17() {
      assertThat(SubmissionCompiler.options(17)).doesNotContain("--release");
      assertThat(String.join(" ", SubmissionCompiler.options(25))).startsWith("--release 17 ");
      assertThat(SubmissionCompiler.options(25))
          .endsWith(SubmissionCompiler.options(17).toArray(String[]::new));
    }

    @Test
    void trustedClassPath_holdsOnlyTheProvidedClassesOfPackageNeurons() {
      TrustedClassPath path = TrustedClassPath.get();

      assertThat(path.list("neurons", false))
          .extracting(MemoryClassFile::binaryName)
          .allSatisfy(name -> assertThat(CourseClasses.isProvided(name)).as(name).isTrue())
          .contains(
              "neurons.Neuron",
              "neurons.InputNeuron",
              "neurons.SpikeTrains",
              "neurons.Connection",
              "neurons.Plots")
          .doesNotContain(
              "neurons.LIFNeuron",
              "neurons.SpikingNetwork",
              "neurons.Experiments",
              "neurons.Activations");
      assertThat(path.list("neurograde", true)).isEmpty();
      assertThat(path.list("org.junit", true)).isEmpty();
      assertThat(path.list("org.jfree.chart", false))
          .extracting(MemoryClassFile::binaryName)
          .contains("org.jfree.chart.JFreeChart");
    }
  }

  @Test
  void compiler_isReusableForSeveralSubmissions() {
    compile(REFERENCE.replace("Experiments", "net.simulate(1, DT);", "net.simulate(1, DT)"));
    CompileResult second = compile(REFERENCE);

    assertThat(second.diagnostics()).isEmpty();
    assertThat(second.substituted()).isEmpty();
  }

  @Test
  void compileResult_isImmutable() {
    CompileResult result = compile(REFERENCE);

    assertThatThrownBy(() -> result.classes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> result.diagnostics().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /**
   * Compiles reuse javac's context (ReusedJavac): what one submission compiled must not change what
   * the next one compiles to, or which errors it gets.
   */
  @Nested
  class OneCompilerForManySubmissions {

    private final EditedSubmission withHelper =
        REFERENCE
            .with(
                "Helper",
                "package neurons;\n\nfinal class Helper {\n  static int f() { return 1; }\n}\n")
            .insertAfter(
                "Activations",
                "public final class Activations {",
                "  int usesHelper() { return Helper.f(); }");

    /** The same code without Helper.java: Activations no longer compiles. */
    private final EditedSubmission helperMissing = withHelper.without("Helper");

    /** Helper exists, but as an interface without f(). */
    private final EditedSubmission helperChanged =
        withHelper.with("Helper", "package neurons;\n\ninterface Helper {\n  int g();\n}\n");

    /** A top-level class named like the course's nested InputNeuron.SpikeList (an attacker's). */
    private final EditedSubmission nestedClassName =
        REFERENCE.with(
            "Weird",
            "package neurons;\n\nfinal class Weird {}\n\nfinal class InputNeuron$SpikeList {\n"
                + "  static int evil() { return 42; }\n}\n");

    /** Copies of the course's classes hidden from the text check by a comment (an attacker's). */
    private final EditedSubmission spikeTrainsCopy =
        REFERENCE.with("Helper", "package neurons;\n\nfinal class/**/SpikeTrains {}\n");

    /** The same on the template, which never calls SpikeTrains: it compiles in one round. */
    private final EditedSubmission templateWithSpikeTrainsCopy =
        EditedSubmission.template()
            .with("Helper", "package neurons;\n\nfinal class/**/SpikeTrains {}\n");

    private final EditedSubmission connectionRecord =
        REFERENCE.with(
            "MyConnection",
            "package neurons;\n\nrecord /* copied */ Connection(int pre, int post, double weight)"
                + " {}\n");

    private final EditedSubmission neuronInterface =
        REFERENCE.with("Helper", "package neurons;\n\ninterface // the course's\n    Neuron {}\n");

    /**
     * Nested classes outlive javac's cleanup between tasks (an attacker's): a sealed interface
     * nested in LIFNeuron, then another of the same name whose permitted subclasses make a cast an
     * error, which the first's would have allowed.
     */
    private final EditedSubmission sealedShape =
        REFERENCE.insertAfter(
            "LIFNeuron",
            "public class LIFNeuron",
            "  sealed interface Shape {}\n\n  non-sealed interface X extends Shape {}\n");

    private final EditedSubmission sealedCast =
        REFERENCE
            .insertAfter(
                "LIFNeuron",
                "public class LIFNeuron",
                "  sealed interface Shape {}\n\n  static final class Sq implements Shape {}\n\n"
                    + "  static class Other {}\n")
            .insertAfter(
                "LIFNeuron", "public void slope() {", "    Object unused = (Other) (Shape) null;");

    private final EditedSubmission brokenSlope =
        REFERENCE.replace("LIFNeuron", "public void slope() {", "public void slope() { int x = ;");

    @Test
    void theTestJvmReusesTheContext() {
      // surefire exports javac's API as the grader's jar does, so these tests run the pooled path
      assertThat(ReusedJavac.available()).isTrue();
    }

    @Test
    void aSequenceCompilesAsFreshCompilersDo() {
      java.util.List<EditedSubmission> sequence =
          java.util.List.of(
              withHelper,
              helperMissing,
              brokenSlope,
              helperChanged,
              REFERENCE,
              nestedClassName,
              brokenSlope,
              nestedClassName,
              spikeTrainsCopy,
              REFERENCE,
              templateWithSpikeTrainsCopy,
              REFERENCE,
              connectionRecord,
              REFERENCE,
              neuronInterface,
              REFERENCE,
              connectionRecord,
              connectionRecord,
              sealedShape,
              sealedCast,
              sealedShape,
              REFERENCE,
              sealedCast,
              withHelper,
              helperMissing);
      for (EditedSubmission submission : sequence) {
        CompileResult reused = compile(submission);
        CompileResult fresh = new SubmissionCompiler().compile(submission.sources());

        assertThat(reused.diagnostics()).isEqualTo(fresh.diagnostics());
        assertThat(reused.substituted()).isEqualTo(fresh.substituted());
        assertThat(reused.classes().keySet()).isEqualTo(fresh.classes().keySet());
        reused
            .classes()
            .forEach(
                (name, bytes) -> assertThat(bytes).as(name).isEqualTo(fresh.classes().get(name)));
      }
    }

    @Test
    void aMissingHelperIsAnErrorAfterASubmissionThatHadOne() {
      compile(withHelper);

      CompileResult result = compile(helperMissing);

      assertThat(result.classes()).doesNotContainKey("neurons.Helper");
      assertThat(result.diagnostics())
          .anySatisfy(
              d -> assertThat(d.message()).contains("cannot find symbol").contains("Helper"));
    }

    @Test
    void theSameErrorTwiceIsReportedTwice() {
      CompileResult first = compile(brokenSlope);
      CompileResult second = compile(brokenSlope);

      assertThat(first.diagnostics()).isNotEmpty();
      assertThat(second.diagnostics()).isEqualTo(first.diagnostics());
    }
  }
}
