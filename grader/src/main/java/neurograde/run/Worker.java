package neurograde.run;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** One worker JVM, from the grader's side: its process and its channel. */
final class Worker implements AutoCloseable {

  /** Exit code of a JVM stopped by -XX:+ExitOnOutOfMemoryError. */
  static final int OUT_OF_MEMORY_EXIT = 3;

  private static final int CONNECT_TIMEOUT_MS = 60_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Process process;
  private final Channel channel;
  private final int number;

  private Worker(Process process, Channel channel, int number) {
    this.process = process;
    this.channel = channel;
    this.number = number;
  }

  /**
   * Starts a worker and waits until it has connected and proved who it is.
   *
   * @param javaagent the option that installs the worker's guard
   * @throws IOException if it cannot be started; a JVM that exits at once is noticed within a
   *     second, and the message quotes the JVM's own reason
   */
  static Worker start(WorkerOptions options, String javaagent, int number) throws IOException {
    String token = HexFormat.of().formatHex(RANDOM.generateSeed(16));
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(options.jvmOptions());
      command.add(javaagent);
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add("neurograde.run.worker.WorkerMain");
      command.add(Integer.toString(server.getLocalPort()));
      command.add(token);
      if (!options.warmUp()) {
        command.add("--no-warm-up");
      }
      Path log = null;
      if (options.logDir() != null) {
        Files.createDirectories(options.logDir());
        log = options.logDir().resolve("worker-" + number + ".log");
      }
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .redirectErrorStream(true);
      // The worker needs none of the grader's environment (which may hold secrets).
      builder.environment().keySet().retainAll(Set.of("PATH", "LANG", "LC_ALL"));
      Process process = builder.start();
      process.getOutputStream().close();
      StartupOutput output = StartupOutput.drain(process, log);
      Socket socket = accept(server, process, output);
      Channel channel = new Channel(socket);
      Protocol.Message hello = channel.receive(CONNECT_TIMEOUT_MS);
      if (!(hello instanceof Protocol.Hello h) || !h.token().equals(token)) {
        channel.close();
        process.destroyForcibly();
        throw new IOException("a process that is not our worker connected");
      }
      return new Worker(process, channel, number);
    }
  }

  /** Waits for the worker to connect, watching that it has not died meanwhile. */
  private static Socket accept(ServerSocket server, Process process, StartupOutput output)
      throws IOException {
    long deadline = System.nanoTime() + CONNECT_TIMEOUT_MS * 1_000_000L;
    server.setSoTimeout(200);
    while (true) {
      try {
        return server.accept();
      } catch (SocketTimeoutException e) {
        if (!process.isAlive()) {
          try {
            throw new IOException(
                "the worker JVM stopped at start (exit code "
                    + process.exitValue()
                    + "): "
                    + output.why());
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting a worker", interrupted);
          }
        }
        if (System.nanoTime() > deadline) {
          process.destroyForcibly();
          throw new IOException(
              "a worker did not start within " + CONNECT_TIMEOUT_MS / 1000 + " s", e);
        }
      }
    }
  }

  Channel channel() {
    return channel;
  }

  int number() {
    return number;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Kills the worker and returns its exit code. */
  int kill() {
    channel.close();
    process.destroyForcibly();
    return exitCode();
  }

  /** Waits briefly for the process to end and returns its exit code, or -1. */
  int exitCode() {
    try {
      if (process.waitFor(5, TimeUnit.SECONDS)) {
        return process.exitValue();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return -1;
  }

  @Override
  public void close() {
    try {
      channel.send(new Protocol.Shutdown());
    } catch (IOException e) {
      // already gone
    }
    channel.close();
    try {
      if (!process.waitFor(2, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
