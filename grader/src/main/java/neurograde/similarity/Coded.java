package neurograde.similarity;

import de.jplag.JPlagComparison;
import de.jplag.Match;
import de.jplag.SharedTokenType;
import de.jplag.Submission;
import de.jplag.Token;
import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A body of code prepared for comparisons against one base: which of its tokens are its own (not
 * covered by the base), which class each is in, and the JPlag submission of its own tokens only.
 *
 * <p>JPlag marks base code in every comparison anew (a set of boxed indexes per pair); comparing
 * only the own tokens, with an end-of-file token wherever base code was cut out so that no match
 * can bridge it, finds the same matches several times faster.
 */
final class Coded {

  /** The student's id, or the known source's name. */
  final String id;

  final Tokenized code;

  /** Whether each token is the code's own: not covered by the base, not an end of file. */
  final boolean[] own;

  /** The class (top-level type) each token is in; null for ends of files. */
  final String[] typeOf;

  /** How many own tokens each class has. */
  final Map<String, Integer> ownByType = new HashMap<>();

  /** How many own tokens there are in all. */
  final int ownTokens;

  /** The own tokens as a JPlag submission, cut where base code was. */
  final Submission compared;

  /** For each token of {@link #compared}, its index in {@link #code}. */
  private final int[] original;

  /**
   * @param key a name unique among the submissions compared together (JPlag keys them by name)
   * @param whole the whole code as a JPlag submission
   * @param base JPlag's comparison of the base with the whole code
   */
  Coded(String id, String key, Tokenized code, Submission whole, JPlagComparison base) {
    this.id = id;
    this.code = code;
    List<Token> tokens = code.tokens();
    own = new boolean[tokens.size()];
    typeOf = new String[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.getType() != SharedTokenType.FILE_END) {
        own[i] = true;
        typeOf[i] = code.files().get(Tokenized.fileOf(token)).typeAt(token.getLine());
      }
    }
    boolean first = base.firstSubmission() == whole;
    for (Match m : base.matches()) {
      int start = first ? m.startOfFirst() : m.startOfSecond();
      for (int i = start; i < start + m.length(); i++) {
        own[i] = false;
      }
    }
    File cut = new File(key + "-cut");
    List<Token> kept = new ArrayList<>();
    List<Integer> from = new ArrayList<>();
    int cuts = 0;
    boolean open = false;
    for (int i = 0; i < own.length; i++) {
      if (own[i]) {
        ownByType.merge(typeOf[i], 1, Integer::sum);
        kept.add(tokens.get(i));
        from.add(i);
        open = true;
      } else if (open) {
        kept.add(Token.fileEnd(cut));
        from.add(-1);
        cuts++;
        open = false;
      }
    }
    ownTokens = kept.size() - cuts;
    original = from.stream().mapToInt(Integer::intValue).toArray();
    compared =
        new Submission(key, new File(key), true, Collections.nCopies(cuts, cut), Comparer.LANGUAGE);
    compared.setTokenList(kept);
  }

  /** Returns the index in the whole code of a token of {@link #compared}. */
  int original(int index) {
    return original[index];
  }
}
