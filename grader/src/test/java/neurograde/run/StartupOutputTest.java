package neurograde.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartupOutputTest {

  @Test
  void aJvmThatRefusesAnOption_isExplainedByItsExceptionLine() {
    assertThat(
            StartupOutput.why(
                List.of(
                    "Error occurred during initialization of boot layer",
                    "java.lang.Error: A command line option has attempted to allow or enable the"
                        + " Security Manager. Enabling a Security Manager is not supported.")))
        .isEqualTo(
            "java.lang.Error: A command line option has attempted to allow or enable the Security"
                + " Manager. Enabling a Security Manager is not supported.");
  }

  @Test
  void anExceptionWithACause_isExplainedByItsRootCause() {
    assertThat(
            StartupOutput.why(
                List.of(
                    "Exception in thread \"main\" java.lang.reflect.InvocationTargetException",
                    "at java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke",
                    "Caused by: java.lang.IllegalStateException: the guard could not be installed",
                    "Caused by: java.lang.NoSuchMethodError: 'void java.lang.Thread.start0()'",
                    "FATAL ERROR in native method: processing of -javaagent failed")))
        .isEqualTo("java.lang.NoSuchMethodError: 'void java.lang.Thread.start0()'");
  }

  @Test
  void aVmThatCannotInitialise_isExplainedByTheLineAfter() {
    assertThat(
            StartupOutput.why(
                List.of("Error occurred during initialization of VM", "Too small maximum heap")))
        .isEqualTo("Error occurred during initialization of VM: Too small maximum heap");
    assertThat(StartupOutput.why(List.of("Unrecognized VM option 'Foo'", "Error: Could not")))
        .isEqualTo("Unrecognized VM option 'Foo'");
    assertThat(StartupOutput.why(List.of())).isEqualTo("it printed nothing");
  }
}
