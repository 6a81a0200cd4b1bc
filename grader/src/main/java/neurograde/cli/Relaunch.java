package neurograde.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Restarts {@code java -jar grader.jar ...} in a JVM tuned for grading, when the user gave the JVM
 * no options of their own.
 *
 * <p>A plain {@code java -jar} runs both JIT compilers and the G1 collector, which grows the heap
 * freely up to a quarter of the machine's memory: on a 2-core machine grading 300 submissions, the
 * optimising compiler alone used 45 s of processor time, more than all the checks, and the heap
 * grew to 560 MiB. The grader's work is many short, different tasks (javac, JSON, charts), which
 * the quick compiler serves as well, and the serial collector started with a small heap grows it
 * only as far as the data needs ({@link #OPTIONS}). Its limit is a share of the memory, not a fixed
 * cap, which would fail a class whose gradebook needs more (1,000 students' did not fit in 256
 * MiB). Whoever runs {@code java} with options of their own (a bigger heap, an agent) keeps exactly
 * those; so does {@code NEUROGRADE_NO_RELAUNCH=1}. The tuned JVM maps the grader's classes from an
 * archive kept between runs ({@link ClassArchive}).
 */
public final class Relaunch {

  /** Marks the relaunched JVM, so it does not relaunch again; its value is the launcher's pid. */
  static final String PROPERTY = "neurograde.launcher";

  /** Tells the relaunched JVM whether the user runs it on a terminal. */
  static final String TERMINAL = "neurograde.terminal";

  /** Environment variable that turns the relaunch off. */
  static final String OFF = "NEUROGRADE_NO_RELAUNCH";

  /**
   * The grading JVM's options. The heap may grow to half the memory (a JVM takes a quarter by
   * default): a class of 1,200's gradebook needs over 384 MiB, and a container of 1 GiB would
   * otherwise allow 256.
   */
  static final List<String> OPTIONS =
      List.of("-Xms32m", "-XX:MaxRAMPercentage=50", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  private Relaunch() {}

  /**
   * How the grader is run in a tuned JVM.
   *
   * @param command the JVM's command line
   * @param archive its archive of classes, if it has one
   */
  record Tuned(List<String> command, Optional<ClassArchive> archive) {}

  /** How to run the grader in a tuned JVM, or null if it should run in this one. */
  static Tuned command(String[] args) {
    if (System.getProperty(PROPERTY) != null || System.getenv(OFF) != null) {
      return null;
    }
    if (!ManagementFactory.getRuntimeMXBean().getInputArguments().isEmpty()) {
      return null; // the user chose the JVM's options
    }
    String classPath = System.getProperty("java.class.path", "");
    if (classPath.isEmpty()
        || classPath.contains(File.pathSeparator)
        || !classPath.endsWith(".jar")
        || !Files.isRegularFile(Path.of(classPath))) {
      return null; // not started as java -jar grader.jar
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    if (!Files.isExecutable(java) && !Files.isExecutable(Path.of(java + ".exe"))) {
      return null;
    }
    // The jar by its real path: a class archive records the path it was written with, and JDK 25
    // gives the archived classes that location even when a later run names the jar otherwise
    // (a relative path from another folder), where the grader looks for its repository and its
    // trusted classes.
    Path jar;
    try {
      jar = Path.of(classPath).toRealPath();
    } catch (IOException | RuntimeException e) {
      return null;
    }
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(OPTIONS);
    Optional<ClassArchive> archive = ClassArchive.of(jar, OPTIONS, args, System.getenv());
    archive.ifPresent(a -> command.addAll(a.options()));
    command.add("-D" + PROPERTY + "=" + ProcessHandle.current().pid());
    // Its input is a pipe, so it cannot tell a terminal itself.
    command.add("-D" + TERMINAL + "=" + (System.console() != null));
    // As a jar, so that its manifest's Add-Exports lets compiles reuse javac's context (see
    // ReusedJavac): the same export given as an option makes JDK 25 refuse the class archive.
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    return new Tuned(command, archive);
  }

  /**
   * Runs the command with this process's output and error, and returns its exit code; or -1 if it
   * could not be started, so the caller runs the grader itself.
   */
  static int run(Tuned tuned) {
    List<String> command = tuned.command();
    Process child;
    try {
      // Output and errors go straight to the user. Input is a pipe that this process holds
      // open while it lives (no command reads input), so the grader sees at once when it dies.
      child =
          new ProcessBuilder(command)
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .redirectOutput(ProcessBuilder.Redirect.INHERIT)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    // Stopped from outside (a batch system's SIGTERM, Ctrl-C): stop the grader too, which then
    // finishes writing what it has, as it would if it had been signalled itself. The class
    // archive its JVM still writes as it exits is then deleted, not left for an hour (40 MB).
    Thread stopChild =
        new Thread(
            () -> {
              child.destroy();
              try {
                int code = child.waitFor();
                tuned.archive().ifPresent(archive -> archive.keep(code));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "stop-grader");
    Runtime.getRuntime().addShutdownHook(stopChild);
    while (true) {
      try {
        int code = child.waitFor();
        Runtime.getRuntime().removeShutdownHook(stopChild);
        tuned.archive().ifPresent(archive -> archive.keep(code));
        return code;
      } catch (InterruptedException e) {
        // Only a signal ends this process; keep waiting for the grader.
      } catch (IllegalStateException shuttingDown) {
        return 1;
      }
    }
  }

  /**
   * In the relaunched JVM: ends it at once if the launcher dies without stopping it (SIGKILL), as
   * if it had been killed itself, so no grader runs on unseen. Results are written whole or not at
   * all, so this loses only the submission being graded; its workers follow it.
   */
  static void followLauncher() {
    long pid = launcherPid();
    if (pid <= 0) {
      return;
    }
    boolean writesArchive = ClassArchive.writtenByThisJvm();
    // The launcher's end closes the pipe that is this JVM's input: seen at once, where watching
    // a process that is not one's child is done by polling.
    Thread watch =
        new Thread(
            () -> {
              try {
                while (System.in.read() >= 0) {
                  // the launcher writes nothing
                }
              } catch (IOException e) {
                // closed all the same
              }
              die(writesArchive);
            },
            "launcher-watch");
    watch.setDaemon(true);
    watch.start();
    ProcessHandle.of(pid)
        .ifPresentOrElse(
            launcher -> launcher.onExit().thenRun(() -> die(writesArchive)),
            () -> die(writesArchive));
  }

  /**
   * Ends this JVM at once. Not only by {@link Runtime#halt} when it writes a class archive ({@link
   * ClassArchive}): it would write it as it halts, grading on meanwhile (1.9 s rather than 0.3 s in
   * a run of 60 submissions, 2 more results), and leave it behind (40 MB).
   */
  private static void die(boolean writesArchive) {
    if (writesArchive) {
      try {
        String self = Long.toString(ProcessHandle.current().pid());
        new ProcessBuilder("kill", "-KILL", self).start().waitFor();
      } catch (IOException | RuntimeException e) {
        // no kill command: halting does as well, if more slowly
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Runtime.getRuntime().halt(KILLED);
  }

  /** Exit code of a grader whose launcher was killed: that of a JVM killed by SIGKILL. */
  private static final int KILLED = 137;

  /** Whether the user runs the grader on a terminal (where a progress bar can be redrawn). */
  static boolean onTerminal() {
    String told = System.getProperty(TERMINAL);
    return told != null ? Boolean.parseBoolean(told) : System.console() != null;
  }

  /** The pid of the process that relaunched this one, or -1 if it was not relaunched. */
  public static long launcherPid() {
    String pid = System.getProperty(PROPERTY);
    try {
      return pid == null ? -1 : Long.parseLong(pid);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
