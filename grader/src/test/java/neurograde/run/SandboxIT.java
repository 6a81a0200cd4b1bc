package neurograde.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import neurograde.compile.CompileResult;
import neurograde.compile.SubmissionCompiler;
import neurograde.grading.BundledSubmissions;
import neurograde.submission.SourceFile;
import neurograde.submission.SubmissionFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The second line of defence on its own: attacker code that skipped bytecode screening still cannot
 * exit the worker, touch files, start threads, reflect on the grader or load its classes. Each
 * attack runs in LIFNeuron.slope; its checks fail with an error, and the worker survives.
 */
class SandboxIT {

  private static WorkerPool pool;

  @BeforeAll
  static void startOneWorker() {
    pool = new WorkerPool(WorkerOptions.defaults().withSize(1).withoutWarmUp());
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
      exit                  | System.exit(0);                                                                          | AccessControlException
      halt                  | Runtime.getRuntime().halt(0);                                                            | AccessControlException
      read a file           | try { java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")); } catch (java.io.IOException e) { throw new RuntimeException(e); } | AccessControlException
      start a thread        | new Thread(() -> { }).start();                                                           | AccessControlException
      change System.out     | System.setOut(null);                                                                     | AccessControlException
      read a property       | System.getProperty("user.home");                                                         | AccessControlException
      open a socket         | try { new java.net.Socket("127.0.0.1", 9); } catch (java.io.IOException e) { throw new RuntimeException(e); } | AccessControlException
      reflect on the JDK    | try { java.lang.reflect.Field f = String.class.getDeclaredField("value"); f.setAccessible(true); } catch (ReflectiveOperationException e) { throw new RuntimeException(e); } | AccessControlException
      get a class loader    | ClassLoader.getSystemClassLoader();                                                      | AccessControlException
      load a grader class   | try { Class.forName("neurograde.hidden.checks.HiddenChecks"); } catch (ClassNotFoundException e) { throw new RuntimeException(e); } | ClassNotFoundException
      read a resource       | if (LIFNeuron.class.getResource("/neurograde/hidden/checks/StepChecks.class") != null) { throw new IllegalStateException("resource reachable"); } if (v > -1e300) { throw new IllegalStateException("resource hidden"); } | resource hidden
      """)
  void unscreenedAttack_failsItsChecksAndTheWorkerSurvives(
      String attack, String code, String expected) throws Exception {
    int workersBefore = pool.workersStarted();

    TestOutcome outcome = pool.run(job(code));

    Protocol.Finished slope = outcome.checks().get("slope.dvdt");
    assertThat(slope.status()).as(attack).isEqualTo("error");
    assertThat(slope.message()).as(attack).contains(expected);
    assertThat(outcome.checks().get("act.sigmoid").status())
        .as("an unrelated check of %s", attack)
        .isEqualTo("passed");
    assertThat(pool.workersStarted())
        .as("workers started for %s", attack)
        .isLessThanOrEqualTo(Math.max(1, workersBefore));
    assertThat(outcome.diagnostics()).isEmpty();
  }

  @Test
  void threadsLeftRunning_retireTheWorkerBeforeTheNextSubmission() throws Exception {
    pool.run(job(""));
    int workersBefore = pool.workersStarted();

    TestOutcome attacker =
        pool.run(
            job("java.util.stream.IntStream.range(0, 10_000).parallel().map(i -> i * 2).sum();"));
    TestOutcome next = pool.run(job(""));

    assertThat(attacker.checks().get("act.sigmoid").status()).isEqualTo("passed");
    assertThat(pool.workersStarted())
        .as("a fresh worker for the submission after the one that left a thread pool running")
        .isEqualTo(workersBefore + 1);
    assertThat(next.checks().values()).extracting(Protocol.Finished::status).containsOnly("passed");
    assertThat(next.diagnostics()).isEmpty();
  }

  /** The reference solution with the attack at the start of slope(), compiled but not screened. */
  private static Protocol.Job job(String attack) {
    SubmissionFiles reference = BundledSubmissions.reference();
    List<SourceFile> sources = new ArrayList<>();
    for (SourceFile source : reference.sources()) {
      String text = source.text();
      if (source.fileName().equals("LIFNeuron.java")) {
        text =
            text.replace(
                "  public void slope() {\n", "  public void slope() {\n    " + attack + "\n");
      }
      sources.add(new SourceFile(source.path(), text));
    }
    CompileResult compiled = new SubmissionCompiler().compile(sources);
    assertThat(compiled.diagnostics()).as("the attack compiles").isEmpty();
    return new Protocol.Job("sandbox", compiled.classes(), Map.of(), List.of(), false, false);
  }
}
