package coursetools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed student template is exactly the reference with its solutions removed. */
class TemplateDriftTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void committedTemplate_equalsTheStrippedReference() throws IOException {
    Map<String, String> expected = SolutionStripper.generate(ROOT.resolve(SolutionStripper.REFERENCE));
    Map<String, String> committed = new TreeMap<>();
    try (Stream<Path> files = Files.list(ROOT.resolve(SolutionStripper.TEMPLATE))) {
      for (Path file : files.toList()) {
        committed.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }

    assertThat(committed.keySet()).as("template files").isEqualTo(expected.keySet());
    expected.forEach((name, text) -> assertThat(committed.get(name))
        .as("%s differs from the stripped reference: run `java reference/src/test/java/coursetools/SolutionStripper.java` from the repository root", name)
        .isEqualTo(text));
  }

  @Test
  void template_containsNoSolutionMarkers() {
    SolutionStripper.generate(ROOT.resolve(SolutionStripper.REFERENCE))
        .forEach((name, text) -> assertThat(text).as(name).doesNotContain("//!"));
  }

  @Test
  void stripper_replacesRegionsWithStubs() {
    String source = String.join("\n",
        "  void f() {",
        "    //! BEGIN SOLUTION",
        "    x = 1;",
        "    //! END SOLUTION",
        "    //! STUB throw new UnsupportedOperationException(\"1a\");",
        "  }");

    assertThat(SolutionStripper.strip("F.java", source))
        .isEqualTo("  void f() {\n    throw new UnsupportedOperationException(\"1a\");\n  }");
  }

  @Test
  void stripper_rejectsUnbalancedMarkersWithFileAndLine() {
    assertThatThrownBy(() -> SolutionStripper.strip("F.java", "a\n//! BEGIN SOLUTION\nb"))
        .hasMessage("F.java:2: solution region never closed");
    assertThatThrownBy(() -> SolutionStripper.strip("F.java", "//! END SOLUTION"))
        .hasMessage("F.java:1: END SOLUTION without BEGIN SOLUTION");
    assertThatThrownBy(() -> SolutionStripper.strip("F.java", "//! BEGIN SOLUTION\n//! STUB x\n//! END SOLUTION"))
        .hasMessage("F.java:2: stub line inside a solution region");
    assertThatThrownBy(() -> SolutionStripper.strip("F.java", "//! SOLUTION"))
        .hasMessage("F.java:1: unknown marker //! SOLUTION");
  }
}
