package neurograde.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import neurograde.compile.CompileResult;
import neurograde.compile.SubmissionCompiler;
import neurograde.hidden.checks.HiddenChecks;
import neurograde.testing.EditedSubmission;
import neurograde.testing.MemoryLoader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BytecodeScreenTest {

  /** The entry points of the real checks, built as SubmissionGrader builds them. */
  private static final List<EntryPoints> CHECKS =
      HiddenChecks.checks().stream()
          .map(c -> new EntryPoints(c.id(), c.uses(), c.layer().fromReference()))
          .toList();

  private static final EditedSubmission REFERENCE = EditedSubmission.reference();
  private static final SubmissionCompiler COMPILER = new SubmissionCompiler();

  /** Where code is inserted into LIFNeuron.step: after its last statement. */
  private static final String STEP_END = "t += dt;";

  private static ScreenResult screen(EditedSubmission submission) {
    CompileResult compiled = COMPILER.compile(submission.sources());
    assertThat(compiled.diagnostics()).as("the attacker submission compiles").isEmpty();
    return BytecodeScreen.screen(compiled.classes(), CHECKS);
  }

  private static EditedSubmission inStep(String code) {
    return REFERENCE.insertAfter("LIFNeuron", STEP_END, "    " + code);
  }

  /** Returns the ids of the real checks whose id starts with one of the prefixes. */
  private static Set<String> checks(String... prefixes) {
    return CHECKS.stream()
        .map(EntryPoints::checkId)
        .filter(id -> Arrays.stream(prefixes).anyMatch(id::startsWith))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Violation stepViolation(int line, String what, String why) {
    return new Violation(
        "neurons.LIFNeuron", "step", "(D)V", "LIFNeuron.java", line, what, why, true);
  }

  /**
   * A class whose static method {@code huge()} makes a {@code new Random()} and then has {@code
   * nops} bytes of no-ops: javac would refuse a method this size, but a class file can hold it.
   */
  private static byte[] classWithAHugeMethod(String name, int nops) {
    org.objectweb.asm.ClassWriter writer = new org.objectweb.asm.ClassWriter(0);
    writer.visit(
        org.objectweb.asm.Opcodes.V17,
        org.objectweb.asm.Opcodes.ACC_FINAL,
        name,
        null,
        "java/lang/Object",
        null);
    org.objectweb.asm.MethodVisitor huge =
        writer.visitMethod(org.objectweb.asm.Opcodes.ACC_STATIC, "huge", "()V", null, null);
    huge.visitCode();
    huge.visitTypeInsn(org.objectweb.asm.Opcodes.NEW, "java/util/Random");
    huge.visitInsn(org.objectweb.asm.Opcodes.DUP);
    huge.visitMethodInsn(
        org.objectweb.asm.Opcodes.INVOKESPECIAL, "java/util/Random", "<init>", "()V", false);
    huge.visitInsn(org.objectweb.asm.Opcodes.POP);
    for (int i = 0; i < nops; i++) {
      huge.visitInsn(org.objectweb.asm.Opcodes.NOP);
    }
    huge.visitInsn(org.objectweb.asm.Opcodes.RETURN);
    huge.visitMaxs(2, 0);
    huge.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }

  @Test
  void methodThatSeedingWouldMakeTooLarge_isQuarantinedInsteadOfFailingTheGrader() {
    Map<String, byte[]> classes =
        new java.util.HashMap<>(COMPILER.compile(REFERENCE.sources()).classes());
    classes.put("neurons.Big", classWithAHugeMethod("neurons/Big", 65_526));

    ScreenResult result = BytecodeScreen.screen(classes, CHECKS);

    assertThat(result.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.methodName()).isEqualTo("Big.huge");
              assertThat(v.why())
                  .isEqualTo(
                      "is too large for the grader to screen (a method may have 64 KB of"
                          + " bytecode)");
            });
    assertThat(result.classes()).containsKey("neurons.Big");
    assertThat(result.affectedChecks()).isEmpty();
  }

  @Test
  void reference_passesWithNothingRefusedOrAffected() {
    ScreenResult result = screen(REFERENCE);

    assertThat(result.violations()).isEmpty();
    assertThat(result.refusedClasses()).isEmpty();
    assertThat(result.affectedChecks()).isEmpty();
    assertThat(result.classes())
        .containsOnlyKeys(
            "neurons.Activations",
            "neurons.Experiments",
            "neurons.LIFNeuron",
            "neurons.SpikingNetwork");
  }

  @Test
  void template_passesWithNothingRefusedOrAffected() {
    ScreenResult result = screen(EditedSubmission.template());

    assertThat(result.violations()).isEmpty();
    assertThat(result.affectedChecks()).isEmpty();
  }

  @Test
  void entryPoints_coverEveryCheckOfTheGroupsUsedHere() {
    assertThat(checks("step.")).hasSize(8);
    assertThat(checks("slope.")).containsExactly("slope.dsdt", "slope.dvdt");
    assertThat(checks("exp3b.")).containsExactly("exp3b.input", "exp3b.network", "exp3b.simulated");
  }

  /** One use the screen should report: the member and why it is refused. */
  private record Use(String what, String why) {}

  private static Arguments attack(String name, String code, Use... uses) {
    return Arguments.of(name, code, List.of(uses));
  }

  private static Use use(String what, String why) {
    return new Use(what, why);
  }

  static Stream<Arguments> attacks() {
    String runtime = "uses the runtime or processes (java.lang.Runtime)";
    String thread = "uses threads (java.lang.Thread)";
    return Stream.of(
        attack("System.exit", "System.exit(1);", use("java.lang.System.exit", "calls System.exit")),
        attack(
            "Runtime.halt",
            "Runtime.getRuntime().halt(1);",
            use("java.lang.Runtime.getRuntime", runtime),
            use("java.lang.Runtime.halt", runtime)),
        attack(
            "a new thread",
            "new Thread(() -> { }).start();",
            use("java.lang.Thread.<init>", thread),
            use("java.lang.Thread.start", thread)),
        attack(
            "Thread.sleep",
            "try { Thread.sleep(10); } catch (InterruptedException e) { }",
            use("java.lang.Thread.sleep", thread)),
        attack(
            "java.io.File",
            "new java.io.File(\"grades.csv\").delete();",
            use("java.io.File.<init>", "uses files or streams (java.io.File)"),
            use("java.io.File.delete", "uses files or streams (java.io.File)")),
        attack(
            "java.nio.file.Files",
            "try { java.nio.file.Files.readString(java.nio.file.Path.of(\"answers.json\")); } catch (java.io.IOException e) { }",
            use("java.nio.file.Path.of", "uses files or streams (java.nio.file.Path)"),
            use("java.nio.file.Files.readString", "uses files or streams (java.nio.file.Files)")),
        attack(
            "System.in",
            "try { System.in.read(); } catch (java.io.IOException e) { }",
            use("java.lang.System.in", "reads System.in"),
            use("java.io.InputStream.read", "uses files or streams (java.io.InputStream)")),
        attack(
            "java.util.Scanner",
            "new java.util.Scanner(\"1 2\").nextInt();",
            use(
                "java.util.Scanner.<init>",
                "uses java.util.Scanner, which the grader does not allow"),
            use(
                "java.util.Scanner.nextInt",
                "uses java.util.Scanner, which the grader does not allow")),
        attack(
            "java.net.Socket",
            "try { new java.net.Socket(\"example.org\", 80).close(); } catch (java.io.IOException e) { }",
            use("java.net.Socket.<init>", "uses the network (java.net.Socket)"),
            use("java.net.Socket.close", "uses the network (java.net.Socket)")),
        attack(
            "a process",
            "try { new ProcessBuilder(\"ls\").start(); } catch (java.io.IOException e) { }",
            use(
                "java.lang.ProcessBuilder.<init>",
                "uses the runtime or processes (java.lang.ProcessBuilder)"),
            use(
                "java.lang.ProcessBuilder.start",
                "uses the runtime or processes (java.lang.ProcessBuilder)")),
        attack(
            "Class.forName",
            "try { Class.forName(\"java.lang.Runtime\"); } catch (ClassNotFoundException e) { }",
            use("java.lang.Class.forName", "uses reflection (Class.forName)")),
        attack(
            "getDeclaredMethods",
            "getClass().getDeclaredMethods();",
            use(
                "java.lang.Class.getDeclaredMethods",
                "uses reflection (Class.getDeclaredMethods)")),
        attack(
            "setAccessible",
            "try { getClass().getDeclaredField(\"v\").setAccessible(true); } catch (NoSuchFieldException e) { }",
            use("java.lang.Class.getDeclaredField", "uses reflection (Class.getDeclaredField)"),
            use(
                "java.lang.reflect.Field.setAccessible",
                "uses reflection or method handles (java.lang.reflect.Field)")),
        attack(
            "MethodHandles",
            "java.lang.invoke.MethodHandles.lookup();",
            use(
                "java.lang.invoke.MethodHandles.lookup",
                "uses reflection or method handles (java.lang.invoke.MethodHandles)")),
        attack(
            "System::exit as a functional interface",
            "java.util.function.IntConsumer quit = System::exit;",
            use("java.lang.System.exit", "calls System.exit")),
        attack(
            "Runtime::halt as a functional interface",
            "java.util.function.IntConsumer quit = Runtime.getRuntime()::halt;",
            use("java.lang.Runtime.getRuntime", runtime),
            use("java.lang.Runtime.halt", runtime)),
        attack(
            "ClassLoader",
            "ClassLoader.getSystemClassLoader();",
            use(
                "java.lang.ClassLoader.getSystemClassLoader",
                "loads classes or inspects the stack (java.lang.ClassLoader)")),
        attack(
            "Class.getClassLoader",
            "getClass().getClassLoader();",
            use("java.lang.Class.getClassLoader", "uses reflection (Class.getClassLoader)")),
        attack(
            "StackWalker",
            "StackWalker.getInstance();",
            use(
                "java.lang.StackWalker.getInstance",
                "loads classes or inspects the stack (java.lang.StackWalker)")),
        attack(
            "System.getProperty",
            "System.getProperty(\"user.home\");",
            use("java.lang.System.getProperty", "calls System.getProperty")),
        attack(
            "System.setOut",
            "System.setOut(System.err);",
            use("java.lang.System.setOut", "calls System.setOut")),
        attack(
            "System.getenv",
            "System.getenv(\"HOME\");",
            use("java.lang.System.getenv", "calls System.getenv")),
        attack(
            "Integer.getInteger",
            "Integer.getInteger(\"seed\");",
            use("java.lang.Integer.getInteger", "reads system properties (Integer.getInteger)")),
        attack(
            "Locale.setDefault",
            "java.util.Locale.setDefault(java.util.Locale.GERMANY);",
            use("java.util.Locale.setDefault", "changes a global default (Locale.setDefault)")),
        attack(
            "TimeZone.setDefault",
            "java.util.TimeZone.setDefault(null);",
            use("java.util.TimeZone.setDefault", "changes a global default (TimeZone.setDefault)")),
        attack(
            "a parallel stream",
            "getVHistory().parallelStream().count();",
            use("java.util.List.parallelStream", "starts threads (List.parallelStream)")),
        attack(
            "a parallel stream from StreamSupport",
            "java.util.stream.StreamSupport.stream(getVHistory().spliterator(), true).count();",
            use("java.util.stream.StreamSupport.stream", "starts threads (StreamSupport.stream)")),
        attack(
            "Arrays.parallelSort",
            "java.util.Arrays.parallelSort(new double[] {1, 0});",
            use("java.util.Arrays.parallelSort", "starts threads (Arrays.parallelSort)")),
        attack(
            "an executor",
            "java.util.concurrent.Executors.newSingleThreadExecutor();",
            use(
                "java.util.concurrent.Executors.newSingleThreadExecutor",
                "uses threads (java.util.concurrent.Executors)")),
        attack(
            "Object.wait",
            "try { wait(1); } catch (InterruptedException e) { }",
            use("java.lang.Object.wait", "waits on or notifies threads")),
        attack(
            "a new PrintStream",
            "new java.io.PrintStream(System.out);",
            use("java.io.PrintStream.<init>", "creates an output stream")),
        attack(
            "a Formatter",
            "new java.util.Formatter();",
            use("java.util.Formatter.<init>", "creates a Formatter (use String.format)")));
  }

  @Nested
  class RefusedInStep {

    @ParameterizedTest(name = "{0}")
    @MethodSource("neurograde.screen.BytecodeScreenTest#attacks")
    void forbiddenUse_isReportedWithClassMethodLineAndWhy(
        String name, String code, List<Use> uses) {
      EditedSubmission attacker = inStep(code);
      int line = attacker.lineOf("LIFNeuron", code);

      ScreenResult result = screen(attacker);

      List<Violation> expected = new ArrayList<>();
      uses.forEach(u -> expected.add(stepViolation(line, u.what(), u.why())));
      assertThat(result.violations()).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("neurograde.screen.BytecodeScreenTest#attacks")
    void forbiddenUse_affectsTheStepChecksOnly(String name, String code, List<Use> uses) {
      EditedSubmission attacker = inStep(code);
      Violation first =
          stepViolation(attacker.lineOf("LIFNeuron", code), uses.get(0).what(), uses.get(0).why());

      ScreenResult result = screen(attacker);

      assertThat(result.affectedChecks()).containsOnlyKeys(checks("step."));
      assertThat(result.affectedChecks().values()).containsOnly(first);
      assertThat(result.refusedClasses()).isEmpty();
    }

    @Test
    void parallelStreamInheritedByAStudentCollection_isRefused() {
      // javac names the student class as the owner of the call; the code that runs is the JDK's.
      EditedSubmission attacker =
          inStep("new Bag().parallelStream().count();")
              .with(
                  "Bag",
                  "package neurons;\n\nfinal class Bag extends java.util.ArrayList<Integer> {}\n");

      ScreenResult result = screen(attacker);

      assertThat(result.violations())
          .extracting(Violation::what)
          .contains("java.util.ArrayList.parallelStream");
      assertThat(result.affectedChecks()).containsOnlyKeys(checks("step."));
    }

    @Test
    void allowedMethodInheritedByAStudentCollection_isAllowed() {
      EditedSubmission fine =
          inStep("new Bag().add(1);")
              .with(
                  "Bag",
                  "package neurons;\n\nfinal class Bag extends java.util.ArrayList<Integer> {}\n");

      assertThat(screen(fine).violations()).isEmpty();
    }

    @Test
    void enumInitialisedThroughItsClassLiteral_isScreenedAsGradedCode() {
      EditedSubmission attacker =
          inStep("java.util.EnumSet.allOf(Sneaky.class);")
              .with(
                  "Sneaky",
                  """
                  package neurons;

                  enum Sneaky {
                    ONE;

                    static {
                      new java.io.File("x").delete();
                    }
                  }
                  """);

      ScreenResult result = screen(attacker);

      assertThat(result.violations())
          .isNotEmpty()
          .allSatisfy(v -> assertThat(v.graded()).isTrue())
          .allSatisfy(v -> assertThat(v.method()).isEqualTo("<clinit>"));
      assertThat(result.affectedChecks()).containsOnlyKeys(checks("step."));
    }

    @Test
    void parallelIntStream_isRefusedAsStartingThreads() {
      String code = "java.util.stream.IntStream.range(0, 4).parallel().sum();";

      ScreenResult result = screen(inStep(code));

      assertThat(result.violations())
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.what()).isEqualTo("java.util.stream.IntStream.parallel");
                assertThat(v.why()).startsWith("starts threads (").endsWith("IntStream.parallel)");
                assertThat(v.line()).isEqualTo(inStep(code).lineOf("LIFNeuron", code));
              });
    }

    @Test
    void forbiddenCallInsideALambda_isReportedInTheLambdaAndAffectsTheStepChecks() {
      String code = "Runnable quit = () -> System.exit(1);";
      EditedSubmission attacker = inStep(code);

      ScreenResult result = screen(attacker);

      Violation expected =
          new Violation(
              "neurons.LIFNeuron",
              "lambda$step$0",
              "()V",
              "LIFNeuron.java",
              attacker.lineOf("LIFNeuron", code),
              "java.lang.System.exit",
              "calls System.exit",
              true);
      assertThat(result.violations()).containsExactly(expected);
      assertThat(result.affectedChecks()).containsOnlyKeys(checks("step."));
    }

    @Test
    void forbiddenCallInAHelperMethod_isReportedThereAndAffectsTheStepChecks() {
      EditedSubmission attacker =
          inStep("quit();")
              .insertAfter("LIFNeuron", "public void step(double dt) {", "")
              .replace(
                  "LIFNeuron",
                  "  /** Adds {@code w} to the input",
                  "  private static void quit() {\n    System.exit(0);\n  }\n\n  /** Adds {@code w} to the input");

      ScreenResult result = screen(attacker);

      assertThat(result.violations())
          .containsExactly(
              new Violation(
                  "neurons.LIFNeuron",
                  "quit",
                  "()V",
                  "LIFNeuron.java",
                  attacker.lineOf("LIFNeuron", "System.exit(0);"),
                  "java.lang.System.exit",
                  "calls System.exit",
                  true));
      assertThat(result.affectedChecks()).containsOnlyKeys(checks("step."));
    }
  }

  @Nested
  class RefusedClassShapes {

    private static final String WORKER =
        """
        package neurons;

        final class Worker extends Thread {
          @Override
          public void run() {}
        }
        """;

    @Test
    void classExtendingThread_hasItsConstructorRefused() {
      EditedSubmission attacker = inStep("new Worker();").with("Worker", WORKER);

      ScreenResult result = screen(attacker);

      assertThat(result.violations())
          .containsExactly(
              new Violation(
                  "neurons.Worker",
                  "<init>",
                  "()V",
                  "Worker.java",
                  null,
                  "java.lang.Thread",
                  "extends java.lang.Thread",
                  true),
              new Violation(
                  "neurons.Worker",
                  "<init>",
                  "()V",
                  "Worker.java",
                  3,
                  "java.lang.Thread.<init>",
                  "uses threads (java.lang.Thread)",
                  true));
      assertThat(result.affectedChecks()).containsOnlyKeys(checks("step."));
    }

    @Test
    void classExtendingThread_thatNoCheckReaches_isStillReportedButAffectsNothing() {
      ScreenResult result = screen(REFERENCE.with("Worker", WORKER));

      // not reached from Experiments.main either, so screened as strictly as graded code
      assertThat(result.violations())
          .extracting(Violation::className, Violation::graded)
          .containsOnly(org.assertj.core.groups.Tuple.tuple("neurons.Worker", true));
      assertThat(result.affectedChecks()).isEmpty();
    }

    @Test
    void finalizeOverride_isRefused() {
      EditedSubmission attacker =
          inStep("new Leak();")
              .with(
                  "Leak",
                  """
          package neurons;

          final class Leak {
            @Override
            protected void finalize() {}
          }
          """);

      ScreenResult result = screen(attacker);

      assertThat(result.violations())
          .containsExactly(
              new Violation(
                  "neurons.Leak",
                  "finalize",
                  "()V",
                  "Leak.java",
                  null,
                  "finalize()",
                  "overrides finalize, which runs on another thread",
                  true));
      assertThat(result.affectedChecks()).containsOnlyKeys(checks("step."));
    }

    @Test
    void classInAnotherPackage_isRemovedAndCallsToItAreRefused() {
      EditedSubmission attacker =
          inStep("evil.Helper.run();")
              .with(
                  "Helper",
                  """
          package evil;

          public final class Helper {
            public static void run() {}
          }
          """);

      ScreenResult result = screen(attacker);

      assertThat(result.refusedClasses())
          .containsExactly(
              Map.entry("evil.Helper", "evil.Helper is outside package neurons; it was not run"));
      assertThat(result.classes()).doesNotContainKey("evil.Helper");
      assertThat(result.violations())
          .containsExactly(
              stepViolation(
                  attacker.lineOf("LIFNeuron", "evil.Helper.run();"),
                  "evil.Helper.run",
                  "uses evil.Helper, which the grader does not allow"));
    }

    @Test
    void classInASubpackageOfNeurons_isRemovedAndCallsToItAreRefused() {
      EditedSubmission attacker =
          inStep("neurons.util.Helper.run();")
              .with(
                  "Helper",
                  """
          package neurons.util;

          public final class Helper {
            public static void run() {}
          }
          """);

      ScreenResult result = screen(attacker);

      assertThat(result.refusedClasses()).containsOnlyKeys("neurons.util.Helper");
      assertThat(result.violations())
          .singleElement()
          .extracting(Violation::why)
          .isEqualTo("is outside package neurons");
    }

    @Test
    void nestedClassNamedAfterAProvidedClass_isRemoved() {
      // javac accepts $ in a name: Plots$Writer would load as a member of the course's Plots.
      ScreenResult result =
          screen(
              REFERENCE.with(
                  "Helper",
                  "package neurons;\n\nfinal class Plots$Writer {\n  static void write() {}\n}\n"));

      assertThat(result.refusedClasses())
          .containsExactly(
              Map.entry(
                  "neurons.Plots$Writer",
                  "neurons.Plots$Writer has the name of a class the course provides; the course's copy was used"));
      assertThat(result.classes()).doesNotContainKey("neurons.Plots$Writer");
    }

    @Test
    void classNamedLikeAProvidedClass_isRemoved() {
      Map<String, byte[]> classes =
          new java.util.HashMap<>(COMPILER.compile(REFERENCE.sources()).classes());
      classes.put("neurons.SpikeTrains", classes.get("neurons.Activations"));
      classes.put("neurons.Plots$Writer", classes.get("neurons.Activations"));

      ScreenResult result = BytecodeScreen.screen(classes, CHECKS);

      assertThat(result.refusedClasses())
          .containsOnly(
              Map.entry(
                  "neurons.SpikeTrains",
                  "neurons.SpikeTrains has the name of a class the course provides; the course's copy was used"),
              Map.entry(
                  "neurons.Plots$Writer",
                  "neurons.Plots$Writer has the name of a class the course provides; the course's copy was used"));
      assertThat(result.classes())
          .doesNotContainKeys("neurons.SpikeTrains", "neurons.Plots$Writer");
    }
  }

  static Stream<Arguments> allowed() {
    return Stream.of(
        Arguments.of("println", "System.out.println(showState());"),
        Arguments.of("printf to System.err", "System.err.printf(\"v = %f%n\", v);"),
        Arguments.of(
            "Math and StrictMath",
            "double m = Math.max(Math.exp(-v), StrictMath.sqrt(2)) + Math.floorMod(7, 3);"),
        Arguments.of(
            "String.format",
            "String text = String.format(java.util.Locale.ROOT, \"%.3f\", v) + String.valueOf(s);"),
        Arguments.of("string concatenation", "String text = \"v=\" + v + \", s=\" + s;"),
        Arguments.of(
            "StringBuilder", "String text = new StringBuilder().append(v).reverse().toString();"),
        Arguments.of(
            "ArrayList and HashMap",
            "java.util.List<Double> copy = new java.util.ArrayList<>(getSpikes());"
                + " java.util.Map<String, Double> m = new java.util.HashMap<>(); m.put(\"v\", v); java.util.Collections.sort(copy);"),
        Arguments.of(
            "other collections",
            "java.util.Deque<Double> q = new java.util.ArrayDeque<>(); q.add(v);"
                + " java.util.Set<Double> set = new java.util.TreeSet<>(java.util.List.of(1.0)); java.util.Iterator<Double> it = set.iterator();"),
        Arguments.of(
            "Arrays",
            "double[] a = java.util.Arrays.copyOf(new double[] {v, s}, 3); java.util.Arrays.sort(a);"
                + " java.util.Arrays.fill(a, 0); String shown = java.util.Arrays.toString(a);"),
        Arguments.of(
            "a seeded Random",
            "java.util.Random rng = new java.util.Random(7); double r = rng.nextGaussian();"),
        Arguments.of("an unseeded Random", "double r = new java.util.Random().nextDouble();"),
        Arguments.of(
            "streams",
            "double total = getVHistory().stream().mapToDouble(Double::doubleValue).sum();"
                + " int n = java.util.stream.IntStream.range(0, 3).map(i -> i * i).sum();"
                + " java.util.List<Double> big = getSHistory().stream().filter(x -> x > 0.5).collect(java.util.stream.Collectors.toList());"),
        Arguments.of(
            "lambdas",
            "java.util.function.DoubleUnaryOperator f = x -> x / tauM; double fv = f.applyAsDouble(v);"
                + " java.util.function.Supplier<String> show = this::showState; Runnable r = () -> { }; r.run();"),
        Arguments.of(
            "Optional and Objects",
            "double w = java.util.Optional.of(v).orElse(0.0) + java.util.Objects.hash(v, s);"),
        Arguments.of(
            "boxing and parsing",
            "int k = Integer.parseInt(\"3\") + Double.compare(v, s) + Boolean.hashCode(Double.isNaN(v));"),
        Arguments.of("timing", "long elapsed = System.nanoTime() - System.currentTimeMillis();"),
        Arguments.of(
            "System.arraycopy",
            "double[] a = new double[2]; System.arraycopy(new double[] {v, s}, 0, a, 0, 2);"),
        Arguments.of(
            "exceptions",
            "if (Double.isNaN(v)) { throw new IllegalStateException(\"v is NaN at t = \" + t); }"),
        Arguments.of(
            "catching and printing a stack trace",
            "try { Integer.parseInt(\"x\"); } catch (NumberFormatException e) { e.printStackTrace(); }"),
        Arguments.of("an assert", "assert v <= 1 : \"v above threshold\";"),
        Arguments.of(
            "class names", "String name = getClass().getSimpleName() + getClass().getName();"),
        Arguments.of(
            "java.math and java.text",
            "String r = new java.math.BigDecimal(v).toPlainString() + new java.text.DecimalFormat(\"0.00\").format(s);"));
  }

  @Nested
  class Allowed {

    @ParameterizedTest(name = "{0}")
    @MethodSource("neurograde.screen.BytecodeScreenTest#allowed")
    void harmlessCodeInStep_isNotRefused(String name, String code) {
      ScreenResult result = screen(inStep(code));

      assertThat(result.violations()).isEmpty();
      assertThat(result.affectedChecks()).isEmpty();
    }

    @Test
    void recordsEnumsAndSwitches_areNotRefused() {
      EditedSubmission student =
          inStep(
                  "Phase phase = v >= 1 ? Phase.SPIKE : Phase.REST; String shown = new Sample(t, v).toString()"
                      + " + switch (phase) { case SPIKE -> \"!\"; case REST -> \".\"; } + Phase.valueOf(\"REST\").ordinal();")
              .with("Phase", "package neurons;\n\nenum Phase { REST, SPIKE }\n")
              .with("Sample", "package neurons;\n\nrecord Sample(double t, double v) {}\n");

      ScreenResult result = screen(student);

      assertThat(result.violations()).isEmpty();
    }
  }

  @Nested
  class AffectedChecks {

    @Test
    void forbiddenCallInStep_doesNotAffectTheSlopeSimulateOrExperimentChecks() {
      ScreenResult result = screen(inStep("System.exit(1);"));

      assertThat(result.affectedChecks())
          .containsOnlyKeys(checks("step."))
          .doesNotContainKeys(checks("slope.", "simulate.", "exp", "act.").toArray(String[]::new));
    }

    @Test
    void forbiddenCallInSlope_affectsTheSlopeAndStepChecks() {
      ScreenResult result =
          screen(REFERENCE.insertAfter("LIFNeuron", "dsdt = -s / tauS;", "    System.exit(1);"));

      assertThat(result.affectedChecks()).containsOnlyKeys(checks("slope.", "step."));
    }

    @Test
    void forbiddenCallInSimulate_affectsTheSimulateChecksOnly() {
      EditedSubmission attacker =
          REFERENCE.insertAfter("SpikingNetwork", "tHistory.add(tt);", "      System.exit(1);");

      ScreenResult result = screen(attacker);

      assertThat(result.affectedChecks()).containsOnlyKeys(checks("simulate."));
      assertThat(result.affectedChecks().get("simulate.spike-counts"))
          .isEqualTo(
              new Violation(
                  "neurons.SpikingNetwork",
                  "simulate",
                  "(DD)V",
                  "SpikingNetwork.java",
                  attacker.lineOf("SpikingNetwork", "System.exit(1);"),
                  "java.lang.System.exit",
                  "calls System.exit",
                  true));
    }

    @Test
    void forbiddenCallInTwoNeurons_affectsThe3bChecksOnly() {
      ScreenResult result =
          screen(
              REFERENCE.insertAfter(
                  "Experiments",
                  "public static SpikingNetwork twoNeurons() {",
                  "    System.exit(1);"));

      assertThat(result.affectedChecks()).containsOnlyKeys(checks("exp3b."));
    }

    @Test
    void forbiddenCallInAHelperOfTwoExperiments_affectsBoth() {
      ScreenResult result =
          screen(
              REFERENCE.insertAfter(
                  "Experiments", "net.connect(b, a, 0.05);", "    System.exit(1);"));

      assertThat(result.affectedChecks()).containsOnlyKeys(checks("exp3b.", "exp3c."));
    }

    @Test
    void forbiddenCallInSigmoid_affectsSigmoidAndItsDerivative() {
      ScreenResult result =
          screen(
              REFERENCE.insertAfter(
                  "Activations",
                  "public static double sigmoid(double z) {",
                  "    System.exit(1);"));

      assertThat(result.affectedChecks()).containsOnlyKeys("act.sigmoid", "act.sigmoid-derivative");
    }

    @Test
    void forbiddenStaticInitializerOfExperiments_affectsEveryExperimentCheck() {
      EditedSubmission attacker =
          REFERENCE.replace(
              "Experiments",
              "  private Experiments() {}",
              "  private Experiments() {}\n\n  private static final String HOME = System.getProperty(\"user.home\");");

      ScreenResult result = screen(attacker);

      assertThat(result.affectedChecks()).containsOnlyKeys(checks("exp"));
      assertThat(result.violations())
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.method()).isEqualTo("<clinit>");
                assertThat(v.methodName()).isEqualTo("Experiments.static initializer");
                assertThat(v.line())
                    .isEqualTo(attacker.lineOf("Experiments", "System.getProperty"));
              });
    }

    @Test
    void forbiddenCallInLifNeuronReachedFromAnExperiment_doesNotAffectIt() {
      // The experiment checks run the reference's LIFNeuron (layer EXPERIMENTS), so the student's
      // step never runs there.
      ScreenResult result = screen(inStep("System.exit(1);"));

      assertThat(result.affectedChecks()).doesNotContainKeys(checks("exp").toArray(String[]::new));
    }

    @Test
    void forbiddenCallOnlyInExperimentsMain_isReportedButAffectsNoCheck() {
      EditedSubmission attacker =
          REFERENCE.insertAfter(
              "Experiments", "public static void main(String[] args) {", "    System.exit(0);");

      ScreenResult result = screen(attacker);

      assertThat(result.violations())
          .containsExactly(
              new Violation(
                  "neurons.Experiments",
                  "main",
                  "([Ljava/lang/String;)V",
                  "Experiments.java",
                  attacker.lineOf("Experiments", "System.exit(0);"),
                  "java.lang.System.exit",
                  "calls System.exit",
                  false));
      assertThat(result.affectedChecks()).isEmpty();
    }

    @Test
    void plottingWithJFreeChartAndWritingFilesInMain_isAllowed() {
      EditedSubmission plotting =
          REFERENCE.insertAfter(
              "Experiments",
              "public static void main(String[] args) {",
              """
              org.jfree.data.xy.XYSeries v = new org.jfree.data.xy.XYSeries("v");
              org.jfree.chart.JFreeChart chart = org.jfree.chart.ChartFactory.createXYLineChart(
                  "v(t)", "t (s)", "v", new org.jfree.data.xy.XYSeriesCollection(v));
              try {
                java.nio.file.Files.createDirectories(java.nio.file.Path.of("plots"));
                org.jfree.chart.ChartUtils.saveChartAsPNG(new java.io.File("plots/v.png"), chart, 600, 400);
                try (java.io.PrintWriter out = new java.io.PrintWriter("plots/counts.csv")) {
                  out.println("rate,count");
                }
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }""");

      ScreenResult result = screen(plotting);

      assertThat(result.violations()).isEmpty();
      assertThat(result.affectedChecks()).isEmpty();
    }

    @Test
    void plottingHelperCalledOnlyFromMain_isAllowed() {
      EditedSubmission plotting =
          REFERENCE
              .insertAfter(
                  "Experiments",
                  "public static void main(String[] args) {",
                  "    Charts.save(\"plots/x.png\");")
              .with(
                  "Charts",
                  """
              package neurons;

              final class Charts {
                static void save(String file) {
                  try {
                    org.jfree.chart.ChartUtils.saveChartAsPNG(new java.io.File(file),
                        org.jfree.chart.ChartFactory.createXYLineChart("x", "x", "y", null), 10, 10);
                  } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                }
              }
              """);

      ScreenResult result = screen(plotting);

      assertThat(result.violations()).isEmpty();
    }

    @Test
    void plottingWithJFreeChartInTwoNeurons_isRefusedAndAffectsThe3bChecks() {
      String code =
          "org.jfree.chart.ChartFactory.createXYLineChart(\"3b\", \"t\", \"neuron\", null);";
      EditedSubmission attacker =
          REFERENCE.insertAfter(
              "Experiments", "public static SpikingNetwork twoNeurons() {", "    " + code);

      ScreenResult result = screen(attacker);

      Violation expected =
          new Violation(
              "neurons.Experiments",
              "twoNeurons",
              "()Lneurons/SpikingNetwork;",
              "Experiments.java",
              attacker.lineOf("Experiments", code),
              "org.jfree.chart.ChartFactory.createXYLineChart",
              "draws or writes plots outside Experiments.main (org.jfree.chart.ChartFactory)",
              true);
      assertThat(result.violations()).containsExactly(expected);
      assertThat(result.affectedChecks()).containsOnlyKeys(checks("exp3b."));
      assertThat(result.affectedChecks().values()).containsOnly(expected);
    }

    @Test
    void writingAFileInTwoNeurons_isRefused() {
      String code =
          "try { java.nio.file.Files.writeString(java.nio.file.Path.of(\"3b.txt\"), \"x\"); } catch (java.io.IOException e) { }";

      ScreenResult result =
          screen(
              REFERENCE.insertAfter(
                  "Experiments", "public static SpikingNetwork twoNeurons() {", "    " + code));

      assertThat(result.violations())
          .extracting(Violation::why)
          .containsExactly(
              "uses files or streams (java.nio.file.Path)",
              "uses files or streams (java.nio.file.Files)");
      assertThat(result.affectedChecks()).containsOnlyKeys(checks("exp3b."));
    }

    @Test
    void providedPlotsCalledInTwoNeurons_isAllowed() {
      // The worker's Plots is inert, so calling the course's helpers from graded code writes
      // nothing.
      String code =
          "Plots.raster(\"3b.png\", \"3b\", java.util.List.of(), java.util.List.of(), 1);";

      ScreenResult result =
          screen(
              REFERENCE.insertAfter(
                  "Experiments", "public static SpikingNetwork twoNeurons() {", "    " + code));

      assertThat(result.violations()).isEmpty();
    }
  }

  @Nested
  class Reachability {

    @Test
    void plottingHelperClassConstructedOnlyInMain_isAllowed() {
      // Constructors are not virtual: new SpikingNetwork() in an experiment cannot run Chart's
      // constructor.
      EditedSubmission plotting =
          REFERENCE
              .insertAfter(
                  "Experiments",
                  "public static void main(String[] args) {",
                  "    new Chart().save(\"plots/x.png\");")
              .with(
                  "Chart",
                  """
              package neurons;

              final class Chart {
                private final org.jfree.chart.JFreeChart chart;

                Chart() {
                  chart = org.jfree.chart.ChartFactory.createXYLineChart("x", "x", "y", null);
                }

                void save(String file) {
                  try {
                    org.jfree.chart.ChartUtils.saveChartAsPNG(new java.io.File(file), chart, 10, 10);
                  } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                }
              }
              """);

      ScreenResult result = screen(plotting);

      assertThat(result.violations()).isEmpty();
      assertThat(result.affectedChecks()).isEmpty();
    }

    @Test
    void launcherClassWithItsOwnMain_mayWriteFilesLikeExperimentsMain() {
      ScreenResult result =
          screen(
              REFERENCE.with(
                  "RunAll",
                  """
                  package neurons;

                  public final class RunAll {
                    private RunAll() {}

                    public static void main(String[] args) {
                      new java.io.File("plots").mkdirs();
                      Experiments.main(new String[] {"plots"});
                    }
                  }
                  """));

      assertThat(result.violations()).isEmpty();
      assertThat(result.affectedChecks()).isEmpty();
      assertThat(result.mainRefusal()).as("Experiments.main itself writes nothing").isNull();
    }

    @Test
    void experimentsMainThatDrawsWithPlotsOnly_mayBeRunForItsPlots() {
      assertThat(screen(REFERENCE).mainRefusal()).isNull();
    }

    @Test
    void experimentsMainThatMakesAFolder_isNotRunForItsPlots_yetCostsNothing() {
      EditedSubmission folder =
          REFERENCE.insertAfter(
              "Experiments",
              "public static void main(String[] args) {",
              "    new java.io.File(\"plots\").mkdirs();");

      ScreenResult result = screen(folder);

      assertThat(result.violations()).isEmpty();
      assertThat(result.affectedChecks()).isEmpty();
      assertThat(result.mainRefusal())
          .satisfies(
              v -> {
                assertThat(v.methodName()).isEqualTo("Experiments.main");
                assertThat(v.what()).isEqualTo("java.io.File.<init>");
                assertThat(v.line())
                    .isEqualTo(folder.lineOf("Experiments", "new java.io.File(\"plots\")"));
              });
    }

    @Test
    void experimentsMainReachingAHelperThatDrawsItsOwnChart_isNotRunForItsPlots() {
      EditedSubmission chart =
          REFERENCE
              .insertAfter(
                  "Experiments",
                  "public static void main(String[] args) {",
                  "    Chart.save(\"plots/x.png\");")
              .with(
                  "Chart",
                  """
                  package neurons;

                  final class Chart {
                    private Chart() {}

                    static void save(String file) {
                      org.jfree.chart.ChartFactory.createXYLineChart("x", "x", "y", null);
                    }
                  }
                  """);

      ScreenResult result = screen(chart);

      assertThat(result.violations()).isEmpty();
      assertThat(result.mainRefusal().methodName()).isEqualTo("Chart.save");
      assertThat(result.mainRefusal().what())
          .isEqualTo("org.jfree.chart.ChartFactory.createXYLineChart");
    }

    @Test
    void forbiddenCallThatNoCheckReaches_isReportedButCostsNoMarks() {
      ScreenResult result =
          screen(
              REFERENCE.with(
                  "Leftover",
                  "package neurons;\n\nfinal class Leftover {\n  static void quit() {\n    System.exit(0);\n  }\n}\n"));

      assertThat(result.violations())
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.graded()).as("screened as strictly as graded code").isTrue();
                assertThat(result.costsMarks(v)).isFalse();
              });
      assertThat(result.unreached()).hasSize(1);
      assertThat(result.affectedChecks()).isEmpty();
    }

    @Test
    void forbiddenCallInStep_costsMarks() {
      ScreenResult result = screen(inStep("System.exit(0);"));

      assertThat(result.violations())
          .singleElement()
          .satisfies(v -> assertThat(result.costsMarks(v)).isTrue());
      assertThat(result.unreached()).isEmpty();
    }

    @Test
    void forbiddenConstructorOfAnotherClass_doesNotAffectChecksThatOnlyBuildNetworks() {
      ScreenResult result =
          screen(
              REFERENCE
                  .insertAfter(
                      "Experiments",
                      "public static void main(String[] args) {",
                      "    new Quitter();")
                  .with(
                      "Quitter",
                      "package neurons;\n\nfinal class Quitter {\n  Quitter() {\n    System.exit(0);\n  }\n}\n"));

      assertThat(result.violations())
          .singleElement()
          .extracting(Violation::graded)
          .isEqualTo(false);
      assertThat(result.affectedChecks()).isEmpty();
    }

    @Test
    void staticInitializerOfASuperclass_isReachedThroughItsSubclass() {
      // Reading Sub.calls initializes Base, whose static initializer the JVM runs: it is graded
      // code.
      EditedSubmission attacker =
          inStep("Sub.calls++;")
              .with(
                  "Base",
                  """
              package neurons;

              class Base {
                static int calls;

                static {
                  try {
                    java.nio.file.Files.writeString(java.nio.file.Path.of("grades.csv"), "100");
                  } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                }
              }
              """)
              .with(
                  "Sub",
                  "package neurons;\n\nfinal class Sub extends Base {\n  private Sub(String never) {}\n}\n");

      ScreenResult result = screen(attacker);

      assertThat(result.violations())
          .extracting(Violation::className, Violation::method, Violation::why, Violation::graded)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "neurons.Base", "<clinit>", "uses files or streams (java.nio.file.Path)", true),
              org.assertj.core.groups.Tuple.tuple(
                  "neurons.Base", "<clinit>", "uses files or streams (java.nio.file.Files)", true));
      assertThat(result.affectedChecks()).containsOnlyKeys(checks("step."));
    }

    @Test
    void methodInheritedFromAStudentSuperclass_isReachedWhenTheJdkCallsIt() {
      // Optional runs the Runnable: Base.run, inherited by Sub, which step creates.
      EditedSubmission attacker =
          inStep("java.util.Optional.empty().ifPresentOrElse(x -> { }, new Sub());")
              .with(
                  "Base",
                  """
              package neurons;

              class Base implements Runnable {
                @Override
                public void run() {
                  new java.io.File("grades.csv").delete();
                }
              }
              """)
              .with("Sub", "package neurons;\n\nfinal class Sub extends Base {}\n");

      ScreenResult result = screen(attacker);

      assertThat(result.violations())
          .extracting(Violation::className, Violation::method, Violation::graded)
          .containsOnly(org.assertj.core.groups.Tuple.tuple("neurons.Base", "run", true));
      assertThat(result.affectedChecks()).containsOnlyKeys(checks("step."));
    }

    @Test
    void defaultMethodOfAStudentInterface_isReachedWhenTheJdkCallsIt() {
      EditedSubmission attacker =
          inStep("java.util.Optional.empty().ifPresentOrElse(x -> { }, new Task());")
              .with(
                  "Deleting",
                  """
              package neurons;

              interface Deleting extends Runnable {
                @Override
                default void run() {
                  new java.io.File("grades.csv").delete();
                }
              }
              """)
              .with("Task", "package neurons;\n\nfinal class Task implements Deleting {}\n");

      ScreenResult result = screen(attacker);

      assertThat(result.violations())
          .extracting(Violation::className, Violation::method, Violation::graded)
          .containsOnly(org.assertj.core.groups.Tuple.tuple("neurons.Deleting", "run", true));
      assertThat(result.affectedChecks()).containsOnlyKeys(checks("step."));
    }

    @Test
    void classCreatedThroughAConstructorReference_hasItsMethodsReached() {
      EditedSubmission attacker =
          inStep(
                  "java.util.function.Supplier<Runnable> make = Deleter::new;"
                      + " java.util.Optional.empty().ifPresentOrElse(x -> { }, make.get());")
              .with(
                  "Deleter",
                  """
              package neurons;

              final class Deleter implements Runnable {
                @Override
                public void run() {
                  new java.io.File("grades.csv").delete();
                }
              }
              """);

      ScreenResult result = screen(attacker);

      assertThat(result.violations())
          .extracting(Violation::className, Violation::method, Violation::graded)
          .containsOnly(org.assertj.core.groups.Tuple.tuple("neurons.Deleter", "run", true));
      assertThat(result.affectedChecks()).containsOnlyKeys(checks("step."));
    }

    @Test
    void staticApiMethodInheritedByExperiments_isAnEntryPoint() {
      EditedSubmission attacker =
          REFERENCE
              .replace(
                  "Experiments",
                  "public final class Experiments {",
                  "public final class Experiments extends Setups {")
              .replace(
                  "Experiments",
                  "  public static SpikingNetwork inhibition() {",
                  "  static SpikingNetwork inhibitionUnused() {")
              .with(
                  "Setups",
                  """
              package neurons;

              class Setups {
                public static SpikingNetwork inhibition() {
                  new java.io.File("grades.csv").delete();
                  return new SpikingNetwork();
                }
              }
              """);

      ScreenResult result = screen(attacker);

      assertThat(result.violations())
          .extracting(Violation::className, Violation::method, Violation::graded)
          .containsOnly(org.assertj.core.groups.Tuple.tuple("neurons.Setups", "inhibition", true));
      assertThat(result.affectedChecks()).containsOnlyKeys(checks("exp3c."));
    }

    @Test
    void apiMethodInheritedByLifNeuron_isAnEntryPoint() {
      // The checks call getV on the student's LIFNeuron; here the JVM finds it in the student's
      // superclass
      // (public, so javac adds no bridge method to LIFNeuron).
      EditedSubmission attacker =
          REFERENCE
              .replace(
                  "LIFNeuron",
                  "public class LIFNeuron implements Neuron {",
                  "public class LIFNeuron extends Membrane implements Neuron {")
              .replace(
                  "LIFNeuron",
                  "  /** Returns the membrane potential. */\n  public double getV() {\n    return v;\n  }\n",
                  "")
              .replace("LIFNeuron", "    this.v = v;\n", "    this.v = v;\n    shown = v;\n")
              .replace("LIFNeuron", "if (v >= 1) {", "shown = v;\n    if (v >= 1) {")
              .with(
                  "Membrane",
                  """
              package neurons;

              public abstract class Membrane {
                protected double shown;

                public double getV() {
                  new java.io.File("grades.csv").delete();
                  return shown;
                }
              }
              """);

      ScreenResult result = screen(attacker);

      assertThat(result.violations())
          .extracting(Violation::className, Violation::method, Violation::graded)
          .containsOnly(org.assertj.core.groups.Tuple.tuple("neurons.Membrane", "getV", true));
      assertThat(result.affectedChecks()).containsKeys("slope.dvdt", "step.euler");
    }
  }

  @Nested
  class Quarantined {

    private static Object invoke(
        Class<?> type, Object target, String method, Class<?>[] types, Object... args)
        throws Throwable {
      try {
        return type.getMethod(method, types).invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }

    @Test
    void quarantinedMethod_throwsTheGradersMessageWhileOtherMethodsWork() throws Throwable {
      EditedSubmission attacker = inStep("System.exit(1);");
      int line = attacker.lineOf("LIFNeuron", "System.exit(1);");
      ScreenResult result = screen(attacker);

      Class<?> lif = new MemoryLoader(result.classes()).loadClass("neurons.LIFNeuron");
      Object neuron = lif.getConstructor().newInstance();
      invoke(lif, neuron, "setS", new Class<?>[] {double.class}, 0.5);
      invoke(lif, neuron, "slope", new Class<?>[0]);

      assertThat((double) invoke(lif, neuron, "getDvdt", new Class<?>[0]))
          .isCloseTo(25.0, within(1e-12));
      assertThatThrownBy(() -> invoke(lif, neuron, "step", new Class<?>[] {double.class}, 0.001))
          .isExactlyInstanceOf(SecurityException.class)
          .hasMessage(
              "the grader blocked LIFNeuron.step: it calls System.exit (LIFNeuron.java:"
                  + line
                  + ")");
      assertThat((double) invoke(lif, neuron, "getV", new Class<?>[0])).isCloseTo(0.0, within(0.0));
      assertThat(invoke(lif, neuron, "showState", new Class<?>[0]))
          .isEqualTo("0.0000s: s=0.500, v=0.0000, ref remaining=0.00000");
    }

    @Test
    void quarantinedStaticMethod_throwsWhileItsNeighboursWork() throws Throwable {
      ScreenResult result =
          screen(
              REFERENCE.insertAfter(
                  "Activations",
                  "public static double sigmoid(double z) {",
                  "    System.exit(1);"));

      Class<?> activations = new MemoryLoader(result.classes()).loadClass("neurons.Activations");

      assertThatThrownBy(
              () -> invoke(activations, null, "sigmoid", new Class<?>[] {double.class}, 0.0))
          .isExactlyInstanceOf(SecurityException.class)
          .hasMessageStartingWith(
              "the grader blocked Activations.sigmoid: it calls System.exit (Activations.java:");
      assertThat((double) invoke(activations, null, "relu", new Class<?>[] {double.class}, 2.0))
          .isCloseTo(2.0, within(1e-15));
    }

    @Test
    void quarantinedConstructor_throwsWhenTheClassIsInstantiated() throws Throwable {
      ScreenResult result =
          screen(inStep("new Worker();").with("Worker", RefusedClassShapes.WORKER));

      Class<?> worker = new MemoryLoader(result.classes()).loadClass("neurons.Worker");

      java.lang.reflect.Constructor<?> constructor = worker.getDeclaredConstructor();
      constructor.setAccessible(true);
      assertThatThrownBy(
              () -> {
                try {
                  constructor.newInstance();
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              })
          .isExactlyInstanceOf(SecurityException.class)
          .hasMessage("the grader blocked Worker.constructor: it extends java.lang.Thread");
    }

    @Test
    void quarantinedStaticInitializer_failsTheClassInitialization() {
      ScreenResult result =
          screen(
              REFERENCE.replace(
                  "Experiments",
                  "  private Experiments() {}",
                  "  private Experiments() {}\n\n  private static final String HOME = System.getProperty(\"user.home\");"));

      assertThatThrownBy(
              () -> Class.forName("neurons.Experiments", true, new MemoryLoader(result.classes())))
          .isInstanceOf(ExceptionInInitializerError.class)
          .cause()
          .isExactlyInstanceOf(SecurityException.class)
          .hasMessageStartingWith(
              "the grader blocked Experiments.static initializer: it calls System.getProperty");
    }
  }

  @Nested
  class SeededRandom {

    private static final String DICE =
        """
        package neurons;

        import java.util.Random;

        public final class Dice {
          private Dice() {}

          public static double[] unseeded() {
            Random rng = new Random();
            return new double[] {rng.nextDouble(), rng.nextDouble(), rng.nextGaussian()};
          }

          public static double[] seeded() {
            Random rng = new Random(42);
            return new double[] {rng.nextDouble(), rng.nextDouble(), rng.nextGaussian()};
          }
        }
        """;

    private static double[] draw(Map<String, byte[]> classes, String method)
        throws ReflectiveOperationException {
      return (double[])
          new MemoryLoader(classes).loadClass("neurons.Dice").getMethod(method).invoke(null);
    }

    private static double[] expected(long seed) {
      Random rng = new Random(seed);
      return new double[] {rng.nextDouble(), rng.nextDouble(), rng.nextGaussian()};
    }

    @Test
    void unseededRandom_givesTheSameSequenceInEveryFreshLoad() throws ReflectiveOperationException {
      ScreenResult result = screen(REFERENCE.with("Dice", DICE));

      double[] first = draw(result.classes(), "unseeded");
      double[] second = draw(result.classes(), "unseeded");

      assertThat(second).containsExactly(first, within(0.0));
      assertThat(first).containsExactly(expected(BytecodeScreen.RANDOM_SEED), within(0.0));
      assertThat(result.violations()).isEmpty();
    }

    @Test
    void mathRandom_isRedirectedToTheAddedSeededSource() throws ReflectiveOperationException {
      String coin =
          """
          package neurons;

          public final class Coin {
            private Coin() {}

            public static double[] toss() {
              return new double[] {Math.random(), Math.random()};
            }
          }
          """;
      ScreenResult result = screen(REFERENCE.with("Coin", coin));

      assertThat(result.classes()).containsKey("neurons.grader-seeded-random");
      double[] first =
          (double[])
              new MemoryLoader(result.classes())
                  .loadClass("neurons.Coin")
                  .getMethod("toss")
                  .invoke(null);
      Random rng = new Random(BytecodeScreen.RANDOM_SEED);
      assertThat(first)
          .containsExactly(new double[] {rng.nextDouble(), rng.nextDouble()}, within(0.0));
    }

    @Test
    void methodReferencesToUnseededSources_areSeededToo() throws ReflectiveOperationException {
      String refs =
          """
          package neurons;

          import java.util.ArrayList;
          import java.util.Collections;
          import java.util.List;
          import java.util.Random;
          import java.util.SplittableRandom;
          import java.util.function.Consumer;
          import java.util.function.DoubleSupplier;
          import java.util.function.Supplier;

          public final class Refs {
            private Refs() {}

            public static double[] draw() {
              DoubleSupplier math = Math::random;
              Supplier<Random> random = Random::new;
              Supplier<SplittableRandom> splittable = SplittableRandom::new;
              Consumer<List<Integer>> shuffle = Collections::shuffle;
              List<Integer> list = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7));
              shuffle.accept(list);
              return new double[] {
                math.getAsDouble(),
                random.get().nextDouble(),
                splittable.get().nextDouble(),
                list.get(0) * 10 + list.get(7)
              };
            }
          }
          """;
      ScreenResult result = screen(REFERENCE.with("Refs", refs));

      double[] first =
          (double[])
              new MemoryLoader(result.classes())
                  .loadClass("neurons.Refs")
                  .getMethod("draw")
                  .invoke(null);
      double[] second =
          (double[])
              new MemoryLoader(result.classes())
                  .loadClass("neurons.Refs")
                  .getMethod("draw")
                  .invoke(null);

      assertThat(second).containsExactly(first, within(0.0));
      // the list is shuffled first, then Math.random draws: both from the one seeded source
      Random seeded = new Random(BytecodeScreen.RANDOM_SEED);
      List<Integer> expected = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7));
      java.util.Collections.shuffle(expected, seeded);
      assertThat(first[3]).isEqualTo(expected.get(0) * 10 + expected.get(7));
      assertThat(first[0]).isEqualTo(seeded.nextDouble());
      assertThat(first[1]).isEqualTo(new Random(BytecodeScreen.RANDOM_SEED).nextDouble());
      assertThat(first[2])
          .isEqualTo(new java.util.SplittableRandom(BytecodeScreen.RANDOM_SEED).nextDouble());
    }

    @Test
    void seededOnlyInTheConstructor_needsNoAddedClass() {
      ScreenResult result = screen(REFERENCE.with("Dice", DICE));

      assertThat(result.classes()).doesNotContainKey("neurons.grader-seeded-random");
    }

    @Test
    void screenedReference_canStillShareItsClassesAmongItsChecks() {
      // the added class's Random is static state that changes: added to every submission, it
      // once made every submission's checks each load fresh classes
      assertThat(neurograde.isolation.StaticState.whyFresh(screen(REFERENCE).classes())).isEmpty();
    }

    @Test
    void seededRandom_keepsTheStudentsSeed() throws ReflectiveOperationException {
      ScreenResult result = screen(REFERENCE.with("Dice", DICE));

      assertThat(draw(result.classes(), "seeded")).containsExactly(expected(42), within(0.0));
    }
  }

  @Test
  void screenResult_isImmutable() {
    ScreenResult result = screen(inStep("System.exit(1);"));

    assertThatThrownBy(() -> result.violations().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> result.affectedChecks().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
