package neurograde.run;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import neurograde.score.Diagnostic;

/**
 * A small pool of worker JVMs that run the hidden tests, each submission in fresh class loaders.
 *
 * <p>The grader enforces every time limit from outside: a check that does not report back in time
 * gets its worker killed, is recorded as a timeout, and the submission resumes at the next check in
 * a new worker. A worker that dies during a check (out of memory, a crash) is handled the same way;
 * one that dies outside any check is retried once, then reported as a grader fault, distinct from a
 * student's failure. Nothing a submission does reaches another's worker state: each job gets new
 * class loaders, and a worker the submission may have changed is replaced. A worker that cannot
 * start at all stops grading ({@link WorkersUnavailable}): no result is recorded for it.
 */
public final class WorkerPool implements AutoCloseable {

  /** Time the grader waits beyond a worker's own limit before killing it (ms). */
  static final long GRACE_MS = 5000;

  /** Longest silence of a worker between checks (ms): class loading and discovery. */
  static final int IDLE_LIMIT_MS = 120_000;

  private final WorkerOptions options;
  private final BlockingQueue<Worker> idle;
  private final List<Worker> all = new ArrayList<>();
  private final AtomicInteger started = new AtomicInteger();
  private int created;
  private boolean closed;
  private AgentJars agent;
  private volatile String unavailable;

  public WorkerPool(WorkerOptions options) {
    if (options.size() < 1) {
      throw new IllegalArgumentException("a pool needs at least one worker, got " + options.size());
    }
    this.options = options;
    this.idle = new ArrayBlockingQueue<>(options.size());
  }

  /** Returns how many worker JVMs were started so far, replacements included. */
  public int workersStarted() {
    return started.get();
  }

  /** Runs the hidden tests of one job, blocking until a worker is free. */
  public TestOutcome run(Protocol.Job job) throws InterruptedException {
    Worker worker = acquire();
    long start = System.nanoTime();
    Map<String, Protocol.Finished> checks = new LinkedHashMap<>();
    Map<String, Object> observations = new LinkedHashMap<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Set<String> skip = new HashSet<>(job.skip());
    boolean hung = job.hung();
    int faultsOutsideChecks = 0;
    try {
      while (true) {
        if (worker == null) {
          worker = spawn();
        }
        Protocol.Job round =
            new Protocol.Job(
                job.student(),
                job.classes(),
                job.substituted(),
                List.copyOf(skip),
                job.observe(),
                hung);
        Round result = round(worker, round, checks, observations, skip);
        if (result.done) {
          break;
        }
        worker = null;
        hung |= result.hung;
        if (result.outsideCheck && ++faultsOutsideChecks > 1) {
          diagnostics.add(
              Diagnostic.of(
                  "grader",
                  "the worker running the tests failed twice outside any check; the checks not run"
                      + " were left unscored (a grader fault, not the student's)"));
          break;
        }
      }
    } finally {
      release(worker);
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    return new TestOutcome(checks, observations, diagnostics, ms);
  }

  /** What happened in one worker: all done, or the worker was lost (and why). */
  private record Round(boolean done, boolean hung, boolean outsideCheck) {
    // Lost: the next round resumes in a new worker; hung: later limits are shorter; outside a
    // check: the second such loss is a grader fault.
    static final Round DONE = new Round(true, false, false);
    static final Round LOST = new Round(false, false, false);
    static final Round LOST_HUNG = new Round(false, true, false);
    static final Round LOST_OUTSIDE_CHECK = new Round(false, false, true);
  }

  private Round round(
      Worker worker,
      Protocol.Job job,
      Map<String, Protocol.Finished> checks,
      Map<String, Object> observations,
      Set<String> skip) {
    try {
      worker.channel().send(job);
    } catch (IOException e) {
      worker.kill();
      return Round.LOST_OUTSIDE_CHECK;
    }
    String running = null;
    long deadline = 0;
    while (true) {
      int wait =
          running == null
              ? IDLE_LIMIT_MS
              : (int) Math.max(1, deadline - System.currentTimeMillis());
      Protocol.Message message;
      try {
        message = worker.channel().receive(wait);
      } catch (SocketTimeoutException e) {
        worker.kill();
        return lost(
            running,
            "timeout",
            "your code did not finish in time, and would not stop when asked; it was killed",
            Round.LOST_HUNG,
            checks,
            skip);
      } catch (EOFException e) {
        int exit = worker.kill();
        boolean memory = exit == Worker.OUT_OF_MEMORY_EXIT;
        return lost(
            running,
            memory ? "memory" : "crash",
            memory
                ? "your code ran out of memory (the limit is "
                    + options.heapMb()
                    + " MiB); does it keep allocating in a loop?"
                : "the JVM running your code ended abruptly (exit code " + exit + ")",
            Round.LOST,
            checks,
            skip);
      } catch (IOException e) {
        // Recorded, so the check is not run again: one that cannot report would loop forever.
        worker.kill();
        return lost(
            running,
            "crash",
            "the result of this check could not be read ("
                + e.getMessage()
                + "); does your code return or print something enormous?",
            Round.LOST,
            checks,
            skip);
      }
      if (message instanceof Protocol.Started started) {
        running = started.check();
        deadline = System.currentTimeMillis() + started.timeoutMs() + GRACE_MS;
      } else if (message instanceof Protocol.Finished finished) {
        record(checks, skip, finished);
        running = null;
      } else if (message instanceof Protocol.Observation observation) {
        observations.put(observation.name(), observation.data());
      } else if (message instanceof Protocol.Stuck stuck) {
        worker.kill();
        record(checks, skip, Protocol.Finished.zero(stuck.check(), "timeout", stuck.message()));
        return Round.LOST_HUNG;
      } else if (message instanceof Protocol.Retire retire) {
        worker.kill();
        return Round.LOST;
      } else if (message instanceof Protocol.JobDone done) {
        if (done.retire()) {
          // Threads the submission started may still run: the next submission gets a fresh JVM.
          worker.kill();
        }
        return Round.DONE;
      }
    }
  }

  /**
   * The worker was killed while running a check (null: between checks, which is no check's fault):
   * records the check as lost, with this status and message.
   */
  private static Round lost(
      String running,
      String status,
      String message,
      Round round,
      Map<String, Protocol.Finished> checks,
      Set<String> skip) {
    if (running == null) {
      return Round.LOST_OUTSIDE_CHECK;
    }
    record(checks, skip, Protocol.Finished.zero(running, status, message));
    return round;
  }

  private static void record(
      Map<String, Protocol.Finished> checks, Set<String> skip, Protocol.Finished finished) {
    checks.put(finished.check(), finished);
    skip.add(finished.check());
  }

  /** Returns an idle worker, or null when the caller may start a new one. */
  private Worker acquire() throws InterruptedException {
    while (true) {
      synchronized (this) {
        if (closed) {
          throw new IllegalStateException("the worker pool is closed");
        }
        Worker ready = idle.poll();
        if (ready != null) {
          return ready;
        }
        if (created < options.size()) {
          created++;
          return null;
        }
      }
      Worker ready = idle.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
      if (ready != null) {
        return ready;
      }
    }
  }

  /** Returns a worker to the pool; null, or a dead worker, frees its place for a new one. */
  private synchronized void release(Worker worker) {
    if (worker != null && !closed && worker.isAlive()) {
      idle.offer(worker);
      return;
    }
    if (worker != null) {
      worker.close();
      all.remove(worker);
    }
    created--;
  }

  /**
   * Starts a worker, trying twice.
   *
   * @throws WorkersUnavailable if it cannot: then no worker will, and grading must stop
   */
  private Worker spawn() {
    String why = null;
    for (int attempt = 0; attempt < 2 && unavailable == null; attempt++) {
      try {
        Worker worker = Worker.start(options, agent().javaagentOption(), started.incrementAndGet());
        synchronized (this) {
          all.removeIf(w -> !w.isAlive());
          all.add(worker);
        }
        return worker;
      } catch (IOException e) {
        why = e.getMessage();
      }
    }
    synchronized (this) {
      if (unavailable == null) {
        unavailable = "a worker JVM could not be started: " + why;
      }
      throw new WorkersUnavailable(unavailable);
    }
  }

  private synchronized AgentJars agent() throws IOException {
    if (agent == null) {
      agent = AgentJars.write();
    }
    return agent;
  }

  @Override
  public synchronized void close() {
    closed = true;
    for (Worker worker : all) {
      worker.close();
    }
    all.clear();
    idle.clear();
    if (agent != null) {
      agent.close();
    }
  }
}
