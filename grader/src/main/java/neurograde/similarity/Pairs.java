package neurograde.similarity;

import de.jplag.JPlagComparison;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Pairs compared under one base, measured and ranked; the listed ones with their pages' views. */
final class Pairs {

  /** Most similar first; ties by overall similarity, then shared code, then ids. */
  static final Comparator<SimilarPair> RANK =
      Comparator.comparingDouble(SimilarPair::score)
          .thenComparingDouble(SimilarPair::overall)
          .thenComparingInt(SimilarPair::sharedTokens)
          .reversed()
          .thenComparing(SimilarPair::first)
          .thenComparing(SimilarPair::second);

  private final Comparer comparer;
  private final List<Coded> codes;
  private final List<int[]> index;
  private final List<SimilarPair> measured;
  private final boolean known;
  private final SimilarityOptions options;

  private Pairs(
      Comparer comparer,
      List<Coded> codes,
      List<int[]> index,
      List<SimilarPair> measured,
      boolean known,
      SimilarityOptions options) {
    this.comparer = comparer;
    this.codes = codes;
    this.index = index;
    this.measured = measured;
    this.known = known;
    this.options = options;
  }

  /** Compares every two students. Code the template gives or a known source has does not count. */
  static Pairs of(
      Map<String, Tokenized> students,
      Tokenized template,
      Map<String, Tokenized> known,
      SimilarityOptions options) {
    List<Tokenized> base = new ArrayList<>(List.of(template));
    base.addAll(known.values());
    Comparer comparer = new Comparer("s", Similarity.concat(base));
    List<Coded> codes = new ArrayList<>();
    students.forEach((student, code) -> codes.add(comparer.add(student, code)));
    List<int[]> index = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      for (int j = i + 1; j < codes.size(); j++) {
        index.add(new int[] {i, j});
      }
    }
    List<SimilarPair> measured =
        comparer.compare(
            index,
            (a, b, c) -> PairMeasure.students(a, b, c, options.minTokens(), options.threshold()));
    return new Pairs(comparer, codes, index, measured, false, options);
  }

  /**
   * Compares every student with every known source; only the template does not count. Keeps each
   * student's most similar source.
   */
  static Pairs known(
      Map<String, Tokenized> students,
      Tokenized template,
      Map<String, Tokenized> known,
      SimilarityOptions options) {
    Comparer comparer = new Comparer("k", template);
    List<Coded> codes = new ArrayList<>();
    students.forEach((student, code) -> codes.add(comparer.add(student, code)));
    known.forEach((name, code) -> codes.add(comparer.add(name, code)));
    List<int[]> all = new ArrayList<>();
    for (int i = 0; i < students.size(); i++) {
      for (int j = students.size(); j < codes.size(); j++) {
        all.add(new int[] {i, j});
      }
    }
    List<SimilarPair> measured =
        comparer.compare(
            all,
            (a, b, c) -> PairMeasure.known(a, b, c, options.minTokens(), options.knownThreshold()));
    Map<Integer, Integer> best = new TreeMap<>();
    for (int p = 0; p < all.size(); p++) {
      Integer current = best.get(all.get(p)[0]);
      if (current == null || RANK.compare(measured.get(p), measured.get(current)) < 0) {
        best.put(all.get(p)[0], p);
      }
    }
    List<int[]> index = new ArrayList<>();
    List<SimilarPair> kept = new ArrayList<>();
    for (int p : best.values()) {
      index.add(all.get(p));
      kept.add(measured.get(p));
    }
    return new Pairs(comparer, codes, index, kept, true, options);
  }

  /** Returns how many pairs were compared. */
  long compared() {
    return index.size();
  }

  /** Returns how many pairs scored 0-10%, 10-20%, ... 90-100%. */
  List<Integer> distribution() {
    Integer[] counts = new Integer[10];
    java.util.Arrays.fill(counts, 0);
    for (SimilarPair pair : measured) {
      counts[Math.min(9, (int) Math.floor(pair.score() * 10))]++;
    }
    return List.of(counts);
  }

  /** Returns how many pairs reach the threshold. */
  int marked() {
    return (int) measured.stream().filter(SimilarPair::marked).count();
  }

  /**
   * Returns the most similar pairs that share any code, as many as the options list, with the
   * methods their shared code lies in and their pages; adds the pages' views.
   *
   * @param prefix the pages' names start with it: {@code similarity/PREFIX-001.html}
   */
  List<SimilarPair> listed(String prefix, List<PairView> views) {
    List<Integer> order = new ArrayList<>();
    for (int p = 0; p < measured.size(); p++) {
      if (measured.get(p).sharedTokens() > 0) {
        order.add(p);
      }
    }
    order.sort((x, y) -> RANK.compare(measured.get(x), measured.get(y)));
    List<SimilarPair> listed = new ArrayList<>();
    for (int p : order.subList(0, Math.min(order.size(), options.pairs()))) {
      Coded first = codes.get(index.get(p)[0]);
      Coded second = codes.get(index.get(p)[1]);
      JPlagComparison comparison = comparer.compare(first, second);
      String page =
          String.format(
              Locale.ROOT, "%s/%s-%03d.html", SimilarityReport.FOLDER, prefix, listed.size() + 1);
      SimilarPair pair =
          PairMeasure.withMethods(measured.get(p), first, second, comparison).withPage(page);
      listed.add(pair);
      views.add(PairViews.of(pair, known, first, second, comparison));
    }
    return Collections.unmodifiableList(listed);
  }
}
