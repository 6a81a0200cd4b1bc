package neurograde.run.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;
import neurograde.run.guard.Gate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StopPollsTest {

  /** Code that will not stop on its own: it swallows everything, even its own stop. */
  public static final class Stubborn {
    private Stubborn() {}

    public static long spin(int mode) {
      long n = 0;
      while (true) {
        try {
          switch (mode) {
            case 0 -> n++;
            case 1 -> n += 2;
            default -> n--;
          }
        } catch (Throwable t) {
          n = 0;
        }
      }
    }
  }

  private static final Gate.Policy POLICY =
      new Gate.Policy() {
        @Override
        public void check(int entry, Object first, Object second) {}

        @Override
        public StackTraceElement[] visibleFrames(StackTraceElement[] frames) {
          return frames;
        }
      };

  @BeforeAll
  static void installAPolicy() {
    Gate.install(POLICY);
  }

  @Test
  void codeThatSwallowsEveryThrowable_stillStopsWhenAsked() throws Exception {
    Class<?> stubborn = loadWithPolls(Stubborn.class);
    AtomicReference<Throwable> ended = new AtomicReference<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                stubborn.getMethod("spin", int.class).invoke(null, 0);
              } catch (java.lang.reflect.InvocationTargetException e) {
                ended.set(e.getCause());
              } catch (ReflectiveOperationException e) {
                ended.set(e);
              }
            });
    thread.setDaemon(true);
    thread.start();
    thread.join(200);
    assertThat(thread.isAlive()).as("spinning before it is asked to stop").isTrue();

    Gate.stop(POLICY, true);
    try {
      thread.join(5000);
    } finally {
      Gate.stop(POLICY, false);
    }

    assertThat(thread.isAlive()).isFalse();
    assertThat(ended.get()).isInstanceOf(Gate.Stopped.class);
  }

  @Test
  void onlyThePolicyInPlace_mayStopCode() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Gate.stop(null, true))
        .isInstanceOf(SecurityException.class);
  }

  /** Loads a class of this test again, from its bytes with polls added. */
  private static Class<?> loadWithPolls(Class<?> original) throws IOException {
    String resource = original.getName().replace('.', '/') + ".class";
    byte[] bytes;
    try (InputStream in = original.getClassLoader().getResourceAsStream(resource)) {
      bytes = StopPolls.add(in.readAllBytes());
    }
    byte[] polled = bytes;
    return new ClassLoader(StopPollsTest.class.getClassLoader()) {
      Class<?> define() {
        return defineClass(original.getName(), polled, 0, polled.length);
      }
    }.define();
  }
}
