package neurograde.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import neurograde.submission.SourceFile;
import neurograde.submission.SubmissionFiles;

/**
 * The reference and the template, bundled with the grader, as submissions: what {@code validate}
 * grades.
 */
public final class BundledSubmissions {

  private static final List<String> FILES =
      List.of(
          "Activations",
          "Connection",
          "Experiments",
          "InputNeuron",
          "LIFNeuron",
          "Neuron",
          "Plots",
          "SpikeTrains",
          "SpikingNetwork");

  private BundledSubmissions() {}

  /** The course's reference solution. */
  public static SubmissionFiles reference() {
    return read("reference", "/neurograde/reference-sources/neurons/");
  }

  /** The student template, as a student downloads it. */
  public static SubmissionFiles template() {
    return read("template", "/neurograde/template/neurons/");
  }

  private static SubmissionFiles read(String student, String folder) {
    List<SourceFile> sources = new ArrayList<>();
    for (String name : FILES) {
      try (InputStream in = BundledSubmissions.class.getResourceAsStream(folder + name + ".java")) {
        if (in == null) {
          throw new IllegalStateException(
              "the grader was built without " + folder + name + ".java");
        }
        sources.add(
            new SourceFile(
                "src/main/java/neurons/" + name + ".java",
                new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new SubmissionFiles(student, sources, null, List.of());
  }
}
