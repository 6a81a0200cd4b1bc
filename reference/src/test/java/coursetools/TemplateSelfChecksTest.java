package coursetools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.assertj.core.api.Assertions;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The template's public self-checks fail on the template's stubs, each pointing at its question.
 * (They pass on the reference: the reference module runs them as its own tests.)
 */
class TemplateSelfChecksTest {

  private static final Path TEMPLATE = Path.of("..", "student-template", "src");

  @Test
  void everySelfCheck_failsOnTheStubsWithTheQuestionNumber() throws Exception {
    Map<String, byte[]> classes = compile(sources(TEMPLATE.resolve("main/java")), sources(TEMPLATE.resolve("test/java")));
    ClassLoader loader = new ChildFirstLoader(classes, getClass().getClassLoader());
    List<Class<?>> testClasses = new ArrayList<>();
    for (String name : classes.keySet()) {
      if (name.endsWith("SelfCheckTest")) {
        testClasses.add(loader.loadClass(name));
      }
    }
    assertThat(testClasses).hasSize(4);

    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(testClasses.stream().map(c -> selectClass(c)).toList())
        .build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    launcher.execute(request, summary);
    TestExecutionSummary result = summary.getSummary();

    assertThat(result.getTestsFoundCount()).isEqualTo(14);
    assertThat(result.getTestsFailedCount()).as("self-checks failing on the template").isEqualTo(result.getTestsFoundCount());
    for (TestExecutionSummary.Failure failure : result.getFailures()) {
      Throwable cause = failure.getException();
      assertThat(cause).as(failure.getTestIdentifier().getDisplayName()).isInstanceOf(UnsupportedOperationException.class);
      assertThat(cause.getMessage()).startsWith("Question ").contains("is not written yet");
    }
  }

  private static List<Path> sources(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }

  private static Map<String, byte[]> compile(List<Path> main, List<Path> tests) {
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
    List<Path> all = new ArrayList<>(main);
    all.addAll(tests);
    String classPath = String.join(java.io.File.pathSeparator,
        location(Test.class), location(Assertions.class), location(JFreeChart.class),
        location(org.apiguardian.api.API.class), location(org.opentest4j.AssertionFailedError.class),
        location(org.junit.jupiter.api.DisplayName.class));
    boolean ok = javac.getTask(null, memory, diagnostics, List.of("-classpath", classPath, "-proc:none"), null,
        standard.getJavaFileObjectsFromPaths(all)).call();
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
