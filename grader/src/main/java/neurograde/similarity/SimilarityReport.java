package neurograde.similarity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import neurograde.internal.AtomicFile;

/**
 * The similarity report of a graded class, saved as {@code DIR/similarity/similarity.json} for the
 * class overview and the gradebook.
 *
 * @param engine the engine and its version, for example {@code JPlag 4.3.0}
 * @param threshold a pair is marked from this score (0 to 1)
 * @param minTokens shared tokens a class needs to give a pair's score
 * @param knownThreshold a student is marked as similar to a known source from this share
 * @param knownSources the names of the known sources
 * @param digests every student whose kept sources were read, with a digest of them
 * @param submissions how many students' code was compared
 * @param notCompared students with a result whose code was not compared, with why
 * @param skippedFiles files left out of a student's code, with why
 * @param pairsCompared how many pairs of students were compared
 * @param distribution how many pairs scored 0-10%, 10-20%, ... 90-100%
 * @param marked how many pairs reach the threshold
 * @param knownMarked how many students reach the known-source threshold
 * @param pairs the most similar pairs of students, most similar first
 * @param known the students most similar to a known source, most similar first
 */
public record SimilarityReport(
    String engine,
    double threshold,
    int minTokens,
    double knownThreshold,
    List<String> knownSources,
    Map<String, String> digests,
    int submissions,
    List<Note> notCompared,
    List<Note> skippedFiles,
    long pairsCompared,
    List<Integer> distribution,
    int marked,
    int knownMarked,
    List<SimilarPair> pairs,
    List<SimilarPair> known) {

  /** Folder of the report and its pages inside an output folder. */
  public static final String FOLDER = "similarity";

  private static final String FILE = "similarity.json";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public SimilarityReport {
    knownSources = List.copyOf(knownSources);
    digests = new TreeMap<>(digests);
    notCompared = List.copyOf(notCompared);
    skippedFiles = List.copyOf(skippedFiles);
    distribution = List.copyOf(distribution);
    pairs = List.copyOf(pairs);
    known = List.copyOf(known);
  }

  /**
   * A student and something said of them.
   *
   * @param student the student's id
   * @param why what happened
   */
  public record Note(String student, String why) {}

  /** Saves the report in an output folder, atomically. */
  public void save(Path out) throws IOException {
    AtomicFile.write(out.resolve(FOLDER).resolve(FILE), JSON.writeValueAsString(this) + "\n");
  }

  /**
   * Reads the report of an output folder.
   *
   * @return the report, or empty if there is none
   * @throws IOException if there is one that cannot be read
   */
  public static Optional<SimilarityReport> load(Path out) throws IOException {
    Path file = out.resolve(FOLDER).resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(JSON.readValue(file.toFile(), SimilarityReport.class));
  }

  /**
   * Returns the graded students whose code changed since this report, or who were graded after it:
   * the report says nothing about them until it is made again.
   *
   * @param graded the students with a result now
   */
  public List<String> changedSince(Path out, Collection<String> graded) {
    List<String> changed = new ArrayList<>();
    for (String student : graded) {
      String then = digests.get(student);
      Optional<String> now = KeptSources.digest(out, student);
      boolean noted = notCompared.stream().anyMatch(n -> n.student().equals(student));
      if (then != null ? !now.equals(Optional.of(then)) : now.isPresent() || !noted) {
        changed.add(student);
      }
    }
    return changed;
  }
}
