package neurograde.compile;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
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

  /**
   * Rounds of leaving out what does not compile before every helper file is left out: a real
   * submission needs two or three, while chains of helpers that break one another once took dozens,
   * each compiling every file again.
   */
  private static final int MAX_ROUNDS = 6;

  /**
   * Rounds left once only the written classes remain: each may be salvaged, then replaced by the
   * template.
   */
  private static final int LAST_RESORT_ROUNDS = 4;

  private static final int MAX_ERRORS_PER_FILE = 10;

  /** javac's codes for a class declared where another file declares it too. */
  private static final Set<String> CLASH =
      Set.of("compiler.err.duplicate.class", "compiler.err.class.public.should.be.in.file");

  /** Most errors in a file whose methods are salvaged; more mean the file is broken throughout. */
  private static final int MAX_SALVAGED_ERRORS = 200;

  /** Most salvages for one submission: its four written files and a few helpers. */
  private static final int MAX_SALVAGES = 20;

  /** Most compile diagnostics kept for one submission. */
  private static final int MAX_DIAGNOSTICS = 100;

  /** Most helper files named in one diagnostic. */
  private static final int MAX_NAMED_FILES = 10;

  /**
   * javac's options on a JDK of the given version. Students write Java 17: a later JDK compiles
   * with {@code --release 17}; JDK 17 itself compiles against its own API, the same, since {@code
   * --release} makes javac read the JDK's {@code ct.sym} again for every compile (12 ms of about
   * 70).
   */
  static List<String> options(int jdk) {
    List<String> options = new ArrayList<>();
    if (jdk != 17) {
      options.addAll(List.of("--release", "17"));
    }
    options.addAll(COMMON_OPTIONS);
    return List.copyOf(options);
  }

  private static final List<String> COMMON_OPTIONS =
      List.of(
          "-proc:none",
          "-g",
          "-nowarn",
          "-Xlint:none",
          "-implicit:none",
          "-encoding",
          "UTF-8",
          // every error of every file in one round, not javac's first 100
          "-Xmaxerrs",
          "100000");

  private static final List<String> OPTIONS = options(Runtime.version().feature());

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private StandardJavaFileManager platform;

  /** The context compiles reuse, with the one file manager its tasks must share; or null. */
  private volatile Reuse reuse;

  private record Reuse(ReusedJavac javac, MemoryFileManager files) {}

  /**
   * Whether the rest of this submission's compiles are fresh: one was compiled again afresh, and
   * its later rounds (salvages of the same sources) would be too, at twice the cost.
   */
  private boolean fresh;

  private final TrustedClassPath trusted = TrustedClassPath.get();

  public SubmissionCompiler() {
    if (javac == null) {
      throw new IllegalStateException("no Java compiler: run the grader on a JDK, not a JRE");
    }
    platform = newFileManager();
    reuse = newReuse();
  }

  /** Compiles the sources of package {@code neurons} of one submission. */
  public CompileResult compile(List<SourceFile> sources) {
    long start = System.nanoTime();
    fresh = false;
    List<Diagnostic> diagnostics = new ArrayList<>();
    CompileWatchdog.Budget budget = new CompileWatchdog.Budget();
    int salvages = 0;
    Map<String, SourceUnit> units = new LinkedHashMap<>();
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
        units.put(name, new SourceUnit(source.path(), name, source.text(), false));
      }
    }
    renameFiles(units, diagnostics, budget);
    Set<String> undeclared = new HashSet<>();
    for (String written : CourseClasses.WRITTEN) {
      SourceUnit unit = units.get(written);
      if (unit != null
          && !TopLevelClasses.mayDeclare(unit.text(), written)
          && !declares(unit, written, budget)) {
        units.remove(written);
        units.put(unit.path(), unit);
        diagnostics.add(undeclared(unit, written));
        undeclared.add(written);
      }
    }
    for (String written : CourseClasses.WRITTEN) {
      if (!units.containsKey(written)) {
        units.put(written, template(written));
        substituted.put(written, "missing");
        if (undeclared.contains(written)) {
          continue;
        }
        diagnostics.add(
            Diagnostic.of(
                "missing",
                written
                    + ".java is missing from the submission"
                    + suggestion(written, units.keySet())
                    + "; its questions were graded as not answered"));
      }
    }

    if (units.values().stream()
        .anyMatch(u -> !u.template() && TopLevelClasses.mayDeclareProvided(u.text()))) {
      leaveOutDuplicates(units, diagnostics, budget);
    }
    Map<String, byte[]> classes = null;
    boolean lastResort = false;
    for (int round = 1; classes == null; round++) {
      if (round > MAX_ROUNDS + LAST_RESORT_ROUNDS) {
        // only the written classes are left, each salvaged and then replaced by the template:
        // the template itself must not compile, which is a bug of ours
        throw new IllegalStateException(
            "the submission still did not compile after " + (round - 1) + " rounds");
      }
      if (round > MAX_ROUNDS && !lastResort) {
        lastResort = true;
        leaveOutHelpers(
            units,
            diagnostics,
            "they still did not compile after "
                + MAX_ROUNDS
                + " rounds of leaving out what did not compile");
      }
      Attempt attempt;
      try {
        attempt = attemptWithinLimits(units, budget);
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
        units.values().removeIf(u -> !u.template());
        attempt = attempt(units, null);
      }
      if (attempt.errorsByFile.isEmpty()
          && declaresEveryWrittenClass(attempt, units, substituted, diagnostics)) {
        // a student's own copy of a provided class compiles, but the course's copy is the one run
        if (attempt.classes.keySet().stream().noneMatch(CourseClasses::isProvided)
            || !leaveOutDuplicates(units, diagnostics, budget)) {
          classes = attempt.classes;
        }
        continue;
      }
      if (attempt.errorsByFile.isEmpty()) {
        continue;
      }
      boolean clash =
          attempt.errorsByFile.entrySet().stream()
              .anyMatch(
                  e ->
                      units.get(e.getKey()).template()
                          || e.getValue().stream().anyMatch(d -> CLASH.contains(d.getCode())));
      if (clash && leaveOutDuplicates(units, diagnostics, budget)) {
        continue;
      }
      boolean templateFailed = false;
      for (Map.Entry<String, List<javax.tools.Diagnostic<? extends JavaFileObject>>> failed :
          attempt.errorsByFile.entrySet()) {
        String className = failed.getKey();
        SourceUnit unit = units.get(className);
        if (unit.template()) {
          templateFailed = true;
          continue;
        }
        report(unit.path(), failed.getValue(), round, diagnostics);
        // a file with hundreds of errors is not one broken method; and salvages are few per
        // submission, so that thousands of broken files cannot each take the watchdog's limit
        if (!unit.salvaged()
            && failed.getValue().size() <= MAX_SALVAGED_ERRORS
            && salvages++ < MAX_SALVAGES) {
          List<Long> positions =
              failed.getValue().stream().map(javax.tools.Diagnostic::getPosition).toList();
          String first =
              failed.getValue().get(0).getMessage(Locale.ROOT).lines().findFirst().orElse("error");
          var salvaged = salvage(unit, positions, first, budget);
          if (salvaged.isPresent()) {
            units.put(className, unit.salvagedAs(salvaged.get().text()));
            diagnostics.add(
                Diagnostic.at(
                    "compile",
                    unit.path(),
                    null,
                    String.join(", ", salvaged.get().methods())
                        + (salvaged.get().methods().size() == 1 ? " was" : " were")
                        + " left out because of the errors above; the rest of "
                        + unit.path()
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
        // a student file clashes with a template class in a way the duplicate check did not see:
        // leave the helpers out, and failing that replace every written class by the template
        if (!leaveOutHelpers(units, diagnostics, "they clash with a class of the course")) {
          for (String written : CourseClasses.WRITTEN) {
            if (!units.get(written).template()) {
              diagnostics.add(
                  Diagnostic.at(
                      "compile",
                      units.get(written).path(),
                      null,
                      units.get(written).path()
                          + " was replaced by the template: it clashes with a class of the course"));
              units.put(written, template(written));
              substituted.put(written, "did not compile");
            }
          }
        }
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    return new CompileResult(classes, substituted, capped(diagnostics), ms);
  }

  /**
   * Checks that each written class's file declares it: {@code class activations} in
   * Activations.java compiles, and the class would then be silently absent. Such a file is kept as
   * a helper and the class graded as missing; returns whether every written class was declared.
   */
  private static boolean declaresEveryWrittenClass(
      Attempt attempt,
      Map<String, SourceUnit> units,
      Map<String, String> substituted,
      List<Diagnostic> diagnostics) {
    boolean all = true;
    for (String written : CourseClasses.WRITTEN) {
      if (attempt.classes.containsKey(CourseClasses.PACKAGE + "." + written)) {
        continue;
      }
      all = false;
      SourceUnit unit = units.remove(written);
      if (unit != null && !unit.template()) {
        units.put(unit.path(), unit);
        diagnostics.add(undeclared(unit, written));
      }
      units.put(written, template(written));
      substituted.put(written, "missing");
    }
    return all;
  }

  private static Diagnostic undeclared(SourceUnit unit, String written) {
    return Diagnostic.at(
        "missing",
        unit.path(),
        null,
        unit.path()
            + " declares no class named "
            + written
            + " (check the spelling and case of its class declaration); the questions of "
            + written
            + " were graded as not answered");
  }

  /** Whether a file declares a class, parsed on the watchdog's thread. */
  private boolean declares(SourceUnit unit, String name, CompileWatchdog.Budget budget) {
    return watchedOr(() -> TopLevelClasses.declares(javac, platform, unit, name), budget, true);
  }

  /**
   * Leaves out top-level classes declared twice, on the watchdog's thread; returns whether any was.
   */
  private boolean leaveOutDuplicates(
      Map<String, SourceUnit> units, List<Diagnostic> diagnostics, CompileWatchdog.Budget budget) {
    List<Diagnostic> found =
        watchedOr(
            () -> TopLevelClasses.leaveOutDuplicates(javac, platform, units), budget, List.of());
    diagnostics.addAll(found);
    return !found.isEmpty();
  }

  /** Compiles renamed files as the class they declare, on the watchdog's thread. */
  private void renameFiles(
      Map<String, SourceUnit> units, List<Diagnostic> diagnostics, CompileWatchdog.Budget budget) {
    diagnostics.addAll(
        watchedOr(() -> TopLevelClasses.rename(javac, platform, units), budget, List.of()));
  }

  /**
   * Leaves out every helper file (a file that is not one of the written classes), with one
   * diagnostic; returns whether there was any.
   */
  private static boolean leaveOutHelpers(
      Map<String, SourceUnit> units, List<Diagnostic> diagnostics, String why) {
    List<String> helpers =
        units.entrySet().stream()
            .filter(e -> !e.getValue().template() && !CourseClasses.WRITTEN.contains(e.getKey()))
            .map(e -> e.getValue().path())
            .sorted()
            .toList();
    if (helpers.isEmpty()) {
      return false;
    }
    units
        .entrySet()
        .removeIf(e -> !e.getValue().template() && !CourseClasses.WRITTEN.contains(e.getKey()));
    String shown =
        String.join(", ", helpers.subList(0, Math.min(helpers.size(), MAX_NAMED_FILES)))
            + (helpers.size() > MAX_NAMED_FILES
                ? " and " + (helpers.size() - MAX_NAMED_FILES) + " more"
                : "");
    diagnostics.add(
        Diagnostic.of(
            "compile",
            (helpers.size() == 1 ? "the helper file " : helpers.size() + " helper files (")
                + shown
                + (helpers.size() == 1 ? " was" : ") were")
                + " left out: "
                + why));
    return true;
  }

  /** Keeps the first compile diagnostics, and says how many more there were. */
  private static List<Diagnostic> capped(List<Diagnostic> diagnostics) {
    if (diagnostics.size() <= MAX_DIAGNOSTICS) {
      return diagnostics;
    }
    List<Diagnostic> kept = new ArrayList<>(diagnostics.subList(0, MAX_DIAGNOSTICS - 1));
    kept.add(
        Diagnostic.of(
            "compile",
            (diagnostics.size() - kept.size())
                + " more compile diagnostics were left out of this report"));
    return kept;
  }

  /**
   * Stubs the broken methods of a file, on the watchdog's thread: its large stack makes deeply
   * nested code parse the same way every time, rather than as the grading thread's stack allows.
   */
  private Optional<MethodSalvage.Salvaged> salvage(
      SourceUnit unit, List<Long> positions, String first, CompileWatchdog.Budget budget) {
    return watchedOr(
        () -> MethodSalvage.stub(javac, platform, unit.path(), unit.text(), positions, first),
        budget,
        Optional.empty());
  }

  /**
   * Compiles within the watchdog's limits: in the reused context where its result can be trusted,
   * else afresh. A compile in the reused context that fails, crashes or declares a class of the
   * course's (with a comment between {@code class} and the name, which the text check before
   * compiling misses) may have met, or left, state a fresh compiler would not have: it is compiled
   * again afresh, at no cost to the budget, and the context is not used again. So a submission
   * compiles alone as in a batch, and as a fresh compiler compiles it.
   */
  private Attempt attemptWithinLimits(
      Map<String, SourceUnit> units, CompileWatchdog.Budget budget) {
    Reuse reused = !fresh && reusable(units.values()) ? reuse : null;
    if (reused != null) {
      CompileWatchdog.Budget trial = budget.copy();
      Attempt attempt;
      try {
        attempt = watched(() -> attempt(units, reused), trial);
      } catch (CompileWatchdog.Stopped e) {
        budget.adopt(trial);
        throw e;
      }
      if (attempt != null) {
        budget.adopt(trial);
        return attempt;
      }
      discard(reused);
      fresh = true;
    }
    return watched(() -> attempt(units, null), budget);
  }

  /**
   * Runs a javac task on the watchdog's thread; a stopped one leaves this compiler a fresh file
   * manager, as the stopped task may have left the old one in any state.
   *
   * @throws CompileWatchdog.Stopped if it was stopped
   */
  private <T> T watched(Supplier<T> task, CompileWatchdog.Budget budget) {
    try {
      return CompileWatchdog.run(task, budget);
    } catch (CompileWatchdog.Stopped e) {
      platform = newFileManager();
      reuse = newReuse();
      throw e;
    }
  }

  /** As {@link #watched}, with what to go on with if the task was stopped. */
  private <T> T watchedOr(Supplier<T> task, CompileWatchdog.Budget budget, T ifStopped) {
    try {
      return watched(task, budget);
    } catch (CompileWatchdog.Stopped e) {
      return ifStopped;
    }
  }

  private StandardJavaFileManager newFileManager() {
    return javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
  }

  /**
   * Whether sources may be compiled in the reused context. Not where they contain '$' (or a Unicode
   * escape, which may spell one): a class named like a nested class of the course's, {@code
   * InputNeuron$SpikeList}, would meet that class's symbol as a previous compile left it, where a
   * fresh compiler meets it unread, and could compile differently alone and in a batch.
   */
  private static boolean reusable(java.util.Collection<SourceUnit> units) {
    for (SourceUnit unit : units) {
      if (unit.text().indexOf('$') >= 0 || unit.text().contains("\\u")) {
        return false;
      }
    }
    return true;
  }

  /** Stops reusing a context: the next compile that may reuse one gets a fresh one. */
  private void discard(Reuse reused) {
    if (reused != null && reuse == reused) {
      reuse = newReuse();
    }
  }

  private Reuse newReuse() {
    return ReusedJavac.create()
        .map(reused -> new Reuse(reused, new MemoryFileManager(platform, trusted)))
        .orElse(null);
  }

  /**
   * Compiles the units, in {@code reused}'s context or (if null) a fresh one; returns null where a
   * compile in the reused context is not to be trusted (see {@link #attemptWithinLimits}).
   */
  private Attempt attempt(Map<String, SourceUnit> units, Reuse reused) {
    List<JavaFileObject> files = new ArrayList<>();
    Map<String, String> classOfPath = new LinkedHashMap<>();
    units.forEach(
        (className, unit) -> {
          files.add(unit.source());
          classOfPath.put(unit.path(), className);
        });
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    MemoryFileManager manager =
        reused == null ? new MemoryFileManager(platform, trusted) : reused.files();
    manager.takeOutput(); // what a compile before this one wrote
    // javac prints its own crashes (a ThreadDeath when stopped) here; diagnostics come separately
    PrintWriter crashes = new PrintWriter(Writer.nullWriter());
    boolean ok;
    if (reused == null) {
      ok = javac.getTask(crashes, manager, collector, OPTIONS, null, files).call();
    } else {
      try {
        ok = reused.javac().call(crashes, manager, collector, OPTIONS, files);
      } catch (RuntimeException e) {
        return null;
      }
      if (!ok) {
        return null; // errors, or a crash javac reported as one
      }
      Map<String, byte[]> output = manager.takeOutput();
      if (output.keySet().stream().anyMatch(CourseClasses::isProvided)) {
        return null;
      }
      if (output.keySet().stream().anyMatch(name -> name.indexOf('$') >= 0)) {
        // javac's cleanup between tasks misses nested, local and anonymous classes (an attacker's
        // finding): their symbols, a sealed interface's permitted subclasses with them, would meet
        // the next compile. This one met none, so its result stands; the next gets a fresh context.
        discard(reused);
      }
      return new Attempt(Map.of(), output);
    }
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

  /**
   * Drops trailing spaces and tabs from every line, in one pass: a regular expression took
   * quadratic time on a line of a million spaces.
   */
  static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue;
      }
      if (c == '\n') {
        int end = out.length();
        while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
          end--;
        }
        out.setLength(end);
      }
      out.append(c);
    }
    return out.toString().strip();
  }

  private static SourceUnit template(String className) {
    return new SourceUnit(
        "(template)/" + className + ".java", className, TemplateSources.of(className), true);
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

  private record Attempt(
      Map<String, List<javax.tools.Diagnostic<? extends JavaFileObject>>> errorsByFile,
      Map<String, byte[]> classes) {}
}
