package neurograde.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The class the benchmark grades: realistic submissions, the grader's own test fixtures (correct
 * variants of the model, single mistakes, a compile error), with one endless loop in {@code step}
 * per 50, one submission whose loop only long simulations reach and one that floods its output.
 */
public final class BenchClass {

  /** What a submission of the class is, for reporting its cost. */
  public enum Kind {
    CORRECT("correct"),
    MISTAKE("mistake"),
    COMPILE_ERROR("compile error"),
    ENDLESS_LOOP("endless loop in step"),
    LONG_RUN_LOOP("loops only in long simulations"),
    FLOOD("floods output");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** Whether this kind is expected to run out of time somewhere. */
    public boolean hangs() {
      return this == ENDLESS_LOOP || this == LONG_RUN_LOOP;
    }
  }

  /** One submission of the class: its id, the fixture it was made from, and its kind. */
  public record Member(String student, String fixture, Kind kind) {}

  /** A change to a fixture's source: which file, the text to replace (once), with what. */
  record Change(String file, String from, String to) {}

  /** The reference fixture, the starting point of the made-up submissions. */
  static final String REFERENCE = "reference";

  static final String ENDLESS = "fault-infinite-loop-in-step";
  static final String COMPILE_ERROR = "fault-compile-error-in-experiments";

  /**
   * The reference, with a loop in step that only a neuron past 8 s of simulated time reaches: the
   * 40 s firing-rate experiment, never the checks' short runs.
   */
  static final Change LONG_RUN_LOOP =
      new Change(
          "LIFNeuron",
          "      spikes.add(tStar);\n",
          "      spikes.add(tStar);\n      while (t > 8 && v >= 1) {\n        tStar += 0;\n      }\n");

  /** Lines the flooding submission prints every step. */
  static final int FLOOD_LINES_PER_STEP = 2000;

  /** The reference, printing {@link #FLOOD_LINES_PER_STEP} lines of its state every step. */
  static final Change FLOOD =
      new Change(
          "LIFNeuron",
          "  public void step(double dt) {\n",
          "  public void step(double dt) {\n    for (int line = 0; line < "
              + FLOOD_LINES_PER_STEP
              + "; line++) {\n      System.out.println(\"step \" + line + \": v=\" + v);\n    }\n");

  /** Share of the ordinary submissions that are correct (the rest are mistakes, a few errors). */
  private static final double CORRECT_SHARE = 0.5;

  /** Share of the ordinary submissions that do not compile. */
  private static final double COMPILE_ERROR_SHARE = 0.02;

  private BenchClass() {}

  /**
   * Writes a class of {@code count} submissions into a folder, {@code student0000} onwards.
   *
   * @param seed the seed of the mix, so a benchmark can be repeated exactly
   * @return the submissions, in id order
   */
  public static List<Member> write(Path folder, int count, long seed) throws IOException {
    List<Member> members = plan(count, seed);
    for (Member member : members) {
      writeMember(folder.resolve(member.student()), member);
    }
    return members;
  }

  /** Returns which submission each id of a class of {@code count} is. */
  static List<Member> plan(int count, long seed) {
    Fixtures fixtures = Fixtures.bundled();
    List<String> correct = fixtures.correct();
    List<String> mistakes = fixtures.mistakes();
    Random random = new Random(seed);
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String student = String.format(Locale.ROOT, "student%04d", i);
      Member member;
      if (i % 50 == 49) {
        member = new Member(student, ENDLESS, Kind.ENDLESS_LOOP);
      } else if (i == count / 3 && count >= 3) {
        member = new Member(student, REFERENCE, Kind.LONG_RUN_LOOP);
      } else if (i == 2 * count / 3 && count >= 3) {
        member = new Member(student, REFERENCE, Kind.FLOOD);
      } else {
        double roll = random.nextDouble();
        if (roll < COMPILE_ERROR_SHARE) {
          member = new Member(student, COMPILE_ERROR, Kind.COMPILE_ERROR);
        } else if (roll < COMPILE_ERROR_SHARE + CORRECT_SHARE) {
          member = new Member(student, correct.get(random.nextInt(correct.size())), Kind.CORRECT);
        } else {
          member = new Member(student, mistakes.get(random.nextInt(mistakes.size())), Kind.MISTAKE);
        }
      }
      members.add(member);
    }
    return members;
  }

  /** Writes one submission of a kind into a folder of its own (for measuring it alone). */
  public static Member writeOne(Path folder, String student, Kind kind) throws IOException {
    String fixture =
        switch (kind) {
          case ENDLESS_LOOP -> ENDLESS;
          case COMPILE_ERROR -> COMPILE_ERROR;
          case MISTAKE -> Fixtures.bundled().mistakes().get(0);
          default -> REFERENCE;
        };
    Member member = new Member(student, fixture, kind);
    writeMember(folder.resolve(student), member);
    return member;
  }

  /** Counts the members of each kind, in the order of the kinds. */
  public static Map<Kind, Integer> count(List<Member> members) {
    Map<Kind, Integer> counts = new TreeMap<>();
    for (Member member : members) {
      counts.merge(member.kind(), 1, Integer::sum);
    }
    return counts;
  }

  private static void writeMember(Path dir, Member member) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>(Fixtures.bundled().files(member.fixture()));
    Change change =
        switch (member.kind()) {
          case LONG_RUN_LOOP -> LONG_RUN_LOOP;
          case FLOOD -> FLOOD;
          default -> null;
        };
    if (change != null) {
      String path = "src/main/java/neurons/" + change.file() + ".java";
      byte[] bytes = files.get(path);
      String text = bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
      if (!text.contains(change.from())) {
        throw new IllegalStateException(
            "the benchmark cannot make a " + member.kind().label() + " submission from " + path);
      }
      files.put(path, text.replace(change.from(), change.to()).getBytes(StandardCharsets.UTF_8));
    }
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = dir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
  }
}
