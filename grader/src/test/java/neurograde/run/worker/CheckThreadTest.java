package neurograde.run.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** What the worker sees of a running check: waiting, or computing, whatever the load. */
class CheckThreadTest {

  @Test
  void aThreadThatComputes_isNeverSeenWaiting() throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    Thread spinning =
        start(
            () -> {
              long n = 0;
              while (running.get()) {
                n += System.nanoTime() % 3;
              }
              return n;
            });
    try {
      for (int i = 0; i < 50; i++) {
        assertThat(CheckThread.waiting(spinning)).isFalse();
        Thread.sleep(2);
      }
    } finally {
      running.set(false);
    }
  }

  @Test
  void aThreadThatSleepsOrCollectsGarbage_isSeenWaiting() throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    Thread sleeping =
        start(
            () -> {
              while (running.get()) {
                Thread.sleep(10);
              }
              return 0;
            });
    Thread collecting =
        start(
            () -> {
              while (running.get()) {
                System.gc();
              }
              return 0;
            });
    try {
      // Sampled until each is seen a few times: on a loaded machine a thread woken from its sleep
      // can wait its turn for a processor (runnable) for longer than it slept, so how often it is
      // seen waiting depends on the load; that it is seen waiting does not.
      int sleepingSeen = 0;
      int collectingSeen = 0;
      long deadline = System.nanoTime() + 20_000_000_000L;
      while ((sleepingSeen < 3 || collectingSeen < 3) && System.nanoTime() < deadline) {
        sleepingSeen += CheckThread.waiting(sleeping) ? 1 : 0;
        collectingSeen += CheckThread.waiting(collecting) ? 1 : 0;
        Thread.sleep(5);
      }
      assertThat(sleepingSeen).isGreaterThanOrEqualTo(3);
      assertThat(collectingSeen).isGreaterThanOrEqualTo(3);
    } finally {
      running.set(false);
    }
  }

  private interface Body {
    long run() throws InterruptedException;
  }

  private static Thread start(Body body) {
    Thread thread =
        new Thread(
            () -> {
              try {
                body.run();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
