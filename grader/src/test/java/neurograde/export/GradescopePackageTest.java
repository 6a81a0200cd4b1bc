package neurograde.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradescopePackageTest {

  @TempDir Path dir;

  private ZipFile written() throws IOException {
    Path jar = dir.resolve("grader.jar");
    Files.write(jar, new byte[] {'P', 'K', 3, 4, 42});
    Path zip = dir.resolve("autograder.zip");
    GradescopePackage.write(zip, jar, "assignment: t1\n");
    return ZipFile.builder().setPath(zip).get();
  }

  private static String text(ZipFile zip, String name) throws IOException {
    return new String(
        zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void zip_holdsSetupRunAutograderAndTheJar_atItsRoot() throws IOException {
    try (ZipFile zip = written()) {
      assertThat(Collections.list(zip.getEntries()))
          .extracting(ZipArchiveEntry::getName)
          .containsExactly("setup.sh", "run_autograder", "rubrics/a1.yaml", "grader.jar");
      assertThat(text(zip, "rubrics/a1.yaml")).isEqualTo("assignment: t1\n");
      assertThat(zip.getInputStream(zip.getEntry("grader.jar")).readAllBytes())
          .containsExactly('P', 'K', 3, 4, 42);
    }
  }

  @Test
  void scripts_areMarkedExecutable() throws IOException {
    try (ZipFile zip = written()) {
      for (String script : new String[] {"setup.sh", "run_autograder"}) {
        ZipArchiveEntry entry = zip.getEntry(script);
        assertThat(entry.getPlatform()).as(script).isEqualTo(ZipArchiveEntry.PLATFORM_UNIX);
        assertThat(entry.getUnixMode() & 0777).as(script).isEqualTo(0755);
        assertThat(entry.getExternalAttributes() >>> 16 & 0111).as(script).isEqualTo(0111);
      }
      assertThat(zip.getEntry("grader.jar").getUnixMode() & 0777).isEqualTo(0644);
    }
  }

  @Test
  void setup_installsAJdk17_andRunAutograder_gradesWithTheJarAndThePackagedRubric()
      throws IOException {
    try (ZipFile zip = written()) {
      String setup = text(zip, "setup.sh");
      String run = text(zip, "run_autograder");

      assertThat(setup)
          .startsWith("#!/usr/bin/env bash\n")
          .contains("apt-get install -y --no-install-recommends openjdk-17-jdk-headless");
      assertThat(run)
          .startsWith("#!/usr/bin/env bash\n")
          .contains(
              "\njava -jar /autograder/source/grader.jar gradescope"
                  + " --rubric /autograder/source/rubrics/a1.yaml\n");
      assertThat(setup + run).doesNotContain("\r");
    }
  }
}
