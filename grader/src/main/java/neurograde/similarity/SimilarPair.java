package neurograde.similarity;

import java.util.List;

/**
 * How similar two bodies of code are: two students, or a student and a known source. Only code
 * outside the base (the template, and for two students the known sources too) counts.
 *
 * @param first a student's id
 * @param second the other student's id, or the known source's name
 * @param score for two students, the similarity of their most similar class (see {@link
 *     ClassShare}); for a known source, the share of the student's code found in it (0 to 1)
 * @param scoreClass the class that gives a pair's score, or null
 * @param overall JPlag's average similarity of the whole code of both (0 to 1)
 * @param shareFirst the share of the first's code found in the second (0 to 1)
 * @param shareSecond the share of the second's code found in the first (0 to 1)
 * @param sharedTokens how many JPlag tokens they have in common
 * @param classes the classes with shared code, most similar first
 * @param methods the methods with the most shared code, most first
 * @param marked whether the score reaches the threshold
 * @param page the side-by-side page, relative to the output folder, or null
 */
public record SimilarPair(
    String first,
    String second,
    double score,
    String scoreClass,
    double overall,
    double shareFirst,
    double shareSecond,
    int sharedTokens,
    List<ClassShare> classes,
    List<MethodMatch> methods,
    boolean marked,
    String page) {

  public SimilarPair {
    classes = List.copyOf(classes);
    methods = List.copyOf(methods);
  }

  /** Returns this pair with a page. */
  SimilarPair withPage(String page) {
    return new SimilarPair(
        first,
        second,
        score,
        scoreClass,
        overall,
        shareFirst,
        shareSecond,
        sharedTokens,
        classes,
        methods,
        marked,
        page);
  }

  /**
   * The shared code of one class (a top-level type, by name): its similarity is the shared tokens
   * of both sides over the tokens both sides have in it.
   *
   * @param name the class's name, for example {@code LIFNeuron}
   * @param similarity shared over own tokens, both sides together (0 to 1)
   * @param shared shared tokens, averaged over the two sides
   * @param counted whether it has enough shared tokens to give a pair's score
   */
  public record ClassShare(String name, double similarity, int shared, boolean counted) {}

  /**
   * Shared code between a method of each side.
   *
   * @param first the first's method, for example {@code LIFNeuron.step}
   * @param second the second's method
   * @param tokens how many shared tokens lie in both
   */
  public record MethodMatch(String first, String second, int tokens) {}
}
