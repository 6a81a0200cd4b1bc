package neurograde.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CompileWatchdogTest {

  @Test
  void quickCompile_returnsItsResult() {
    assertThat(CompileWatchdog.run(() -> "classes")).isEqualTo("classes");
  }

  @Test
  void whatTheCompileThrows_isRethrown() {
    assertThatThrownBy(
            () ->
                CompileWatchdog.run(
                    () -> {
                      throw new IllegalStateException("javac broke");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("javac broke");
  }

  @Test
  void deepRecursion_hasTheLargeStack() {
    assertThat(CompileWatchdog.run(() -> depth(200_000))).isEqualTo(200_000);
  }

  private static int depth(int n) {
    return n == 0 ? 0 : 1 + depth(n - 1);
  }
}
