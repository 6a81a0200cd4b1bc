package neurograde.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates a class of synthetic submissions for the benchmark: the reference with a seeded mix of
 * changes, correct ones most often, some with a classic mistake, some that do not compile, and one
 * with an endless loop per 50.
 */
public final class SyntheticClass {

  /** A change to the reference: which file, what to replace, with what. */
  private record Change(String name, String file, String from, String to) {}

  private static final List<Change> MISTAKES =
      List.of(
          new Change(
              "spike-time-end-of-step",
              "LIFNeuron",
              "double tStar = t0 + h * (1 - vPrev) / (v - vPrev);",
              "double tStar = t + dt;"),
          new Change(
              "input-not-scaled",
              "LIFNeuron",
              "s += dt * dsdt + weightedIncomingSpikes / tauS;",
              "s += dt * dsdt + weightedIncomingSpikes;"),
          new Change("threshold-strict", "LIFNeuron", "if (v >= 1) {", "if (v > 1) {"),
          new Change(
              "one-spike-per-step",
              "SpikingNetwork",
              "neurons.get(c.post()).receiveSpike(count * c.weight());",
              "neurons.get(c.post()).receiveSpike(count > 0 ? c.weight() : 0);"),
          new Change(
              "default-tau-s",
              "Experiments",
              "int lif = net.addNeuron(new LIFNeuron(0.02, 0.002, 0.1));",
              "int lif = net.addNeuron(new LIFNeuron());"),
          new Change(
              "wrong-chain-rule",
              "Activations",
              "return fPrime.applyAsDouble(w * x + b) * w;",
              "return fPrime.applyAsDouble(w * x + b) * x;"));

  private static final Change COMPILE_ERROR =
      new Change(
          "compile-error",
          "Experiments",
          "net.connect(input, lif, 0.03);",
          "net.connect(input, lif, 0.03)");
  private static final Change ENDLESS_LOOP =
      new Change(
          "endless-loop",
          "LIFNeuron",
          "      spikes.add(tStar);",
          "      while (v >= 1) {\n        tStar += 0;\n      }\n      spikes.add(tStar);");

  private static final List<String> WRITTEN =
      List.of("LIFNeuron", "SpikingNetwork", "Experiments", "Activations");

  private SyntheticClass() {}

  /**
   * Writes {@code count} submissions into a folder; returns how many of each kind.
   *
   * @param seed the seed of the mix, so a benchmark can be repeated exactly
   */
  public static Map<String, Integer> write(Path folder, int count, long seed) throws IOException {
    Map<String, String> reference = new LinkedHashMap<>();
    for (String name : WRITTEN) {
      reference.put(
          name, withoutMarkers(read("/neurograde/reference-sources/neurons/" + name + ".java")));
    }
    Random random = new Random(seed);
    Map<String, Integer> kinds = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      Map<String, String> files = new LinkedHashMap<>(reference);
      List<Change> changes = new ArrayList<>();
      if (i % 50 == 49) {
        changes.add(ENDLESS_LOOP);
      } else {
        double roll = random.nextDouble();
        if (roll < 0.1) {
          changes.add(COMPILE_ERROR);
        } else if (roll < 0.55) {
          changes.add(MISTAKES.get(random.nextInt(MISTAKES.size())));
          if (random.nextBoolean()) {
            changes.add(MISTAKES.get(random.nextInt(MISTAKES.size())));
          }
        }
      }
      String kind = changes.isEmpty() ? "correct" : changes.get(0).name();
      kinds.merge(kind, 1, Integer::sum);
      for (Change change : changes) {
        files.computeIfPresent(
            change.file(), (k, text) -> text.replace(change.from(), change.to()));
      }
      Path dir =
          folder
              .resolve(String.format(java.util.Locale.ROOT, "student%04d", i))
              .resolve("src/main/java/neurons");
      Files.createDirectories(dir);
      for (Map.Entry<String, String> file : files.entrySet()) {
        Files.writeString(
            dir.resolve(file.getKey() + ".java"), file.getValue(), StandardCharsets.UTF_8);
      }
    }
    return kinds;
  }

  private static String withoutMarkers(String source) {
    StringBuilder out = new StringBuilder();
    for (String line : source.split("\n", -1)) {
      if (!line.strip().startsWith("//!")) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  private static String read(String resource) {
    try (InputStream in = SyntheticClass.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the grader was built without " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
