package neurograde.run.worker;

import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import neurograde.run.Channel;
import neurograde.run.Protocol;
import neurograde.run.guard.GuardAgent;

/**
 * A worker JVM: connects back to the grader, then runs the hidden tests on each submission the
 * grader sends, until told to stop. Started by the grader, never by hand: {@code java
 * -javaagent:agent.jar ... WorkerMain PORT TOKEN [--no-warm-up]}.
 */
public final class WorkerMain {

  private WorkerMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: WorkerMain PORT TOKEN [--no-warm-up] (started by the grader)");
      System.exit(2);
    }
    // Without the guard, submission code would run behind the bytecode screen alone: refuse.
    GuardAgent.verify();
    PrintStream log = System.err;
    System.setOut(new CapturedOutput().stream());
    System.setErr(new CapturedOutput().stream());
    System.setIn(new java.io.ByteArrayInputStream(new byte[0]));

    // A worker never outlives its grader, even one killed while this worker runs a long check.
    ProcessHandle.current()
        .parent()
        .ifPresent(grader -> grader.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
    Channel channel =
        new Channel(new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])));
    channel.send(new Protocol.Hello(args[1], ProcessHandle.current().pid()));
    Loaders.reference();
    WarmUp.jdkMachinery();
    GuardAgent.shortLived(Loaders::isShortLived);
    WorkerPolicy policy = WorkerPolicy.install();
    ClassInitialisations initialisations = new ClassInitialisations();
    if (args.length < 3 || !args[2].equals("--no-warm-up")) {
      new JobRunner(JobRunner.warmUpJob(), message -> {}, policy, initialisations).run();
      // Warm now, measure what the reference needs of each check in fresh classes: the limits.
      JobRunner measured =
          new JobRunner(JobRunner.warmUpJob(), message -> {}, policy, initialisations, true);
      measured.run();
      Budgets budgets = Budgets.measured(measured.cpuByCheck());
      JobRunner.budgets(budgets);
      log.println("worker: " + budgets.describe());
    }
    initialisations.baseline();
    // The third line: the operating system's sandbox, for this thread and the checks' threads.
    log.println("worker: " + Landlock.enter(readable()));
    while (true) {
      Protocol.Message message;
      try {
        message = channel.receive(0);
      } catch (EOFException e) {
        System.exit(0);
        return;
      }
      if (message instanceof Protocol.Shutdown) {
        channel.close();
        System.exit(0);
      }
      if (message instanceof Protocol.Job job) {
        try {
          GuardAgent.verify();
          new JobRunner(job, m -> send(channel, m, log), policy, initialisations).run();
        } catch (RuntimeException | LinkageError e) {
          log.println("worker: the job of " + job.student() + " failed: " + e);
          e.printStackTrace(log);
          channel.close();
          System.exit(1);
        }
      }
    }
  }

  /** What the worker must still read once sandboxed: its classes, and what the JVM reads. */
  private static List<Path> readable() {
    List<Path> paths = new ArrayList<>();
    paths.add(Path.of(System.getProperty("java.home")));
    for (String property : List.of("java.class.path", "jdk.boot.class.path.append")) {
      for (String entry : System.getProperty(property, "").split(File.pathSeparator)) {
        if (!entry.isEmpty()) {
          paths.add(Path.of(entry).toAbsolutePath());
        }
      }
    }
    // The JVM watches the grader through /proc (see main), and reads its cgroup's limits.
    ProcessHandle.current()
        .parent()
        .ifPresent(grader -> paths.add(Path.of("/proc", Long.toString(grader.pid()), "stat")));
    paths.add(Path.of("/sys/fs/cgroup"));
    return paths;
  }

  private static void send(Channel channel, Protocol.Message message, PrintStream log) {
    try {
      try {
        channel.send(message);
      } catch (Channel.TooLarge e) {
        // What the student's code returned or printed is too big to report: say so instead.
        if (message instanceof Protocol.Finished f) {
          channel.send(
              new Protocol.Finished(
                  f.check(),
                  f.status().equals("passed") ? "passed" : "failed",
                  f.fraction(),
                  "the result of this check was too large to report; does your code return or"
                      + " print something enormous?",
                  f.mistake(),
                  null,
                  f.millis()));
        }
      }
    } catch (IOException e) {
      log.println("worker: the grader is gone (" + e.getMessage() + "); exiting");
      System.exit(0);
    }
  }
}
