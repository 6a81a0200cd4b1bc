package neurograde.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchClassTest {

  @TempDir Path dir;

  @Test
  void aClassOf300_isTheIssuesMix() {
    List<BenchClass.Member> members = BenchClass.plan(300, 1);
    Map<BenchClass.Kind, Integer> kinds = BenchClass.count(members);

    assertThat(members).hasSize(300);
    assertThat(kinds.get(BenchClass.Kind.ENDLESS_LOOP)).isEqualTo(6);
    assertThat(kinds.get(BenchClass.Kind.LONG_RUN_LOOP)).isEqualTo(1);
    assertThat(kinds.get(BenchClass.Kind.FLOOD)).isEqualTo(1);
    assertThat(kinds.get(BenchClass.Kind.COMPILE_ERROR)).isBetween(1, 15);
    assertThat(kinds.get(BenchClass.Kind.CORRECT)).isBetween(120, 170);
    assertThat(kinds.get(BenchClass.Kind.MISTAKE)).isBetween(120, 170);
    assertThat(members.stream().map(BenchClass.Member::fixture).distinct().count())
        .as("distinct fixtures used")
        .isGreaterThan(40);
    assertThat(members.get(49).kind()).isEqualTo(BenchClass.Kind.ENDLESS_LOOP);
    assertThat(BenchClass.plan(300, 1)).as("the same seed, the same class").isEqualTo(members);
  }

  @Test
  void theMadeUpSubmissions_differFromTheReferenceOnlyByTheirFault() throws IOException {
    BenchClass.writeOne(dir, "reference", BenchClass.Kind.CORRECT);
    BenchClass.writeOne(dir, "long", BenchClass.Kind.LONG_RUN_LOOP);
    BenchClass.writeOne(dir, "flood", BenchClass.Kind.FLOOD);
    String lif = "src/main/java/neurons/LIFNeuron.java";
    String reference = Files.readString(dir.resolve("reference").resolve(lif));

    assertThat(Files.readString(dir.resolve("long").resolve(lif), StandardCharsets.UTF_8))
        .isEqualTo(
            reference.replace(BenchClass.LONG_RUN_LOOP.from(), BenchClass.LONG_RUN_LOOP.to()))
        .contains("while (t > 8 && v >= 1) {");
    assertThat(Files.readString(dir.resolve("flood").resolve(lif), StandardCharsets.UTF_8))
        .isNotEqualTo(reference)
        .contains("line < 2000; line++", "System.out.println(");
    for (String file : List.of("SpikingNetwork", "Experiments", "Activations")) {
      String path = "src/main/java/neurons/" + file + ".java";
      assertThat(dir.resolve("flood").resolve(path))
          .hasSameTextualContentAs(dir.resolve("reference").resolve(path));
    }
  }
}
