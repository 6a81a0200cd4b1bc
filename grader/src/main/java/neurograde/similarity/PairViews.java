package neurograde.similarity;

import de.jplag.JPlagComparison;
import de.jplag.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds what a pair's side-by-side page shows from a JPlag comparison. */
final class PairViews {

  private PairViews() {}

  /** Returns the view of a measured pair. */
  static PairView of(
      SimilarPair pair, boolean known, Coded first, Coded second, JPlagComparison c) {
    List<PairMeasure.Tile> tiles = PairMeasure.tiles(first, second, c);
    int[][][] regions = {lineArrays(first), lineArrays(second)};
    List<PairView.Region> shared = new ArrayList<>();
    for (int r = 0; r < tiles.size(); r++) {
      PairMeasure.Tile tile = tiles.get(r);
      shared.add(
          new PairView.Region(
              r + 1,
              tile.length(),
              mark(first, regions[0], tile.first(), tile.length(), r + 1),
              mark(second, regions[1], tile.second(), tile.length(), r + 1)));
    }
    return new PairView(pair, known, side(first, regions[0]), side(second, regions[1]), shared);
  }

  private static int[][] lineArrays(Coded code) {
    int[][] lines = new int[code.code.files().size()][];
    for (int f = 0; f < lines.length; f++) {
      lines[f] = new int[lines(code.code.files().get(f).text()).size() + 1];
    }
    return lines;
  }

  /**
   * Marks the lines from a tile's first token to its last with the tile's number; returns where
   * they are.
   */
  private static PairView.Place mark(Coded code, int[][] lines, int start, int length, int region) {
    List<Token> tokens = code.code.tokens();
    Token first = tokens.get(start);
    Token last = tokens.get(start + length - 1);
    int index = Tokenized.fileOf(first);
    int[] file = lines[index];
    int to = Tokenized.fileOf(last) == index ? last.getLine() : first.getLine();
    for (int line = Math.max(1, first.getLine()); line <= Math.min(to, file.length - 1); line++) {
      if (file[line] == 0) {
        file[line] = region;
      }
    }
    Tokenized.CodeFile source = code.code.files().get(index);
    return new PairView.Place(
        source.path(),
        first.getLine(),
        Math.max(first.getLine(), to),
        source.methodAt(first.getLine()));
  }

  private static PairView.Side side(Coded code, int[][] regions) {
    boolean[][] given = new boolean[regions.length][];
    for (int f = 0; f < regions.length; f++) {
      given[f] = new boolean[regions[f].length];
    }
    List<Token> tokens = code.code.tokens();
    boolean[][] ownLine = new boolean[regions.length][];
    for (int f = 0; f < regions.length; f++) {
      ownLine[f] = new boolean[regions[f].length];
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (code.typeOf[i] == null) {
        continue;
      }
      Token token = tokens.get(i);
      int f = Tokenized.fileOf(token);
      int line = token.getLine();
      if (line < 1 || line >= given[f].length) {
        continue;
      }
      if (code.own[i]) {
        ownLine[f][line] = true;
      } else {
        given[f][line] = true;
      }
    }
    List<PairView.FileView> files = new ArrayList<>();
    for (int f = 0; f < regions.length; f++) {
      Tokenized.CodeFile file = code.code.files().get(f);
      List<Integer> region = new ArrayList<>();
      List<Boolean> isGiven = new ArrayList<>();
      List<String> lines = lines(file.text());
      for (int line = 1; line <= lines.size(); line++) {
        region.add(regions[f][line]);
        // A line is given when the base covers its tokens and none of them is the code's own.
        isGiven.add(given[f][line] && !ownLine[f][line]);
      }
      files.add(new PairView.FileView(file.path(), lines, region, isGiven));
    }
    return new PairView.Side(code.id, files, code.code.skipped());
  }

  /** Splits a text into lines as javac counts them. */
  static List<String> lines(String text) {
    return Arrays.asList(text.split("\r\n|\r|\n", -1));
  }
}
