package de.jplag.java;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.SourcePositions;
import de.jplag.ParsingException;
import java.io.File;
import java.util.List;

/**
 * JPlag's Java tokenizer applied to a syntax tree the grader parsed itself.
 *
 * <p>JPlag 4.3.0 only tokenizes files on disk, with a new compiler set-up per call (about 40 ms a
 * submission, and quadratic in the number of files of one call). The grader parses sources from
 * memory with one reused compiler and hands each tree to JPlag's own scanner, which is
 * package-private: hence this class in JPlag's package. The tokens are JPlag's, so scores are
 * JPlag's.
 */
public final class TreeTokens {

  private TreeTokens() {}

  /**
   * Adds the tokens of a parsed file to a parser, without its end-of-file token.
   *
   * @param file the file the tokens are attributed to
   * @param parser receives the tokens
   * @param unit the file's syntax tree, parsed without errors
   * @param positions the positions of the tree's nodes
   * @return what the scanner could not tokenize (empty for a tree without errors)
   */
  public static List<ParsingException> scan(
      File file, Parser parser, CompilationUnitTree unit, SourcePositions positions) {
    TokenGeneratingTreeScanner scanner =
        new TokenGeneratingTreeScanner(file, parser, unit.getLineMap(), positions, unit);
    unit.accept(scanner, null);
    return scanner.getParsingExceptions();
  }
}
