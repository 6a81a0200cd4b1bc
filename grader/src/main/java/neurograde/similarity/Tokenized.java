package neurograde.similarity;

import de.jplag.Token;
import java.util.List;

/**
 * A body of code as JPlag's tokens, with what is needed to say where each token is.
 *
 * @param tokens the tokens of every file, each file closed by JPlag's end-of-file token
 * @param files the files tokenized, in token order; a token's file is {@code files.get(Integer
 *     .parseInt(token.getFile().getName()))}
 * @param skipped files left out, each with why (they did not parse, say)
 */
record Tokenized(List<Token> tokens, List<CodeFile> files, List<String> skipped) {

  Tokenized {
    tokens = List.copyOf(tokens);
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }

  /** Returns the index of the file a token is in. */
  static int fileOf(Token token) {
    return Integer.parseInt(token.getFile().getName());
  }

  /**
   * A tokenized file.
   *
   * @param path its path in the submission (shown, never used as a file name)
   * @param text its text
   * @param types the top-level types it declares, with their lines
   * @param methods the methods of its named classes, with their lines
   */
  record CodeFile(String path, String text, List<Span> types, List<Span> methods) {

    /** Returns the top-level type a line is in, or the file's name without .java. */
    String typeAt(int line) {
      for (Span type : types) {
        if (type.contains(line)) {
          return type.name();
        }
      }
      String name = path.substring(path.lastIndexOf('/') + 1);
      return name.endsWith(".java") ? name.substring(0, name.length() - 5) : name;
    }

    /** Returns the innermost method a line is in, or the type's name if it is in none. */
    String methodAt(int line) {
      Span best = null;
      for (Span method : methods) {
        if (method.contains(line)
            && (best == null || method.last() - method.first() < best.last() - best.first())) {
          best = method;
        }
      }
      return best == null ? typeAt(line) + " (fields)" : best.name();
    }
  }

  /**
   * A named part of a file: a type or a method.
   *
   * @param name for example {@code LIFNeuron} or {@code LIFNeuron.step}
   * @param first its first line (1-based)
   * @param last its last line
   */
  record Span(String name, int first, int last) {

    boolean contains(int line) {
      return line >= first && line <= last;
    }
  }
}
