package neurograde.similarity;

import de.jplag.GreedyStringTiling;
import de.jplag.JPlagComparison;
import de.jplag.Language;
import de.jplag.Submission;
import de.jplag.options.JPlagOptions;
import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * JPlag's greedy string tiling over bodies of code that share one base (code every body was given,
 * which does not count). Comparisons run on as many threads as there are cores.
 */
final class Comparer {

  /** JPlag's Java language, whose minimum match is 9 tokens. */
  static final Language LANGUAGE = new de.jplag.java.Language();

  private static final JPlagOptions OPTIONS = new JPlagOptions(LANGUAGE, Set.of(), Set.of());

  private final Submission base;
  private final GreedyStringTiling tiling = new GreedyStringTiling(OPTIONS);
  private final List<Coded> codes = new ArrayList<>();
  private final String prefix;

  /**
   * @param prefix keeps JPlag's names of this comparer's submissions apart from another's
   * @param base the code that does not count
   */
  Comparer(String prefix, Tokenized base) {
    this.prefix = prefix;
    this.base = submission(prefix + "-base", base);
  }

  /** Measures one comparison. */
  @FunctionalInterface
  interface Measure<R> {
    R of(Coded first, Coded second, JPlagComparison comparison);
  }

  /** Adds code to compare; returns it prepared against the base. */
  Coded add(String id, Tokenized code) {
    String key = prefix + "-" + codes.size();
    Submission whole = submission(key + "-whole", code);
    Coded coded = new Coded(id, key, code, whole, tiling.generateBaseCodeMarking(whole, base));
    codes.add(coded);
    return coded;
  }

  /**
   * Compares pairs of the added code and measures each comparison.
   *
   * @param pairs indexes of the two codes of each pair, in the order added
   * @return the measures, in the order of the pairs
   */
  <R> List<R> compare(List<int[]> pairs, Measure<R> measure) {
    int threads = Math.max(1, Math.min(pairs.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread thread = new Thread(r, "similarity");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<List<R>>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        // JPlag's caches are not safe to fill from several threads: each thread has its own.
        parts.add(
            pool.submit(
                () -> run(pairs, measure, new GreedyStringTiling(OPTIONS), offset, threads)));
      }
      List<List<R>> done = new ArrayList<>();
      for (Future<List<R>> part : parts) {
        done.add(part.get());
      }
      List<R> results = new ArrayList<>(pairs.size());
      for (int i = 0; i < pairs.size(); i++) {
        results.add(done.get(i % threads).get(i / threads));
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the comparison was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the comparison failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Compares one pair on the calling thread. */
  JPlagComparison compare(Coded first, Coded second) {
    return tiling.compare(first.compared, second.compared);
  }

  private <R> List<R> run(
      List<int[]> pairs, Measure<R> measure, GreedyStringTiling gst, int offset, int stride) {
    List<R> results = new ArrayList<>();
    for (int i = offset; i < pairs.size(); i += stride) {
      Coded first = codes.get(pairs.get(i)[0]);
      Coded second = codes.get(pairs.get(i)[1]);
      results.add(measure.of(first, second, gst.compare(first.compared, second.compared)));
    }
    return results;
  }

  private static Submission submission(String key, Tokenized code) {
    Submission submission =
        new Submission(
            key,
            new File(key),
            true,
            Collections.nCopies(code.files().size(), new File(key)),
            LANGUAGE);
    submission.setTokenList(code.tokens());
    return submission;
  }
}
