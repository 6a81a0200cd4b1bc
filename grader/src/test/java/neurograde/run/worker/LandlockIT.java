package neurograde.run.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operating system's sandbox on its own, in a JVM of its own (entering it cannot be undone): on
 * Linux with Java 22 or later, code in it reads only what it was allowed, writes nothing and makes
 * no TCP connection, and threads it starts are sandboxed too; elsewhere it says why there is none.
 */
class LandlockIT {

  @Test
  void theSandbox_refusesWhatTheWorkerMustNotDo(@TempDir Path folder) throws Exception {
    Path allowed = Files.writeString(folder.resolve("allowed.txt"), "yes");
    Path outside = Files.writeString(folder.resolve("outside.txt"), "no");

    List<String> lines = probe(allowed, outside);

    boolean linux = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux");
    if (!linux || Runtime.version().feature() < 22) {
      assertThat(lines.get(0)).startsWith("sandbox: no OS sandbox: ");
      return;
    }
    assertThat(lines.get(0)).startsWith("sandbox: Landlock ABI ");
    assertThat(lines.subList(1, lines.size()))
        .containsExactly(
            "read allowed: allowed",
            "read JDK: allowed",
            "read outside: refused (AccessDeniedException)",
            "write: refused (AccessDeniedException)",
            "connect: refused (BindException)",
            "thread read outside: refused (AccessDeniedException)");
    assertThat(folder.resolve("written")).doesNotExist();
  }

  private static List<String> probe(Path allowed, Path outside) throws Exception {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                LandlockProbe.class.getName(),
                allowed.toString(),
                outside.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output.lines().toList();
  }
}
