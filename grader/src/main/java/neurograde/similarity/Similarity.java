package neurograde.similarity;

import de.jplag.JPlag;
import de.jplag.Token;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import neurograde.InputException;
import neurograde.submission.SourceFile;

/**
 * The similarity report of a graded class: which pairs of students share code that neither the
 * template nor a known source (by default the reference solution) explains, and which students'
 * code is mostly a known source's. JPlag is the engine: its Java tokens (which ignore names,
 * comments, layout and literals) and its greedy string tiling.
 *
 * <p>It reads only the output folder ({@code results/} for who was graded, {@code sources/} for
 * their code) and writes only {@code similarity/}: marks are never touched.
 */
public final class Similarity {

  private static final long STACK_BYTES = 256L << 20;

  private Similarity() {}

  /**
   * What a run found.
   *
   * @param report the report, saved in the output folder
   * @param views the pages to write: one per pair listed
   * @param millis how long it took (ms)
   */
  public record Run(SimilarityReport report, List<PairView> views, long millis) {}

  /**
   * Compares the code of a graded class and saves the report in {@code DIR/similarity/}.
   *
   * @throws InputException if the folder has no results or a known source cannot be read
   */
  public static Run run(Path out, SimilarityOptions options) throws IOException {
    long start = System.nanoTime();
    List<String> graded = graded(out);
    Map<String, List<SourceFile>> sources = new TreeMap<>();
    Map<String, String> digests = new TreeMap<>();
    List<SimilarityReport.Note> notCompared = new ArrayList<>();
    for (String student : graded) {
      Optional<List<SourceFile>> kept;
      try {
        kept = KeptSources.read(out, student);
      } catch (IOException e) {
        notCompared.add(
            new SimilarityReport.Note(
                student, "its kept sources cannot be read: " + e.getMessage()));
        continue;
      }
      if (kept.isEmpty()) {
        notCompared.add(
            new SimilarityReport.Note(
                student,
                "no sources kept: no submission, or graded before the grader kept sources (grade"
                    + " again with --regrade to compare it)"));
        continue;
      }
      sources.put(student, CourseOrder.sorted(kept.get()));
      digests.put(student, KeptSources.digest(out, student).orElse(""));
    }
    List<KnownSources.Known> known = KnownSources.load(options.reference(), options.known());

    Tokens tokens = Tokens.of(sources, known);
    List<SimilarityReport.Note> skipped = new ArrayList<>();
    Map<String, Tokenized> students = new LinkedHashMap<>();
    tokens.students.forEach(
        (student, code) -> {
          code.skipped().forEach(why -> skipped.add(new SimilarityReport.Note(student, why)));
          if (code.files().isEmpty()) {
            notCompared.add(
                new SimilarityReport.Note(
                    student,
                    code.skipped().isEmpty()
                        ? "no Java files of their own"
                        : "none of its files could be compared"));
          } else {
            students.put(student, code);
          }
        });

    List<PairView> views = new ArrayList<>();
    Pairs pairs = Pairs.of(students, tokens.template, tokens.known, options);
    List<SimilarPair> listed = pairs.listed("pair", views);
    List<SimilarPair> knownListed = List.of();
    int knownMarked = 0;
    if (!tokens.known.isEmpty() && !students.isEmpty()) {
      Pairs similarToKnown = Pairs.known(students, tokens.template, tokens.known, options);
      knownListed = similarToKnown.listed("known", views);
      knownMarked = similarToKnown.marked();
    }
    notCompared.sort(Comparator.comparing(SimilarityReport.Note::student));
    SimilarityReport report =
        new SimilarityReport(
            engine(),
            options.threshold(),
            options.minTokens(),
            options.knownThreshold(),
            known.stream().map(KnownSources.Known::name).toList(),
            digests,
            students.size(),
            notCompared,
            skipped,
            pairs.compared(),
            pairs.distribution(),
            pairs.marked(),
            knownMarked,
            listed,
            knownListed);
    report.save(out);
    return new Run(report, views, (System.nanoTime() - start) / 1_000_000);
  }

  /** Returns the ids of the students with a result, from the result files' names. */
  static List<String> graded(Path out) throws IOException {
    Path results = out.resolve("results"); // Grading.RESULTS, which depends on this package
    TreeSet<String> students = new TreeSet<>();
    if (Files.isDirectory(results)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(results, "*.json")) {
        for (Path file : files) {
          String name = file.getFileName().toString();
          students.add(name.substring(0, name.length() - ".json".length()));
        }
      }
    }
    if (students.isEmpty()) {
      throw new InputException(
          out + ": no result files in " + results + "; grade the submissions first");
    }
    return List.copyOf(students);
  }

  private static String engine() {
    var version = JPlag.JPLAG_VERSION;
    return String.format(
        Locale.ROOT, "JPlag %d.%d.%d", version.major(), version.minor(), version.patch());
  }

  /** Every body of code as tokens. */
  private record Tokens(
      Map<String, Tokenized> students, Tokenized template, Map<String, Tokenized> known) {

    /**
     * Tokenizes on as many threads as there are cores, each with a large stack (deeply nested code
     * makes tree scanners recurse deeply) and its own compiler.
     */
    static Tokens of(Map<String, List<SourceFile>> sources, List<KnownSources.Known> known) {
      List<List<SourceFile>> bodies = new ArrayList<>(sources.values());
      known.forEach(k -> bodies.add(k.files()));
      bodies.add(KnownSources.template());
      int threads =
          Math.max(1, Math.min(bodies.size(), Runtime.getRuntime().availableProcessors()));
      Tokenized[] done = new Tokenized[bodies.size()];
      AtomicReference<Throwable> failure = new AtomicReference<>();
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        Runnable work =
            () -> {
              try {
                JavaTokens tokenizer = new JavaTokens();
                for (int i = offset; i < bodies.size(); i += threads) {
                  done[i] = tokenizer.tokenize(bodies.get(i));
                }
              } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
              }
            };
        Thread worker = new Thread(null, work, "similarity-parse", STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        workers.add(worker);
      }
      for (Thread worker : workers) {
        try {
          worker.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while parsing", e);
        }
      }
      if (failure.get() != null) {
        throw new IllegalStateException("parsing failed: " + failure.get(), failure.get());
      }
      Map<String, Tokenized> students = new LinkedHashMap<>();
      int i = 0;
      for (String student : sources.keySet()) {
        students.put(student, done[i++]);
      }
      Map<String, Tokenized> knownTokens = new LinkedHashMap<>();
      for (KnownSources.Known source : known) {
        knownTokens.put(source.name(), done[i++]);
      }
      return new Tokens(students, done[i], knownTokens);
    }
  }

  /** Joins bodies of code into one, as JPlag's base: tiles never cross their ends of files. */
  static Tokenized concat(List<Tokenized> parts) {
    List<Token> tokens = new ArrayList<>();
    List<Tokenized.CodeFile> files = new ArrayList<>();
    for (Tokenized part : parts) {
      tokens.addAll(part.tokens());
      files.addAll(part.files());
    }
    return new Tokenized(tokens, files, List.of());
  }
}
