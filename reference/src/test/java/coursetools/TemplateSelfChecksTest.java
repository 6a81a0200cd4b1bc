package coursetools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * What a student sees from the template's self-checks at each stage of the work: the template as
 * given, with 1a and 1b written, with a classic mistake, and finished. Each stage compiles the
 * template's sources (some replaced, as a student would write them) with its self-checks, runs them
 * the way {@code mvn test} does, and asserts the outcome of each check and the printed summary.
 */
class TemplateSelfChecksTest {

  private static final Path TEMPLATE = Path.of("..", "student-template");
  private static final Path REFERENCE = Path.of("src", "main", "java", "neurons");

  @Test
  void onTheStubs_everyCheckIsSkippedAsNotWrittenYet_andTheSummarySaysSo() throws Exception {
    Run run = run(Map.of());

    assertThat(run.count("SUCCESSFUL")).isZero();
    assertThat(run.count("FAILED")).isZero();
    assertThat(run.results).hasSize(40);
    run.results.forEach((name, outcome) -> assertThat(outcome).as(name)
        .startsWith("ABORTED").contains("Question ").contains("is not written yet"));
    assertThat(run.summary()).containsExactly(
        "  1a     not written yet: LIFNeuron.slope()",
        "  1b     waits for LIFNeuron.slope() (question 1a), not written yet",
        "  2      not written yet: SpikingNetwork.simulate",
        "  3a     not written yet: Experiments.firingRateExperiment",
        "  3b     not written yet: Experiments.twoNeurons",
        "  3c     not written yet: Experiments.inhibition",
        "  3d     not written yet: Experiments.ringOscillator",
        "  4a     not written yet: Activations.reluDerivative",
        "  4b     not written yet: Activations.sigmoid, Activations.sigmoidDerivative, Activations.tanh,"
            + " Activations.tanhDerivative, Activations.relu",
        "  4c     not written yet: Activations.dfdx, Activations.dfdw, Activations.dfdb",
        "  plots  not written yet: Experiments.main",
        "",
        "Self-checks: 0 pass, 0 fail, 33 skipped.",
        "Figures of your results next to the course's: target/self-check/ (7 PNG files).",
        "The grader runs more checks than these (other networks, time steps and edge cases).");
    // In question order, one line for each part not written yet.
    assertThat(run.output).containsSubsequence("Question 1: LIFNeuron", "Question 2: SpikingNetwork.simulate",
        "Question 3: experiments", "Question 4: activation functions", "Plots: Experiments.main");
    assertThat(run.output).contains("  skip  2     not written yet: SpikingNetwork.simulate (4 checks)\n");
    assertThat(Path.of("target", "self-check", "3d-ring.png")).isNotEmptyFile();
  }

  @Test
  void withOneAAndOneBWritten_questionOnePasses_andTheRestIsNotWrittenYet() throws Exception {
    Run run = run(Map.of("LIFNeuron.java", reference("LIFNeuron.java")));

    assertThat(run.count("FAILED")).isZero();
    assertThat(run.summary()).startsWith(
        "  1a     all 2 pass",
        "  1b     all 10 pass",
        "  2      not written yet: SpikingNetwork.simulate");
    assertThat(run.output).contains("Self-checks: 12 pass, 0 fail, 21 skipped.")
        .contains("  figure      target/self-check/1b-neuron.png: your neuron, driven at 30 Hz, next to the course's\n");
  }

  @Test
  void aStepWithoutRefractoryPeriod_failsTheRefractoryChecksOnly_inTheCoursesWords() throws Exception {
    Run run = run(Map.of("LIFNeuron.java", studentNeuron("""
            s += dt * dsdt + weightedIncomingSpikes / tauS;
            double vPrev = v;
            v += dt * dvdt;
            if (v >= 1) {
              spikes.add(t + dt * (1 - vPrev) / (v - vPrev));
              v = 0;
            }
            vHistory.add(v);
            sHistory.add(s);
            weightedIncomingSpikes = 0;
            t += dt;
        """)));

    assertThat(run.failed()).containsExactly(
        "1b: during the refractory period v is held at 0 while s decays",
        "1b: in the step where the refractory period ends, v integrates only the rest of the step",
        "1b: a spike starts the refractory period (tauRef = 2 ms from the spike)",
        "1b: one step after a spike, v is still held at 0 (refractory)");
    assertThat(run.output)
        .contains("v after a step with 1.5 ms of refractory period left: expected 0, your code gave 0.025.\n")
        .contains("refractory time left at 0.302 s, after a spike at 0.30129 s: expected between 0.001 and 0.002 s,"
            + " your code gave 0 s.\n")
        .contains("v at 0.303 s, one step after the spike at 0.30129 s: expected 0, your code gave 0.06243.\n")
        .doesNotContain("Expecting").doesNotContain("E-").doesNotContain("being considered valid");
    assertThat(run.summary().get(1)).isEqualTo("  1b     6 of 10 pass; FAILS: during the refractory period v is held"
        + " at 0 while s decays; in the step where the refractory period ends, v integrates only the rest of the step;"
        + " a spike starts the refractory period (tauRef = 2 ms from the spike); one step after a spike, v is still held"
        + " at 0 (refractory)");
  }

  @Test
  void aSpikeTimeAtTheEndOfTheStep_failsOnlyTheInterpolationCheck_andSaysSo() throws Exception {
    String step = reference("LIFNeuron.java");
    String interpolated = "double tStar = t0 + h * (1 - vPrev) / (v - vPrev);";
    assertThat(step).contains(interpolated);
    Run run = run(Map.of("LIFNeuron.java", step.replace(interpolated, "double tStar = t + dt;")));

    assertThat(run.failed()).containsExactly("1b: the spike time is interpolated within the step: 0.30129 s");
    assertThat(run.output).contains("the spike time: expected 0.30129 s, your code gave 0.302 s.\n"
        + "              0.302 s is the end of the step. The spike happened where the straight line from v = 0.996"
        + " (at 0.301 s) to v = 1.0099 (at 0.302 s) crosses 1.\n");
  }

  @Test
  void aNeuronThatNeverSpikes_isChargedOnceForDetection_andTheSpikeChecksSayWhyTheyCannotJudge() throws Exception {
    Run run = run(Map.of("LIFNeuron.java", reference("LIFNeuron.java").replace("if (v >= 1) {", "if (v >= 2) {")));

    assertThat(run.failed()).containsExactly("1b: a spike is recorded when v reaches 1, and not before");
    assertThat(run.results.get("1b: the spike time is interpolated within the step: 0.30129 s"))
        .isEqualTo("ABORTED not judged: this step should record 1 spike and recorded 0 (see '1b: a spike is recorded"
            + " when v reaches 1')");
    assertThat(run.summary().get(1)).isEqualTo("  1b     5 of 10 pass; FAILS: a spike is recorded when v reaches 1, and"
        + " not before; 4 not judged until the failure above is fixed");
  }

  @Test
  void anEmptyNetworkOrANullResult_failsItsChecksPlainly_andTheFiguresStillDraw() throws Exception {
    String experiments = reference("Experiments.java");
    String twoNeurons = "public static SpikingNetwork twoNeurons() {";
    String inhibition = "public static SpikingNetwork inhibition() {";
    assertThat(experiments).contains(twoNeurons, inhibition);
    Map<String, String> written = new HashMap<>();
    for (String name : List.of("LIFNeuron.java", "SpikingNetwork.java")) {
      written.put(name, reference(name));
    }
    written.put("Experiments.java", experiments.replace(twoNeurons, twoNeurons + " if (true) return new SpikingNetwork();")
        .replace(inhibition, inhibition + " if (true) return null;"));
    Run run = run(written);

    assertThat(run.results.get("3b: two LIF neurons and an input, connected three times, simulated for at least 1 s"))
        .isEqualTo("FAILED neurons in the 3b network (A, B and the input): expected 3, your code gave 0.\nSee Fig. 1(b).");
    assertThat(run.results.get("3c: once C is active, A and B fall silent (no LIF spikes after 1.1 s)"))
        .isEqualTo("FAILED Experiments.inhibition() returned null.\nReturn what its javadoc says it returns.");
    assertThat(run.output)
        .contains("  figure      target/self-check/3b-two-neurons.png: your raster next to the course's\n")
        .contains("  figure      target/self-check/3c-inhibition.png: the course's only (yours: Experiments.inhibition() returned null)\n")
        .doesNotContain("not drawn");
  }

  @Test
  void withEverythingWritten_everyCheckPasses_andEveryFigureShowsYours() throws Exception {
    Map<String, String> all = new HashMap<>();
    for (String name : List.of("LIFNeuron.java", "SpikingNetwork.java", "Experiments.java", "Activations.java")) {
      all.put(name, reference(name));
    }
    Run run = run(all);

    assertThat(run.count("SUCCESSFUL")).isEqualTo(40);
    assertThat(run.output).contains("Self-checks: 33 pass, 0 fail, 0 skipped.")
        .contains("  ok    plots Experiments.main writes the plots of 3a-iii, 3b-ii, 3c-ii, 3d-iv and 4b (at least 5 PNG files)\n"
            + "              wrote 5 plots into target/self-check/your-plots/: 3a-firing-rate.png, 3b-two-neurons.png,"
            + " 3c-inhibition.png, 3d-ring.png, 4b-activations.png. Compare them with the figures of target/self-check/.\n")
        .doesNotContain("the course's only");
  }

  // ---- running the template's self-checks ------------------------------------------------------

  /** One run: each check's outcome by display name ("SUCCESSFUL", "FAILED message", "ABORTED reason") and the printed report. */
  private record Run(Map<String, String> results, String output) {
    long count(String status) {
      return results.values().stream().filter(o -> o.startsWith(status)).count();
    }

    List<String> failed() {
      return results.entrySet().stream().filter(e -> e.getValue().startsWith("FAILED")).map(Map.Entry::getKey).toList();
    }

    /** The summary's lines, after its header. */
    List<String> summary() {
      List<String> lines = output.lines().toList();
      int start = lines.indexOf("Summary");
      assertThat(start).as("the report has a summary:\n%s", output).isNotNegative();
      int end = lines.size();
      while (end > start && lines.get(end - 1).isEmpty()) {
        end--;
      }
      return lines.subList(start + 2, end);
    }
  }

  private static Run run(Map<String, String> written) throws Exception {
    Map<String, String> main = new TreeMap<>();
    for (Path file : javaFiles(TEMPLATE.resolve("src/main/java"))) {
      main.put(file.getFileName().toString(), Files.readString(file));
    }
    main.putAll(written);
    Map<String, byte[]> classes = compile(main, javaFiles(TEMPLATE.resolve("src/test/java")));
    ClassLoader loader = new ChildFirstLoader(classes, TemplateSelfChecksTest.class.getClassLoader());
    List<Class<?>> testClasses = new ArrayList<>();
    for (String name : classes.keySet()) {
      if (name.endsWith("SelfCheckTest")) {
        testClasses.add(loader.loadClass(name));
      }
    }
    assertThat(testClasses).hasSize(5);

    Properties settings = new Properties();
    settings.load(new StringReader(Files.readString(TEMPLATE.resolve("src/test/resources/junit-platform.properties"))));
    LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
        .selectors(testClasses.stream().map(c -> selectClass(c)).toList());
    settings.forEach((key, value) -> request.configurationParameter((String) key, (String) value));

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    TestExecutionListener summary = (TestExecutionListener) loader.loadClass("selfcheck.SelfCheckSummary")
        .getConstructor(PrintStream.class).newInstance(out);
    Map<String, String> results = new LinkedHashMap<>();
    TestExecutionListener outcomes = new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (id.isTest()) {
          String message = result.getThrowable().map(Throwable::getMessage).orElse(null);
          results.put(id.getDisplayName(), result.getStatus() + (message == null ? "" : " " + message));
        }
      }
    };
    Launcher launcher = LauncherFactory.create();
    launcher.execute(request.build(), summary, outcomes);
    return new Run(results, printed.toString(StandardCharsets.UTF_8));
  }

  private static String reference(String name) throws IOException {
    return Files.readString(REFERENCE.resolve(name));
  }

  /** The template's LIFNeuron with 1a written as the course does and 1b's stub replaced by {@code step}. */
  private static String studentNeuron(String step) throws IOException {
    String template = Files.readString(TEMPLATE.resolve("src/main/java/neurons/LIFNeuron.java"));
    String slopeStub = "throw new UnsupportedOperationException(\"Question 1a: LIFNeuron.slope() is not written yet\");";
    String stepStub = "throw new UnsupportedOperationException(\"Question 1b: LIFNeuron.step(dt) is not written yet\");";
    assertThat(template).contains(slopeStub, stepStub);
    return template.replace(slopeStub, "dvdt = (s - v) / tauM; dsdt = -s / tauS;").replace(stepStub, step);
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static Map<String, byte[]> compile(Map<String, String> main, List<Path> tests) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
    Map<String, ByteArrayOutputStream> out = new HashMap<>();
    JavaFileManager memory = new ForwardingJavaFileManager<>(standard) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
          @Override
          public OutputStream openOutputStream() {
            return out.computeIfAbsent(className, k -> new ByteArrayOutputStream());
          }
        };
      }
    };
    List<JavaFileObject> units = new ArrayList<>();
    main.forEach((name, text) -> units.add(new SimpleJavaFileObject(URI.create("string:///neurons/" + name), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    }));
    standard.getJavaFileObjectsFromPaths(tests).forEach(units::add);
    String classPath = String.join(java.io.File.pathSeparator,
        location(Test.class), location(JFreeChart.class), location(org.apiguardian.api.API.class),
        location(org.opentest4j.AssertionFailedError.class), location(TestExecutionListener.class),
        location(TestExecutionResult.class), location(org.junit.platform.commons.util.Preconditions.class));
    boolean ok = javac.getTask(null, memory, diagnostics, List.of("-classpath", classPath, "-proc:none"), null, units).call();
    assertThat(ok).as("template compiles: %s", diagnostics.getDiagnostics()).isTrue();
    Map<String, byte[]> classes = new HashMap<>();
    out.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
    return classes;
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Loads the compiled template classes in preference to the reference's on the class path. */
  private static final class ChildFirstLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    ChildFirstLoader(Map<String, byte[]> classes, ClassLoader parent) {
      super(parent);
      this.classes = classes;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null && classes.containsKey(name)) {
          byte[] bytes = classes.get(name);
          loaded = defineClass(name, bytes, 0, bytes.length);
        }
        return loaded != null ? loaded : super.loadClass(name, resolve);
      }
    }
  }
}
