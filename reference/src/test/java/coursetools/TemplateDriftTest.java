package coursetools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import selfcheck.CourseData;

/**
 * The committed student template is exactly the reference with its solutions removed, and its
 * self-check figures' data is the reference's output.
 *
 * <p>After changing the reference, regenerate both from the repository root with {@value #REGENERATE}.
 */
class TemplateDriftTest {

  static final String REGENERATE =
      "mvn -q -pl reference test -Dtest=TemplateDriftTest -Dtemplate.regenerate=true";

  private static final Path ROOT = Path.of("..");

  /** Whether this run writes the template's generated files instead of checking them. */
  private static final boolean WRITE = Boolean.getBoolean("template.regenerate");

  @Test
  void committedTemplate_equalsTheStrippedReference() throws IOException {
    if (WRITE) {
      SolutionStripper.main(new String[] {ROOT.toString()});
    }
    Map<String, String> expected = SolutionStripper.generate(ROOT.resolve(SolutionStripper.REFERENCE));
    Map<String, String> committed = new TreeMap<>();
    try (Stream<Path> files = Files.list(ROOT.resolve(SolutionStripper.TEMPLATE))) {
      for (Path file : files.toList()) {
        committed.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }

    assertThat(committed.keySet()).as("template files").isEqualTo(expected.keySet());
    expected.forEach((name, text) -> assertThat(committed.get(name))
        .as("%s differs from the stripped reference: run `%s` from the repository root", name, REGENERATE)
        .isEqualTo(text));
  }

  @Test
  void committedFigureData_isTheReferencesOutput() throws IOException {
    Path file = ROOT.resolve(CourseFigureData.FILE);
    String generated = CourseFigureData.generate();
    if (WRITE) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    assertThat(file).as("%s: run `%s` from the repository root", file, REGENERATE).exists();
    Map<String, double[]> expected = CourseData.parse(generated);
    Map<String, double[]> committed = CourseData.parse(Files.readString(file, StandardCharsets.UTF_8));

    String stale = "%s is stale: run `%s` from the repository root";
    assertThat(committed.keySet()).as(stale, file, REGENERATE).containsExactlyElementsOf(expected.keySet());
    expected.forEach((key, values) -> {
      double[] old = committed.get(key);
      assertThat(old).as(stale + " (series %s)", file, REGENERATE, key).hasSize(values.length);
      for (int i = 0; i < values.length; i++) {
        // 10 significant digits are written; a last-bit difference between JVMs may round either way.
        assertThat(old[i]).as(stale + " (series %s, value %d)", file, REGENERATE, key, i)
            .isCloseTo(values[i], within(1e-9 * Math.max(1, Math.abs(values[i]))));
      }
    });
  }

  @Test
  void figureDataNumbers_readBackWithinTheirPrecision() {
    assertThat(CourseFigureData.format(40)).isEqualTo("40");
    assertThat(CourseFigureData.format(0.30128776978417265)).isEqualTo("0.3012877698");
    assertThat(Double.parseDouble(CourseFigureData.format(1.234567890123e-17))).isCloseTo(1.234567890e-17, within(1e-26));
    assertThat(CourseData.parse("# c\na: 1 2.5\nb:\n")).containsOnlyKeys("a", "b");
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
