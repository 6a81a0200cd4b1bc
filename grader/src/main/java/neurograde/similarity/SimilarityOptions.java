package neurograde.similarity;

import java.nio.file.Path;
import java.util.List;

/**
 * How a class is compared and what is reported.
 *
 * @param threshold a pair of students is marked when its score reaches this (0 to 1)
 * @param minTokens a class's shared code counts towards a pair's score only from this many shared
 *     JPlag tokens (about as many statements)
 * @param pairs how many of the most similar pairs are listed
 * @param reference whether the course's reference solution is a known source
 * @param known more known sources: folders or zips read like submissions (last year's, a solution
 *     found online)
 * @param knownThreshold a student is marked as similar to a known source when that share of their
 *     code (0 to 1) is found in it
 */
public record SimilarityOptions(
    double threshold,
    int minTokens,
    int pairs,
    boolean reference,
    List<Path> known,
    double knownThreshold) {

  /** Default for {@link #threshold()}. */
  public static final double THRESHOLD = 0.6;

  /** Default for {@link #minTokens()}. */
  public static final int MIN_TOKENS = 20;

  /** Default for {@link #pairs()}. */
  public static final int PAIRS = 20;

  /** Default for {@link #knownThreshold()}. */
  public static final double KNOWN_THRESHOLD = 0.8;

  public SimilarityOptions {
    if (!(threshold >= 0 && threshold <= 1) || !(knownThreshold >= 0 && knownThreshold <= 1)) {
      throw new IllegalArgumentException("thresholds are between 0 and 1");
    }
    if (minTokens < 1 || pairs < 0) {
      throw new IllegalArgumentException("minTokens must be positive and pairs not negative");
    }
    known = List.copyOf(known);
  }

  /** The defaults: the reference solution as the only known source. */
  public static SimilarityOptions defaults() {
    return new SimilarityOptions(THRESHOLD, MIN_TOKENS, PAIRS, true, List.of(), KNOWN_THRESHOLD);
  }
}
