package neurograde.run.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Executable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The guard's table, checked against the JDK the tests run on (CI runs them on 17 and on 25). */
class GuardedCallsTest {

  @Test
  void everyGuardedEntryPoint_existsOnThisJava() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Guarded guarded : GuardedCalls.all()) {
      Class<?> owner;
      try {
        owner = Class.forName(guarded.owner(), false, ClassLoader.getSystemClassLoader());
      } catch (ClassNotFoundException e) {
        if (!GuardedCalls.optional(guarded.owner())) {
          missing.add(guarded.owner());
        }
        continue;
      }
      Stream<? extends Executable> declared =
          guarded.method().equals("<init>")
              ? Stream.of(owner.getDeclaredConstructors())
              : Stream.of(owner.getDeclaredMethods())
                  .filter(m -> m.getName().equals(guarded.method()));
      if (declared.findAny().isEmpty()) {
        missing.add(guarded.owner() + "." + guarded.method());
      }
    }

    assertThat(missing).as("guarded entry points this Java does not have").isEmpty();
  }

  @Test
  void theDefaultFileSystem_isGuardedWhereverAPathIsUsed() {
    assertThat(GuardedCalls.all())
        .filteredOn(g -> g.what().equals("use files"))
        .extracting(Guarded::method)
        .contains("newByteChannel", "newDirectoryStream", "delete", "copy", "move", "checkAccess");
  }

  @Test
  void fileSystemMethods_areJudgedByWhatTheirNamesSay() {
    assertThat(GuardedCalls.fileAccess("newInputStream")).isEqualTo(Guarded.When.FILE_READ);
    assertThat(GuardedCalls.fileAccess("readAttributes")).isEqualTo(Guarded.When.FILE_READ);
    assertThat(GuardedCalls.fileAccess("newOutputStream")).isEqualTo(Guarded.When.FILE_WRITE);
    assertThat(GuardedCalls.fileAccess("deleteIfExists")).isEqualTo(Guarded.When.FILE_WRITE);
    assertThat(GuardedCalls.fileAccess("createSymbolicLink")).isEqualTo(Guarded.When.FILE_WRITE);
    assertThat(GuardedCalls.fileAccess("setAttribute")).isEqualTo(Guarded.When.FILE_WRITE);
    assertThat(GuardedCalls.fileAccess("newByteChannel")).isEqualTo(Guarded.When.FILE_OPEN);
    assertThat(GuardedCalls.fileAccess("newFileChannel")).isEqualTo(Guarded.When.FILE_OPEN);
  }

  @Test
  void theExitEntryPoints_refuseWheneverSubmissionCodeIsOnTheStack() {
    assertThat(GuardedCalls.all())
        .filteredOn(g -> g.owner().equals("java.lang.Runtime") && g.method().equals("exit"))
        .singleElement()
        .extracting(Guarded::when)
        .isEqualTo(Guarded.When.SUBMISSION_ON_STACK);
  }
}
