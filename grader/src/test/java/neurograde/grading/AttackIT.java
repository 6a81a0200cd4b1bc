package neurograde.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import neurograde.score.CheckResult;
import neurograde.score.Diagnostic;
import neurograde.score.SubmissionResult;
import neurograde.testing.Folders;
import neurograde.testing.HostileSubmissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Attacks and faults graded in one batch between two correct submissions: each gets a clear
 * diagnostic and zero on the checks it affects only, the batch finishes, and the correct ones keep
 * their exact marks.
 */
class AttackIT {

  private static final List<String> STEP =
      List.of(
          "step.euler",
          "step.histories",
          "step.input-scaling",
          "step.interpolation",
          "step.refractory",
          "step.reset",
          "step.show-state",
          "step.spike-detection");
  private static final List<String> ITEM_1 = concat(List.of("slope.dvdt", "slope.dsdt"), STEP);
  private static final List<String> ITEM_2 =
      List.of(
          "simulate.connections",
          "simulate.delivery-after-step",
          "simulate.every-neuron",
          "simulate.spike-counts",
          "simulate.time-history");
  private static final List<String> ITEM_4B =
      List.of(
          "act.relu", "act.sigmoid", "act.sigmoid-derivative", "act.tanh", "act.tanh-derivative");
  private static final List<String> ALL_4 =
      concat(ITEM_4B, List.of("act.relu-derivative", "act.dfdx", "act.dfdw", "act.dfdb"));

  /**
   * The checks that call slope: its own two, and those that run whole slope-then-step sequences.
   */
  /**
   * A forbidden slope() is not run: 1a's checks score 0, and step's are judged with the equations'
   * slope, as for an unfinished one.
   */
  private static final List<String> CALL_SLOPE = List.of("slope.dsdt", "slope.dvdt");

  private static final List<String> SPIKING =
      List.of(
          "step.histories",
          "step.interpolation",
          "step.refractory",
          "step.reset",
          "step.spike-detection");

  private static Map<String, SubmissionResult> results;
  private static Path out;

  @TempDir static Path dir;

  @BeforeAll
  static void gradeTheAttacks() throws IOException {
    Path attacks = dir.resolve("attacks");
    Folders.copy(Path.of("src/test/resources/attacks"), attacks);
    HostileSubmissions.unclosedComments(attacks.resolve("attack-unclosed-comments"));
    HostileSubmissions.spacesInAProvidedCopy(attacks.resolve("attack-spaces-in-a-provided-copy"));
    HostileSubmissions.salvageChain(attacks.resolve("attack-salvage-chain"), 60);
    HostileSubmissions.twoStudentsInOneZip(attacks.resolve("attack-two-students-in-one-zip.zip"));
    out = java.nio.file.Files.createDirectories(dir.resolve("out"));
    results = FixtureBatch.grade(attacks, out);
  }

  static Stream<Arguments> attacks() {
    return Stream.of(
        Arguments.of(
            "attack-system-exit",
            CALL_SLOPE,
            "forbidden",
            "forbidden",
            "LIFNeuron.slope calls System.exit"),
        Arguments.of(
            "attack-runtime-halt",
            ITEM_2,
            "forbidden",
            "forbidden",
            "SpikingNetwork.simulate uses the runtime or processes"),
        Arguments.of(
            "attack-threads", CALL_SLOPE, "forbidden", "forbidden", "LIFNeuron.slope uses threads"),
        Arguments.of(
            "attack-read-files",
            List.of("exp3a.counts"),
            "forbidden",
            "forbidden",
            "Experiments.spikesPerInterval uses files or streams"),
        Arguments.of(
            "attack-read-resources",
            List.of("act.sigmoid", "act.sigmoid-derivative"),
            "forbidden",
            "forbidden",
            "Activations.sigmoid uses reflection (Class.getResourceAsStream)"),
        Arguments.of(
            "attack-class-loader",
            List.of("act.relu"),
            "forbidden",
            "forbidden",
            "Activations.relu uses reflection (Class.getClassLoader)"),
        Arguments.of(
            "attack-reflection",
            // the checks that call getTHistory
            List.of("simulate.every-neuron", "simulate.spike-counts", "simulate.time-history"),
            "forbidden",
            "forbidden",
            "SpikingNetwork.getTHistory uses reflection (Class.getDeclaredField)"),
        Arguments.of(
            "attack-method-handles",
            List.of("act.relu-derivative"),
            "forbidden",
            "forbidden",
            "Activations.reluDerivative uses reflection or method handles"),
        Arguments.of(
            "attack-method-reference-exit",
            List.of("act.relu-derivative"),
            "forbidden",
            "forbidden",
            "Activations.reluDerivative calls System.exit"),
        Arguments.of("attack-deep-recursion", List.of("act.dfdb"), "error", null, null),
        Arguments.of(
            "attack-memory-bomb",
            List.of("act.dfdw"),
            "memory",
            "memory",
            "act.dfdw: your code ran out of memory (the limit is 256 MiB)"),
        Arguments.of(
            "attack-unstoppable-loop",
            List.of("act.relu"),
            "timeout",
            "timeout",
            "act.relu: your code did not finish within 20 times the processor time the course's"
                + " solution needs (at least 0.25 s, at most 2.0 s)"),
        Arguments.of("attack-static-initializer-loops", ALL_4, "timeout", "timeout", "act."),
        Arguments.of("attack-static-initializer-throws", ALL_4, "error", null, null),
        Arguments.of(
            "attack-throwable-message-loops",
            SPIKING,
            "timeout",
            "timeout",
            "your code did not finish within"),
        Arguments.of(
            "attack-renamed-class",
            ITEM_1,
            "error",
            "missing",
            "LIFNeuron.java is missing from the submission (found LifNeuron.java"),
        Arguments.of(
            "attack-zip-bomb",
            ITEM_1,
            "error",
            "input",
            "src/main/java/neurons/LIFNeuron.java is 209715200 bytes; files over 1048576 bytes are not read"),
        Arguments.of(
            "attack-non-utf8-and-empty",
            ALL_4,
            "error",
            "input",
            "src/main/java/neurons/LIFNeuron.java is not UTF-8 text; it was read as Windows-1252"),
        Arguments.of(
            "attack-wrong-signatures",
            List.of("act.relu", "act.tanh"),
            "error",
            "missing",
            "Activations has no public static double tanh(double) (found tanh(float))"),
        Arguments.of(
            "attack-zip-slip",
            List.of(),
            null,
            "input",
            "../../../../tmp/evil/Evil.java climbs out of the submission with '..' (zip slip)"),
        Arguments.of(
            "attack-grader-package",
            List.of(),
            null,
            "input",
            "src/main/java/neurons/Evil.java is in package neurograde.hidden.checks, not package neurons"),
        Arguments.of("attack-fake-results", List.of("slope.dvdt"), "failed", null, null),
        Arguments.of(
            "attack-parallel-stream-subclass",
            List.of("act.relu"),
            "forbidden",
            "forbidden",
            "Bag.leaveBehind starts threads (ArrayList.parallelStream), which the grader does not"
                + " allow"),
        Arguments.of(
            "attack-deep-expression-syntax-error",
            List.of(),
            null,
            "compile",
            "Activations.broken was left out because of the errors above"),
        Arguments.of("attack-huge-show-state", List.of("step.show-state"), "failed", null, null),
        // its slope's exception message holds a lone surrogate, which once crashed the worker
        Arguments.of(
            "attack-lone-surrogate-message",
            List.of("slope.dvdt", "slope.dsdt"),
            "error",
            null,
            null),
        Arguments.of(
            "attack-nan-values",
            List.of(
                "step.reset",
                "simulate.time-history",
                "act.relu-derivative",
                "act.dfdx",
                "act.dfdw",
                "act.dfdb"),
            "failed",
            null,
            null),
        Arguments.of(
            "attack-lying-subclasses",
            List.of("exp3a.simulated", "exp3b.simulated", "exp3c.simulated", "exp3d.wave"),
            "failed",
            null,
            null),
        Arguments.of(
            "attack-misbehaving-exceptions",
            List.of("act.relu", "act.sigmoid", "act.sigmoid-derivative"),
            "error",
            null,
            null),
        Arguments.of(
            "attack-gc-loop",
            List.of("act.tanh"),
            "timeout",
            "timeout",
            // Stopped on the clock while nearly idle, or on the processor: which one depends on how
            // much of each collection the JVM counts to the calling thread (it varied with load).
            "act.tanh: your code did not finish "),
        Arguments.of("attack-reads-its-callers", List.of("exp3a.counts"), "failed", null, null),
        Arguments.of("attack-poisons-a-jdk-class", List.of("act.relu"), "error", null, null),
        Arguments.of("attack-closes-its-output", List.of(), null, null, null),
        Arguments.of(
            "attack-forbidden-call-in-sigmoid",
            List.of("act.sigmoid", "act.sigmoid-derivative"),
            "forbidden",
            "forbidden",
            "Activations.sigmoid calls System.exit"),
        Arguments.of(
            "attack-errors-whose-message-throws",
            List.of("act.dfdx", "act.relu", "act.tanh"),
            "error",
            null,
            null),
        Arguments.of(
            "attack-extra-top-level-class",
            ALL_4,
            "error",
            "compile",
            "LIFNeuron.java also declares class Activations, which must be in a file of its own,"
                + " Activations.java; that file is missing, so Activations was graded as not"
                + " answered and this copy was left out"),
        Arguments.of(
            "attack-duplicate-helper-class",
            List.of(),
            null,
            "compile",
            "LIFNeuron.java also declares class Clamp, which Clamp.java declares too; only the one"
                + " in Clamp.java was graded"),
        Arguments.of(
            "attack-lms-renamed-file",
            List.of(),
            null,
            "input",
            "LIFNeuron-1.java declares class LIFNeuron; it was graded as LIFNeuron.java (rename it:"
                + " a public class must be in a file of its name)"),
        Arguments.of("attack-unclosed-comments", List.of(), null, "compile", "unclosed comment"),
        Arguments.of(
            "attack-spaces-in-a-provided-copy",
            List.of(),
            null,
            "input",
            "src/main/java/neurons/Neuron.java differs from the course's copy, which was used"
                + " instead"),
        Arguments.of(
            "attack-salvage-chain",
            List.of(),
            null,
            "compile",
            "54 helper files (src/main/java/neurons/H10.java, "),
        Arguments.of(
            "attack-two-students-in-one-zip",
            List.of(),
            null,
            "input",
            "this submission seems to hold 2 separate submissions (class/alice/, class/bob/); it"
                + " was graded as one"),
        Arguments.of(
            "attack-own-classes-hide-a-mistake", List.of("exp3c.simulated"), "failed", null, null),
        Arguments.of("attack-observation-flood", List.of("exp3d.input"), "failed", null, null),
        Arguments.of(
            "attack-published-answers",
            List.of("exp3a.counts", "exp3d.period"),
            "failed",
            null,
            null),
        Arguments.of(
            "attack-counts-of-a-silent-network",
            List.of("exp3a.network", "exp3a.counts"),
            "failed",
            null,
            null),
        // Its own input neuron's getSpikes uses a helper beyond the API: the experiment runs on the
        // course's classes, its network cannot be read there, and only the experiment itself
        // (not reading its network) falls back to the student's own classes.
        Arguments.of(
            "attack-getter-beyond-api",
            List.of("exp3a.input", "exp3a.lif-parameters", "exp3a.network", "exp3a.simulated"),
            "error",
            null,
            null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void attack_losesOnlyTheChecksThatReachItWithAClearDiagnostic(
      String attack, List<String> lost, String status, String diagnosticKind, String diagnostic) {
    SubmissionResult result = results.get(attack);

    assertThat(failed(result)).as("checks %s loses", attack).isEqualTo(new TreeSet<>(lost));
    if (status != null) {
      assertThat(result.checks())
          .filteredOn(c -> !c.passed())
          .extracting(CheckResult::status)
          .containsOnly(status);
    }
    assertThat(result.checks())
        .filteredOn(c -> !c.passed())
        .allSatisfy(c -> assertThat(c.message()).isNotBlank());
    if (diagnosticKind != null) {
      assertThat(result.diagnostics())
          .as("diagnostics of %s", attack)
          .anySatisfy(
              d -> {
                assertThat(d.kind()).isEqualTo(diagnosticKind);
                assertThat(d.message()).contains(diagnostic);
              });
    }
    double lostMarks =
        result.checks().stream().filter(c -> !c.passed()).mapToDouble(CheckResult::max).sum();
    assertThat(result.score()).isCloseTo(37.5 - lostMarks, within(1e-9));
  }

  @Test
  void compilerThatWouldRunForHours_isStoppedAndTheSubmissionGradedOnTheTemplate() {
    SubmissionResult result = results.get("attack-exponential-compile");

    assertThat(result.score()).isZero();
    assertThat(result.checks()).extracting(CheckResult::status).containsOnly("not-run");
    assertThat(result.diagnostics())
        .extracting(Diagnostic::message)
        .anySatisfy(m -> assertThat(m).startsWith("compiling took more than 20 s"));
  }

  @Test
  void enormousTextFromStudentCode_isShortenedInTheResult() {
    CheckResult showState = results.get("attack-huge-show-state").check("step.show-state");

    assertThat(showState.message()).hasSizeLessThan(2_500).contains("12500000 characters");
  }

  @Test
  void noAttack_isRecordedAsAFaultOfTheGrader() {
    assertThat(results.values())
        .allSatisfy(
            r -> {
              assertThat(r.diagnostics()).noneMatch(d -> d.kind().equals("grader"));
              assertThat(r.checks()).noneMatch(c -> c.status().equals("grader"));
            });
  }

  @Test
  void correctSubmissionsBeforeAndAfterTheAttacks_keepTheirExactMarks() {
    for (String correct : List.of("aaa-correct-first", "zzz-correct-last")) {
      SubmissionResult result = results.get(correct);
      assertThat(result.score()).as(correct).isEqualTo(37.5);
      assertThat(result.checks()).as(correct).allSatisfy(c -> assertThat(c.passed()).isTrue());
      assertThat(result.diagnostics()).as(correct).isEmpty();
    }
    assertThat(results).hasSize(53);
  }

  @Test
  void staticStateAnEarlierCheckLeft_isNotSeenByALaterCheck() {
    // Its relu sets a static flag that makes tanh wrong: only a check sharing classes with the
    // relu check would see it (the static field is not final, so each check gets fresh classes).
    SubmissionResult result = results.get("attack-static-state-between-checks");

    assertThat(result.check("act.relu").passed()).isTrue();
    assertThat(result.check("act.tanh").passed()).isTrue();
    assertThat(result.score()).isEqualTo(37.5);
  }

  @Test
  void forbiddenCalls_nameClassMethodFileAndLine() {
    Diagnostic exit = results.get("attack-system-exit").diagnostics().get(0);

    assertThat(exit.kind()).isEqualTo("forbidden");
    assertThat(exit.file()).isEqualTo("src/main/java/neurons/LIFNeuron.java");
    assertThat(exit.line()).isEqualTo(100);
    assertThat(exit.message())
        .isEqualTo(
            "LIFNeuron.slope calls System.exit (java.lang.System.exit), which the grader does not allow;"
                + " it was not run, and the checks that reach it score 0");
  }

  @Test
  void fakeResultText_isOnlyCapturedOutput() {
    CheckResult slope = results.get("attack-fake-results").check("slope.dvdt");

    assertThat(slope.passed()).isFalse();
    assertThat(slope.output())
        .contains("\"status\":\"passed\"")
        .contains("PASSED: all 41 checks, score 47/47");
    assertThat(slope.message()).contains("(the sign is reversed)");
  }

  @Test
  void outputFlood_isCutAtTheCap_andCostsNoMarks() {
    // Its tanh is right and prints a gigabyte: once muted, the printing costs almost nothing.
    SubmissionResult flood = results.get("attack-output-flood");
    assertThat(flood.score()).isEqualTo(37.5);
    String output = flood.check("act.tanh").output();

    assertThat(output.length()).isLessThan(9_000);
    // Past the cap the output is muted: the rest is not even made.
    assertThat(output).endsWith("[... output past the first 8 KiB not kept]");
  }

  @Test
  void notANumber_isAMismatchWhereverItIsCompared() {
    SubmissionResult result = results.get("attack-nan-values");

    assertThat(result.check("act.dfdx").message()).endsWith("but it returned NaN.");
    assertThat(result.check("step.reset").message()).endsWith("but it is NaN.");
  }

  @Test
  void subclassesThatReplaceTheCoursesMethods_areNotBelieved() {
    SubmissionResult result = results.get("attack-lying-subclasses");

    assertThat(result.check("exp3a.simulated").message())
        .startsWith(
            "your QuickNetwork extends the course's SpikingNetwork and replaces getTHistory,"
                + " simulate, so what the network reports is not what the course's classes"
                + " computed");
    assertThat(result.check("exp3d.wave").message())
        .startsWith("your WaveNeuron extends the course's LIFNeuron and replaces getSpikes");
    assertThat(result.check("exp3d.period").passed()).isTrue();
    assertThat(result.check("exp3a.counts").passed()).isTrue();
  }

  @Test
  void throwablesWhoseMessageOrStackThrow_areDescribedByTheirClass() {
    SubmissionResult result = results.get("attack-errors-whose-message-throws");

    assertThat(result.check("act.tanh").message())
        .isEqualTo(
            "Activations.tanh threw BrokenError: (its getMessage threw InternalError)"
                + " (Activations.java:24)");
    assertThat(result.check("act.relu").message())
        .isEqualTo("Activations.relu: BrokenLinkage ((its getMessage threw BrokenLinkage))");
    assertThat(result.check("act.dfdx").message())
        .isEqualTo("Activations.dfdx threw BrokenTrace: the trace cannot be read");
  }

  @Test
  void sourceThatIsNotInPackageNeurons_isLeftOutEvenIfItNeverClosesAComment() {
    assertThat(results.get("attack-unclosed-comments").diagnostics())
        .extracting(Diagnostic::message)
        .contains(
            "src/main/java/neurons/Notes.java is in the default package, not package neurons; it"
                + " was not graded. Start the file with `package neurons;`.");
  }

  @Test
  void chainOfHelpersBreakingOneAnother_endsAfterABoundedNumberOfRounds() {
    List<Diagnostic> compile =
        results.get("attack-salvage-chain").diagnostics().stream()
            .filter(d -> d.kind().equals("compile"))
            .toList();

    // six rounds each leave out one broken helper, then the rest are left out at once
    assertThat(compile).hasSize(7);
    assertThat(compile.get(6).message())
        .endsWith(
            "and 44 more) were left out: they still did not compile after 6 rounds of leaving out"
                + " what did not compile");
  }

  @Test
  void deepRecursion_isReportedAsAStackOverflow() {
    assertThat(results.get("attack-deep-recursion").check("act.dfdb").message())
        .startsWith("Activations.dfdb threw StackOverflowError")
        .contains("endless recursion?");
  }

  @Test
  void loopsAreReportedWithWhereTheCodeWasRunning() {
    assertThat(results.get("attack-static-initializer-loops").check("act.sigmoid").message())
        .contains("it was running Activations.<clinit> in Activations.java)");
    assertThat(results.get("attack-throwable-message-loops").check("step.reset").message())
        .contains("it was running Trap.getMessage in Trap.java)");
  }

  @Test
  void codeLookingForTheCheckInItsStackTrace_seesOnlyItsOwnFrames() {
    CheckResult counts = results.get("attack-reads-its-callers").check("exp3a.counts");

    assertThat(counts.output())
        .isEqualTo(
            "java.lang.Throwable: who is calling?\n"
                + "\tat neurons.Experiments.spikesPerInterval(Experiments.java:90)\n");
  }

  @Test
  void aStaticInitialiserThatThrows_isReportedWithWhatItThrewAndWhere() {
    // not "ExceptionInInitializerError ()": the student needs the cause and its line
    assertThat(results.get("attack-static-initializer-throws").check("act.relu").message())
        .isEqualTo(
            "Activations.relu: a static initialiser threw NumberFormatException: For input string:"
                + " \"zero\" (Activations.java:8)");
  }

  @Test
  void aJdkClassThatCodeBrokeForGood_isReportedAsTheStudentsError() {
    assertThat(results.get("attack-poisons-a-jdk-class").check("act.relu").message())
        .isEqualTo(
            "Activations.relu: a class is missing (Could not initialize class"
                + " java.time.format.DateTimeFormatter)");
  }

  @Test
  void closingSystemOutOrLeavingHalfACharacter_affectsOnlyThatChecksOutput() {
    SubmissionResult result = results.get("attack-closes-its-output");

    assertThat(result.check("act.sigmoid").output()).isEqualTo("sigmoid?");
    assertThat(result.check("act.sigmoid-derivative").output()).isEqualTo("sigmoid?");
    assertThat(result.check("act.tanh").output()).matches("(tanh)+");
  }

  @Test
  void anExperimentOnTheStudentsOwnClasses_stillHasItsOwnMistakesNamed() {
    CheckResult inhibition =
        results.get("attack-own-classes-hide-a-mistake").check("exp3c.simulated");

    assertThat(inhibition.mistake()).isEqualTo("experiment-3c-reuses-3b");
    assertThat(inhibition.message())
        .startsWith("C took part in only the last 1500 of the network's 2500 time steps");
  }

  @Test
  void answersThatDoNotReadTheNetwork_areAskedOfANetworkNobodyPublished() {
    SubmissionResult published = results.get("attack-published-answers");

    assertThat(published.check("exp3a.counts").message())
        .startsWith(
            "for a network laid out like yours, whose input is jittered, the LIF neuron spikes 69"
                + " times from 16 s to 18 s, but spikesPerInterval says 73.");
    assertThat(published.check("exp3d.period").message())
        .startsWith(
            "in your ring run twice as slowly (every time constant, input time and weight"
                + " doubled) the wave takes between 0.455443 s and 1.1735 s")
        .endsWith("but ringPeriod returned 0.394 s.");
    assertThat(results.get("attack-counts-of-a-silent-network").check("exp3a.counts").message())
        .contains(
            "the LIF neuron spikes 30 times from 12 s to 14 s, but spikesPerInterval says 0.");
  }

  @Test
  void aNetworkOfThousandsOfNeurons_isDrawnFromItsFirstFifty() throws java.io.IOException {
    com.fasterxml.jackson.databind.JsonNode ring =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(out.resolve("observations/attack-observation-flood.json").toFile())
            .at("/experiments/RING");

    assertThat(ring.get("neurons")).hasSize(50);
    assertThat(ring.get("neuronsLeftOut").asInt()).isEqualTo(3959);
  }

  private static Set<String> failed(SubmissionResult result) {
    return result.checks().stream()
        .filter(c -> !c.passed())
        .map(CheckResult::id)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
