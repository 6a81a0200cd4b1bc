package neurograde.compile;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.Diagnostic.Kind;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import neurograde.internal.Suggestion;
import neurograde.score.Diagnostic;
import neurograde.submission.SourceFile;

/**
 * Compiles a submission in memory against the trusted provided classes.
 *
 * <p>A submission that partly compiles is graded on what works: a written class (LIFNeuron,
 * SpikingNetwork, Experiments, Activations) that is missing or does not compile is replaced by the
 * template's stub, whose methods throw, so only the marks that depend on it are lost. A helper file
 * that does not compile is left out. Compiling repeats until what is left compiles. The student's
 * copies of the provided classes are ignored: the course's are used.
 *
 * <p>One compiler serves a thread at a time; give each grading thread its own.
 */
public final class SubmissionCompiler {

  private static final int MAX_ROUNDS = 8;
  private static final int MAX_ERRORS_PER_FILE = 10;
  private static final List<String> OPTIONS =
      List.of(
          "--release",
          "17",
          "-proc:none",
          "-g",
          "-nowarn",
          "-Xlint:none",
          "-implicit:none",
          "-encoding",
          "UTF-8");

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private StandardJavaFileManager platform;
  private final TrustedClassPath trusted = TrustedClassPath.get();

  public SubmissionCompiler() {
    if (javac == null) {
      throw new IllegalStateException("no Java compiler: run the grader on a JDK, not a JRE");
    }
    platform = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
  }

  /** Compiles the sources of package {@code neurons} of one submission. */
  public CompileResult compile(List<SourceFile> sources) {
    long start = System.nanoTime();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, Unit> units = new LinkedHashMap<>();
    Map<String, String> substituted = new TreeMap<>();
    for (SourceFile source : sources) {
      String name = source.className();
      if (CourseClasses.PROVIDED.contains(name)) {
        if (!sameText(source.text(), TemplateSources.of(name))) {
          diagnostics.add(
              Diagnostic.at(
                  "input",
                  source.path(),
                  null,
                  source.path()
                      + " differs from the course's copy, which was used instead: changes to the provided classes have no effect"));
        }
      } else if (source.text().isBlank()) {
        diagnostics.add(Diagnostic.at("missing", source.path(), null, source.path() + " is empty"));
      } else {
        units.put(name, new Unit(source.path(), source.text(), false));
      }
    }
    for (String written : CourseClasses.WRITTEN) {
      if (!units.containsKey(written)) {
        units.put(written, template(written));
        substituted.put(written, "missing");
        diagnostics.add(
            Diagnostic.of(
                "missing",
                written
                    + ".java is missing from the submission"
                    + suggestion(written, units.keySet())
                    + "; its questions were graded as not answered"));
      }
    }

    Map<String, byte[]> classes = null;
    int maxRounds = units.size() + MAX_ROUNDS;
    for (int round = 1; round <= maxRounds && classes == null; round++) {
      Attempt attempt;
      try {
        attempt = attemptWithinLimits(units);
      } catch (RuntimeException | StackOverflowError e) {
        // javac itself failed on this input (deeply nested code can overflow its stack)
        diagnostics.add(
            Diagnostic.of(
                "compile",
                (e instanceof CompileWatchdog.Stopped stopped
                        ? stopped.getMessage()
                        : "the Java compiler failed on this submission ("
                            + e.getClass().getSimpleName()
                            + ")")
                    + "; every written class was replaced by the template"));
        CourseClasses.WRITTEN.forEach(
            w -> {
              units.put(w, template(w));
              substituted.putIfAbsent(w, "did not compile");
            });
        units.values().removeIf(u -> !u.template);
        attempt = attempt(units);
      }
      if (attempt.errorsByFile.isEmpty()) {
        classes = attempt.classes;
        break;
      }
      boolean templateFailed = false;
      for (Map.Entry<String, List<javax.tools.Diagnostic<? extends JavaFileObject>>> failed :
          attempt.errorsByFile.entrySet()) {
        String className = failed.getKey();
        Unit unit = units.get(className);
        if (unit.template) {
          templateFailed = true;
          continue;
        }
        report(unit.path, failed.getValue(), round, diagnostics);
        if (!unit.salvaged) {
          List<Long> positions =
              failed.getValue().stream().map(javax.tools.Diagnostic::getPosition).toList();
          String first =
              failed.getValue().get(0).getMessage(Locale.ROOT).lines().findFirst().orElse("error");
          var salvaged = salvage(unit, positions, first);
          if (salvaged.isPresent()) {
            units.put(className, new Unit(unit.path, salvaged.get().text(), false, true));
            diagnostics.add(
                Diagnostic.at(
                    "compile",
                    unit.path,
                    null,
                    String.join(", ", salvaged.get().methods())
                        + (salvaged.get().methods().size() == 1 ? " was" : " were")
                        + " left out because of the errors above; the rest of "
                        + unit.path
                        + " was graded"));
            continue;
          }
        }
        if (CourseClasses.WRITTEN.contains(className)) {
          units.put(className, template(className));
          substituted.put(className, "did not compile");
        } else {
          units.remove(className);
        }
      }
      if (templateFailed) {
        // a helper clashes with a template class (declares a class of the same name, say): drop the
        // helpers
        List<String> helpers =
            units.entrySet().stream()
                .filter(e -> !e.getValue().template && !CourseClasses.WRITTEN.contains(e.getKey()))
                .map(Map.Entry::getKey)
                .toList();
        if (helpers.isEmpty()) {
          throw new IllegalStateException("the template does not compile: " + attempt.errorsByFile);
        }
        for (String helper : helpers) {
          diagnostics.add(
              Diagnostic.at(
                  "compile",
                  units.get(helper).path,
                  null,
                  units.get(helper).path + " was left out: it clashes with a class of the course"));
          units.remove(helper);
        }
      }
    }
    if (classes == null) {
      throw new IllegalStateException(
          "the submission still did not compile after " + maxRounds + " rounds");
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    return new CompileResult(classes, substituted, diagnostics, ms);
  }

  /**
   * Stubs the broken methods of a file, on the watchdog's thread: its large stack makes deeply
   * nested code parse the same way every time, rather than as the grading thread's stack allows.
   */
  private Optional<MethodSalvage.Salvaged> salvage(Unit unit, List<Long> positions, String first) {
    try {
      return CompileWatchdog.run(
          () -> MethodSalvage.stub(javac, platform, unit.path, unit.text, positions, first));
    } catch (CompileWatchdog.Stopped e) {
      platform = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
      return Optional.empty();
    }
  }

  /** Compiles within the watchdog's limits; a stopped compile gets a fresh file manager. */
  private Attempt attemptWithinLimits(Map<String, Unit> units) {
    try {
      return CompileWatchdog.run(() -> attempt(units));
    } catch (CompileWatchdog.Stopped e) {
      platform = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
      throw e;
    }
  }

  private Attempt attempt(Map<String, Unit> units) {
    List<JavaFileObject> files = new ArrayList<>();
    Map<String, String> classOfPath = new LinkedHashMap<>();
    units.forEach(
        (className, unit) -> {
          files.add(new MemorySource(unit.path, unit.text));
          classOfPath.put(unit.path, className);
        });
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    MemoryFileManager manager = new MemoryFileManager(platform, trusted);
    // javac prints its own crashes (a ThreadDeath when stopped) here; diagnostics come separately
    boolean ok =
        javac
            .getTask(new PrintWriter(Writer.nullWriter()), manager, collector, OPTIONS, null, files)
            .call();
    Map<String, List<javax.tools.Diagnostic<? extends JavaFileObject>>> errors =
        new LinkedHashMap<>();
    for (javax.tools.Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
      if (d.getKind() == Kind.ERROR) {
        String className =
            d.getSource() instanceof MemorySource source ? classOfPath.get(source.path()) : null;
        if (className == null) {
          // an error with no file (a bad option, say) is the grader's
          throw new IllegalStateException(
              "compiler error without a file: " + d.getMessage(Locale.ROOT));
        }
        errors.computeIfAbsent(className, k -> new ArrayList<>()).add(d);
      }
    }
    if (!ok && errors.isEmpty()) {
      throw new IllegalStateException("the compiler failed without reporting an error");
    }
    return new Attempt(errors, ok ? manager.takeOutput() : Map.of());
  }

  private static void report(
      String path,
      List<javax.tools.Diagnostic<? extends JavaFileObject>> errors,
      int round,
      List<Diagnostic> out) {
    int shown = 0;
    for (javax.tools.Diagnostic<? extends JavaFileObject> error : errors) {
      if (shown++ == MAX_ERRORS_PER_FILE) {
        out.add(
            Diagnostic.at(
                "compile",
                path,
                null,
                (errors.size() - MAX_ERRORS_PER_FILE) + " more errors in " + path));
        break;
      }
      // javac's first line says what ("cannot find symbol"); the next say which ("symbol: method
      // f(int)")
      String message =
          String.join(
              "; ",
              error
                  .getMessage(Locale.ROOT)
                  .lines()
                  .map(String::strip)
                  .filter(l -> !l.isEmpty())
                  .limit(3)
                  .toList());
      if (round > 1) {
        message = message + " (after the files that did not compile were left out)";
      }
      Integer line = error.getLineNumber() > 0 ? (int) error.getLineNumber() : null;
      out.add(Diagnostic.at("compile", path, line, message));
    }
  }

  /** Compares two sources ignoring line endings and trailing spaces. */
  private static boolean sameText(String a, String b) {
    return normalize(a).equals(normalize(b));
  }

  private static String normalize(String text) {
    return text.replace("\r\n", "\n").replaceAll("[ \t]+\n", "\n").strip();
  }

  private static Unit template(String className) {
    return new Unit("(template)/" + className + ".java", TemplateSources.of(className), true);
  }

  /**
   * Suggests a submitted class whose name is close to a missing one, such as LifNeuron for
   * LIFNeuron.
   */
  private static String suggestion(String missing, Set<String> present) {
    for (String name : new LinkedHashSet<>(present)) {
      if (!name.equals(missing)
          && (name.equalsIgnoreCase(missing)
              || Suggestion.distance(
                      name.toLowerCase(Locale.ROOT), missing.toLowerCase(Locale.ROOT))
                  <= 2)) {
        return " (found " + name + ".java: the class must be named " + missing + ")";
      }
    }
    return "";
  }

  /**
   * A file to compile.
   *
   * @param salvaged whether its broken methods were already stubbed out (it is not salvaged twice)
   */
  private record Unit(String path, String text, boolean template, boolean salvaged) {

    Unit(String path, String text, boolean template) {
      this(path, text, template, false);
    }
  }

  private record Attempt(
      Map<String, List<javax.tools.Diagnostic<? extends JavaFileObject>>> errorsByFile,
      Map<String, byte[]> classes) {}
}
