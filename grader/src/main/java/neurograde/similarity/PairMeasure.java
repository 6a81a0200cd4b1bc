package neurograde.similarity;

import de.jplag.JPlagComparison;
import de.jplag.Match;
import de.jplag.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures a JPlag comparison of two bodies of code: the share of each class's own code they have
 * in common, and, for pairs that are shown, the methods the shared code lies in.
 */
final class PairMeasure {

  /** Most method pairs named for a pair. */
  static final int METHODS = 6;

  private PairMeasure() {}

  /** The matches of a comparison, as token indexes into the first and second code given. */
  record Tile(int first, int second, int length) {}

  /**
   * Returns the comparison's matches oriented as (first, second), as indexes into each side's whole
   * code (a match lies within one run of own tokens, so it is contiguous there too).
   */
  static List<Tile> tiles(Coded first, Coded second, JPlagComparison comparison) {
    boolean same = comparison.firstSubmission() == first.compared;
    List<Tile> tiles = new ArrayList<>();
    for (Match m : comparison.matches()) {
      int a = same ? m.startOfFirst() : m.startOfSecond();
      int b = same ? m.startOfSecond() : m.startOfFirst();
      tiles.add(new Tile(first.original(a), second.original(b), m.length()));
    }
    tiles.sort(Comparator.comparingInt(Tile::first));
    return tiles;
  }

  /**
   * Measures two students' comparison: the score is the similarity of their most similar class
   * among those with at least {@code minTokens} shared tokens.
   */
  static SimilarPair students(
      Coded first, Coded second, JPlagComparison comparison, int minTokens, double threshold) {
    List<Tile> tiles = tiles(first, second, comparison);
    Map<String, int[]> matched = new TreeMap<>();
    int shared = 0;
    for (Tile tile : tiles) {
      shared += tile.length();
      for (int k = 0; k < tile.length(); k++) {
        matched.computeIfAbsent(first.typeOf[tile.first() + k], t -> new int[2])[0]++;
        matched.computeIfAbsent(second.typeOf[tile.second() + k], t -> new int[2])[1]++;
      }
    }
    List<SimilarPair.ClassShare> classes = new ArrayList<>();
    for (Map.Entry<String, int[]> type : matched.entrySet()) {
      int[] m = type.getValue();
      int own =
          first.ownByType.getOrDefault(type.getKey(), 0)
              + second.ownByType.getOrDefault(type.getKey(), 0);
      int both = m[0] + m[1];
      classes.add(
          new SimilarPair.ClassShare(
              type.getKey(), own == 0 ? 0 : (double) both / own, both / 2, both >= 2 * minTokens));
    }
    classes.sort(
        Comparator.comparing(SimilarPair.ClassShare::counted)
            .thenComparingDouble(SimilarPair.ClassShare::similarity)
            .reversed()
            .thenComparing(SimilarPair.ClassShare::name));
    SimilarPair.ClassShare best =
        classes.isEmpty() || !classes.get(0).counted() ? null : classes.get(0);
    double score = best == null ? 0 : best.similarity();
    return new SimilarPair(
        first.id,
        second.id,
        score,
        best == null ? null : best.name(),
        comparison.similarity(),
        share(shared, first),
        share(shared, second),
        shared,
        classes,
        List.of(),
        best != null && score >= threshold,
        null);
  }

  /**
   * Measures a student's comparison with a known source: the score is the share of the student's
   * code found in it.
   */
  static SimilarPair known(
      Coded student, Coded source, JPlagComparison comparison, int minTokens, double threshold) {
    SimilarPair pair = students(student, source, comparison, minTokens, 1);
    double score = share(pair.sharedTokens(), student);
    return new SimilarPair(
        pair.first(),
        pair.second(),
        score,
        null,
        pair.overall(),
        pair.shareFirst(),
        pair.shareSecond(),
        pair.sharedTokens(),
        pair.classes(),
        List.of(),
        pair.sharedTokens() >= minTokens && score >= threshold,
        null);
  }

  /** Returns a measured pair with the methods its shared code lies in. */
  static SimilarPair withMethods(
      SimilarPair pair, Coded first, Coded second, JPlagComparison comparison) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (Tile tile : tiles(first, second, comparison)) {
      for (int k = 0; k < tile.length(); k++) {
        counts.merge(
            List.of(method(first, tile.first() + k), method(second, tile.second() + k)),
            1,
            Integer::sum);
      }
    }
    List<SimilarPair.MethodMatch> methods =
        counts.entrySet().stream()
            .map(
                e ->
                    new SimilarPair.MethodMatch(e.getKey().get(0), e.getKey().get(1), e.getValue()))
            .sorted(
                Comparator.comparingInt(SimilarPair.MethodMatch::tokens)
                    .reversed()
                    .thenComparing(SimilarPair.MethodMatch::first)
                    .thenComparing(SimilarPair.MethodMatch::second))
            .limit(METHODS)
            .toList();
    return new SimilarPair(
        pair.first(),
        pair.second(),
        pair.score(),
        pair.scoreClass(),
        pair.overall(),
        pair.shareFirst(),
        pair.shareSecond(),
        pair.sharedTokens(),
        pair.classes(),
        methods,
        pair.marked(),
        pair.page());
  }

  private static String method(Coded code, int index) {
    Token token = code.code.tokens().get(index);
    return code.code.files().get(Tokenized.fileOf(token)).methodAt(token.getLine());
  }

  private static double share(int shared, Coded code) {
    return code.ownTokens == 0 ? 0 : Math.min(1, (double) shared / code.ownTokens);
  }
}
