package neurograde.similarity;

import java.util.List;

/**
 * What a side-by-side page shows of a pair: the code of both sides, line by line, with the shared
 * regions numbered and the lines the base covers (given code) set apart.
 *
 * @param pair the measured pair, with its page
 * @param known whether the second side is a known source rather than a student
 * @param first the first side's code
 * @param second the second side's code
 * @param regions the shared regions, numbered from 1 in the first side's order
 */
public record PairView(
    SimilarPair pair, boolean known, Side first, Side second, List<Region> regions) {

  public PairView {
    regions = List.copyOf(regions);
  }

  /**
   * A shared region: a JPlag match, the same code on both sides.
   *
   * @param number its number on both sides, from 1
   * @param tokens how many tokens it has
   * @param first where it is on the first side
   * @param second where it is on the second side
   */
  public record Region(int number, int tokens, Place first, Place second) {}

  /**
   * Lines of a file.
   *
   * @param path the file's path in the submission
   * @param from the first line
   * @param to the last line
   * @param method the method it starts in, for example {@code LIFNeuron.step}
   */
  public record Place(String path, int from, int to, String method) {}

  /**
   * One side's code.
   *
   * @param name the student's id or the known source's name
   * @param files its files in the order compared
   * @param skipped files that were not compared, with why
   */
  public record Side(String name, List<FileView> files, List<String> skipped) {

    public Side {
      files = List.copyOf(files);
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * One file.
   *
   * @param path its path in the submission (student input: show it as text only)
   * @param lines its lines (student input: show them as text only)
   * @param region per line, the shared region it is in (0 for none)
   * @param given per line, whether the base (template or known source) covers it
   */
  public record FileView(
      String path, List<String> lines, List<Integer> region, List<Boolean> given) {

    public FileView {
      lines = List.copyOf(lines);
      region = List.copyOf(region);
      given = List.copyOf(given);
    }
  }
}
