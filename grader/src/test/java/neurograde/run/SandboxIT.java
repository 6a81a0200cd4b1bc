package neurograde.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import neurograde.compile.CompileResult;
import neurograde.compile.SubmissionCompiler;
import neurograde.grading.BundledSubmissions;
import neurograde.hidden.CheckInfo;
import neurograde.hidden.checks.HiddenChecks;
import neurograde.submission.SourceFile;
import neurograde.submission.SubmissionFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The second line of defence on its own, on whichever Java runs the tests (CI runs them on 17 and
 * on 25): attacker code that skipped bytecode screening still cannot exit the worker, touch files,
 * use the network, start processes or threads, reflect on the grader or load its classes. Each
 * attack runs at the start of LIFNeuron.slope, compiled but not screened; its checks fail with an
 * error, checks that do not call it pass, and the worker survives.
 */
class SandboxIT {

  /** A class file of the grader's, which a submission must not be able to read. */
  private static final String GRADER_CLASS =
      Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0])
          .resolve("neurograde/run/guard/Gate.class")
          .toString();

  private static WorkerPool pool;
  private static Path logs;

  @BeforeAll
  static void startOneWorker() throws java.io.IOException {
    logs = java.nio.file.Files.createTempDirectory("sandbox-logs");
    pool = new WorkerPool(WorkerOptions.defaults().withSize(1).withoutWarmUp().withLogDir(logs));
  }

  @Test
  void theWorker_entersTheOperatingSystemsSandboxWhereThereIsOne() throws Exception {
    pool.run(job("", "act.sigmoid"));

    String log = java.nio.file.Files.readString(logs.resolve("worker-1.log"));
    boolean linux =
        System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux");
    if (linux && Runtime.version().feature() >= 22) {
      assertThat(log).containsPattern("worker: Landlock ABI [0-9]+: reads [0-9]+ paths");
    } else {
      assertThat(log).contains("worker: no OS sandbox: ");
    }
  }

  @AfterAll
  static void stop() {
    pool.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      exit                      | System.exit(0);                                                       | exit or stop the JVM (Runtime.exit)
      halt                      | Runtime.getRuntime().halt(0);                                         | exit or stop the JVM (Runtime.halt)
      add a shutdown hook       | Runtime.getRuntime().addShutdownHook(new Thread(() -> { }));          | add shutdown hooks (Runtime.addShutdownHook)
      read a file               | java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")); | the grader does not let submissions use files
      read a file as a stream   | new java.io.FileInputStream("/etc/hostname").close();                 | read files (FileInputStream.open /etc/hostname)
      read the grader's classes | new java.io.FileInputStream("GRADER_CLASS").close();                  | read files (FileInputStream.open
      climb out of the JDK      | new java.io.FileInputStream("JAVA_HOME/../../../../etc/hostname").close(); | read files (FileInputStream.open
      look at a file            | if (new java.io.File("/etc/hostname").exists()) { v = v + 0; }        | read files (File.exists /etc/hostname)
      write a file              | java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/neurograde-sandbox-probe"), "x"); | the grader does not let submissions use files
      write with java.io        | new java.io.FileOutputStream("/tmp/neurograde-sandbox-probe").close(); | write, create or delete files (FileOutputStream.open
      delete a file             | new java.io.File("/tmp/neurograde-sandbox-probe").delete();           | write, create or delete files (File.delete
      write to standard output  | new java.io.FileOutputStream(java.io.FileDescriptor.out).write(65);   | use the JVM's own file descriptors (new FileOutputStream)
      open a socket             | new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), 9).close(); | use the network (Net.
      listen on a port          | new java.net.ServerSocket(0).close();                                 | use the network (Net.
      send a datagram           | new java.net.DatagramSocket().close();                                | use the network (Net.
      look up a host name       | java.net.InetAddress.getByName("example.com");                        | use the network (InetAddress.getByName)
      start a process           | new ProcessBuilder("true").start();                                   | start processes (ProcessBuilder.start)
      run a command             | Runtime.getRuntime().exec(new String[] {"true"});                     | start processes (Runtime.exec)
      kill the grader           | ProcessHandle.current().parent().ifPresent(ProcessHandle::destroyForcibly); | see or stop processes (ProcessHandle.current)
      start a thread            | new Thread(() -> { }).start();                                        | start or change threads (Thread.start)
      start a thread pool       | java.util.concurrent.Executors.newSingleThreadExecutor().submit(() -> { }); | start or change threads (Thread.start)
      see other threads         | Thread.getAllStackTraces();                                           | see other threads (Thread.getAllStackTraces)
      change System.out         | System.setOut(null);                                                  | replace System.out, System.err or System.in (System.setOut)
      read a property           | System.getProperty("user.home");                                      | read or change system properties or the environment (System.getProperty)
      set a property            | System.setProperty("user.home", "/");                                 | read or change system properties or the environment (System.setProperty)
      read the environment      | System.getenv("PATH");                                                | read or change system properties or the environment (System.getenv)
      change the locale         | java.util.Locale.setDefault(java.util.Locale.GERMANY);                | change the JVM's global defaults (Locale.setDefault)
      load native code          | System.loadLibrary("c");                                              | load native code (System.loadLibrary)
      reflect on the JDK        | String.class.getDeclaredField("value").setAccessible(true);           | use reflection (Class.getDeclaredField)
      use method handles        | java.lang.invoke.MethodHandles.lookup();                              | use reflection (MethodHandles.lookup)
      inspect the stack         | StackWalker.getInstance();                                            | inspect the stack (StackWalker.getInstance)
      get a class loader        | ClassLoader.getSystemClassLoader();                                   | reach class loaders or resources (ClassLoader.getSystemClassLoader)
      create a class loader     | new java.net.URLClassLoader(new java.net.URL[0]).close();             | create class loaders (new ClassLoader)
      load a grader class       | Class.forName("neurograde.hidden.checks.HiddenChecks");               | load classes by name (Class.forName)
      read a resource           | LIFNeuron.class.getResource("/neurograde/hidden/checks/StepChecks.class"); | reach class loaders or resources (Class.getResource)
      """)
  void unscreenedAttack_isRefusedItsChecksFailAndTheWorkerSurvives(
      String attack, String code, String expected) throws Exception {
    int workersBefore = pool.workersStarted();

    TestOutcome outcome = pool.run(job(code));

    Protocol.Finished slope = outcome.checks().get("slope.dvdt");
    assertThat(slope.status()).as(attack).isEqualTo("error");
    assertThat(slope.message())
        .as(attack)
        .startsWith("LIFNeuron.slope threw SecurityException: the grader does not let submissions")
        .contains(expected);
    assertThat(outcome.checks().get("act.sigmoid").status())
        .as("an unrelated check of %s", attack)
        .isEqualTo("passed");
    assertThat(pool.workersStarted())
        .as("workers started for %s", attack)
        .isLessThanOrEqualTo(Math.max(1, workersBefore));
    assertThat(outcome.diagnostics()).isEmpty();
  }

  @Test
  void theJdkReadingItsOwnFiles_forCodeThatNeedsThem_isAllowed() throws Exception {
    TestOutcome outcome =
        pool.run(
            job(
                "if (java.time.ZoneId.of(\"Pacific/Chatham\").getRules().isFixedOffset()"
                    + " || java.util.Currency.getInstance(\"NZD\").getDefaultFractionDigits() != 2)"
                    + " { throw new IllegalStateException(); }"
                    + " new java.io.FileInputStream(\"JAVA_HOME/lib/tzdb.dat\").close();"));

    assertThat(outcome.checks().values())
        .extracting(Protocol.Finished::status)
        .containsOnly("passed");
  }

  @Test
  void aParallelStream_isRefusedItsThreadsAndLeavesNothingRunning() throws Exception {
    pool.run(job(""));
    int workersBefore = pool.workersStarted();

    TestOutcome attacker =
        pool.run(
            job("java.util.stream.IntStream.range(0, 10_000).parallel().map(i -> i * 2).sum();"));
    TestOutcome next = pool.run(job(""));

    assertThat(attacker.checks().get("act.sigmoid").status()).isEqualTo("passed");
    assertThat(pool.workersStarted()).isEqualTo(workersBefore);
    assertThat(next.checks().values()).extracting(Protocol.Finished::status).containsOnly("passed");
    assertThat(attacker.checks().values())
        .allSatisfy(
            c ->
                assertThat(
                        c.status().equals("passed")
                            || c.message().contains("start or change threads"))
                    .isTrue());
  }

  @Test
  void stackTraces_showTheSubmissionsFramesAndNoneOfTheGraders() throws Exception {
    TestOutcome outcome =
        pool.run(
            job(
                "StackTraceElement[] t = new Throwable().getStackTrace();"
                    + " StackTraceElement[] u = Thread.currentThread().getStackTrace();"
                    + " new Throwable(\"where am I\").printStackTrace();"
                    + " if (v > -1e300) throw new IllegalStateException(t.length + \" \" + t[0].getMethodName()"
                    + " + \" / \" + u.length + \" \" + u[0].getClassName() + \".\""
                    + " + u[0].getMethodName() + \" / \" + u[1].getMethodName());"));

    Protocol.Finished slope = outcome.checks().get("slope.dvdt");
    assertThat(slope.message())
        .startsWith(
            "LIFNeuron.slope threw IllegalStateException: 1 slope / 2 java.lang.Thread.getStackTrace"
                + " / slope");
    assertThat(slope.output())
        .startsWith("java.lang.Throwable: where am I")
        .contains("at neurons.LIFNeuron.slope(LIFNeuron.java:")
        .doesNotContain("neurograde")
        .doesNotContain("junit")
        .doesNotContain("java.lang.Thread.run")
        .doesNotContain("reflect");
  }

  @Test
  void whatACheckPrints_doesNotReachTheNextCheckOrSubmission() throws Exception {
    TestOutcome closer = pool.run(job("System.out.print(\"before\\uD800\"); System.out.close();"));
    TestOutcome next = pool.run(job("System.out.print(\"hello\");"));

    assertThat(closer.checks().get("slope.dvdt").output()).isEqualTo("before?");
    assertThat(next.checks().get("slope.dvdt").status()).isEqualTo("passed");
    assertThat(next.checks().get("slope.dvdt").output()).matches("(hello)+");
    assertThat(next.checks().get("act.sigmoid").output()).isNull();
  }

  @Test
  void aLoopThatCatchesEverything_isStoppedAtItsLimitWithoutLosingTheWorker() throws Exception {
    pool.run(job(""));
    int workersBefore = pool.workersStarted();

    TestOutcome outcome =
        pool.run(
            job(
                "while (v < 1e300) { try { v = v * 1.0; } catch (Throwable t) { v = 0; } }",
                "slope.dvdt",
                "act.sigmoid"));

    Protocol.Finished slope = outcome.checks().get("slope.dvdt");
    assertThat(slope.status()).isEqualTo("timeout");
    assertThat(slope.message())
        .isEqualTo(
            "your code did not finish within 2.0 s of processor time (it was running"
                + " LIFNeuron.slope in LIFNeuron.java); is there an endless loop?");
    assertThat(outcome.checks().get("act.sigmoid").status()).isEqualTo("passed");
    assertThat(pool.workersStarted()).isEqualTo(workersBefore);
  }

  @Test
  void codeThatWaits_isStoppedByTheClockAndTheMessageSaysSo() throws Exception {
    TestOutcome outcome =
        pool.run(
            job(
                "try { Thread.sleep(600_000); } catch (InterruptedException e) { v = 0; }",
                "slope.dvdt",
                "act.sigmoid"));

    Protocol.Finished slope = outcome.checks().get("slope.dvdt");
    assertThat(slope.status()).isEqualTo("timeout");
    assertThat(slope.message())
        .isEqualTo(
            "your code did not finish in time on the clock, while using almost no processor time"
                + " (it was running LIFNeuron.slope in LIFNeuron.java): is it waiting, or calling"
                + " System.gc() in a loop?");
    assertThat(outcome.checks().get("act.sigmoid").status()).isEqualTo("passed");
  }

  @Test
  void aJdkCallThatWillNotReturn_getsItsWorkerReplaced() throws Exception {
    pool.run(job(""));
    int workersBefore = pool.workersStarted();

    TestOutcome outcome =
        pool.run(
            job("if (java.util.stream.LongStream.range(0, Long.MAX_VALUE).sum() == 0) { v = 0; }"));

    Protocol.Finished slope = outcome.checks().get("slope.dvdt");
    assertThat(slope.status()).isEqualTo("timeout");
    assertThat(slope.message())
        .matches("your code did not finish within [0-9.]+ s of processor time.*");
    assertThat(outcome.checks().get("act.sigmoid").status()).isEqualTo("passed");
    assertThat(pool.workersStarted()).isGreaterThan(workersBefore);
    assertThat(outcome.diagnostics()).isEmpty();
  }

  @Test
  void aJdkClassBrokenByStackExhaustion_retiresTheWorkerBeforeTheNextSubmission() throws Exception {
    pool.run(job(""));
    int workersBefore = pool.workersStarted();
    String needsFormatter =
        "if (java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.format(java.time.LocalDate.of(2025,"
            + " 1, 2)).length() != 10) { throw new IllegalStateException(); }";

    TestOutcome attacker =
        pool.run(
            job(
                "class Diver { int dive(int depth) { try { return dive(depth + 1); } catch"
                    + " (StackOverflowError e) { return"
                    + " java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.hashCode(); } } }"
                    + " new Diver().dive(0);",
                "slope.dvdt",
                "act.sigmoid"));
    TestOutcome victim = pool.run(job(needsFormatter, "slope.dvdt", "act.sigmoid"));

    assertThat(attacker.checks().get("slope.dvdt").message())
        .isEqualTo(
            "LIFNeuron.slope: a class is missing (Could not initialize class"
                + " java.time.format.DateTimeFormatter)");
    assertThat(attacker.checks().get("act.sigmoid").status()).isEqualTo("passed");
    assertThat(pool.workersStarted()).isGreaterThan(workersBefore);
    assertThat(victim.checks().values())
        .extracting(Protocol.Finished::status)
        .containsOnly("passed");
    assertThat(victim.diagnostics()).isEmpty();
  }

  /** As {@link #job(String)}, running only some checks (the rest are skipped). */
  private static Protocol.Job job(String code, String... only) {
    Protocol.Job all = job(code);
    List<String> skip =
        HiddenChecks.all().stream()
            .map(CheckInfo::id)
            .filter(id -> !List.of(only).contains(id))
            .toList();
    return new Protocol.Job(all.student(), all.classes(), Map.of(), skip, false, false);
  }

  /** The reference solution with the attack at the start of slope(), compiled but not screened. */
  private static Protocol.Job job(String code) {
    String attack =
        code.replace("GRADER_CLASS", GRADER_CLASS)
            .replace("JAVA_HOME", System.getProperty("java.home"));
    SubmissionFiles reference = BundledSubmissions.reference();
    List<SourceFile> sources = new ArrayList<>();
    for (SourceFile source : reference.sources()) {
      String text = source.text();
      if (source.fileName().equals("LIFNeuron.java")) {
        text =
            text.replace(
                "  public void slope() {\n",
                "  public void slope() {\n    try {\n    "
                    + attack
                    + "\n    } catch (RuntimeException e) {\n      throw e;\n"
                    + "    } catch (Exception e) {\n      throw new IllegalStateException(e);\n    }\n");
      }
      sources.add(new SourceFile(source.path(), text));
    }
    CompileResult compiled = new SubmissionCompiler().compile(sources);
    assertThat(compiled.diagnostics()).as("the attack compiles").isEmpty();
    return new Protocol.Job("sandbox", compiled.classes(), Map.of(), List.of(), false, false);
  }
}
