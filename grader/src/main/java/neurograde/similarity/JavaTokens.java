package neurograde.similarity;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import de.jplag.ParsingException;
import de.jplag.Token;
import de.jplag.java.Parser;
import de.jplag.java.TreeTokens;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import neurograde.submission.SourceFile;

/**
 * Turns Java sources held in memory into JPlag's tokens. Only parses: nothing is compiled or run. A
 * file that does not parse is left out (JPlag would drop the whole submission). Use one instance
 * per thread, on a thread with a large stack: deeply nested code makes tree scanners recurse
 * deeply.
 */
final class JavaTokens {

  /** Most source text compared per submission (characters); a solution has about 30,000. */
  static final int MAX_CHARS = 500_000;

  private static final List<String> OPTIONS = List.of("-proc:none", "-Xlint:none", "-nowarn");

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final StandardJavaFileManager platform;

  JavaTokens() {
    if (javac == null) {
      throw new IllegalStateException("no Java compiler: run the grader on a JDK, not a JRE");
    }
    platform = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
  }

  /**
   * Tokenizes the files of one submission, in the order given.
   *
   * @return the tokens; files that do not parse are listed in {@link Tokenized#skipped()}
   */
  Tokenized tokenize(List<SourceFile> sources) {
    long chars = sources.stream().mapToLong(s -> s.text().length()).sum();
    if (chars > MAX_CHARS) {
      return new Tokenized(
          List.of(),
          List.of(),
          List.of(
              "its sources have "
                  + chars / 1000
                  + "k characters; at most "
                  + MAX_CHARS / 1000
                  + "k are compared"));
    }
    List<Memory> inputs = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      inputs.add(new Memory(i, sources.get(i).text()));
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavacTask task = (JavacTask) javac.getTask(null, platform, diagnostics, OPTIONS, null, inputs);
    List<CompilationUnitTree> units = new ArrayList<>();
    try {
      task.parse().forEach(units::add);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return new Tokenized(List.of(), List.of(), List.of("its sources could not be parsed: " + e));
    }
    // javac wraps the sources it is given: they are told apart by their URIs.
    Map<URI, String> errors = new HashMap<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR && d.getSource() != null) {
        errors.putIfAbsent(
            d.getSource().toUri(), "line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
      }
    }
    SourcePositions positions = Trees.instance(task).getSourcePositions();
    List<Token> tokens = new ArrayList<>();
    List<Tokenized.CodeFile> files = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (CompilationUnitTree unit : units) {
      URI uri = unit.getSourceFile().toUri();
      SourceFile source = sources.get(Memory.indexOf(uri));
      String error = errors.get(uri);
      if (error != null) {
        skipped.add(source.path() + " does not parse (" + firstLine(error) + ")");
        continue;
      }
      File file = new File(Integer.toString(files.size()));
      Collector collector = new Collector();
      try {
        List<ParsingException> problems = TreeTokens.scan(file, collector, unit, positions);
        if (!problems.isEmpty()) {
          skipped.add(source.path() + " could not be tokenized (" + problems.get(0) + ")");
          continue;
        }
        Outline outline = new Outline(unit, positions);
        unit.accept(outline, null);
        files.add(
            new Tokenized.CodeFile(source.path(), source.text(), outline.types, outline.methods));
      } catch (RuntimeException | StackOverflowError e) {
        skipped.add(
            source.path() + " could not be tokenized (" + e.getClass().getSimpleName() + ")");
        continue;
      }
      tokens.addAll(collector.tokens);
      tokens.add(Token.fileEnd(file));
    }
    return new Tokenized(tokens, files, skipped);
  }

  private static String firstLine(String text) {
    String line = text.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  /** A source in memory, numbered so its tree can be matched back to it. */
  private static final class Memory extends SimpleJavaFileObject {
    private final String text;

    Memory(int index, String text) {
      super(URI.create("mem:///Source" + index + ".java"), Kind.SOURCE);
      this.text = text;
    }

    static int indexOf(URI uri) {
      String path = uri.getPath();
      return Integer.parseInt(path.substring("/Source".length(), path.length() - ".java".length()));
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  /** Receives JPlag's tokens of one file. */
  private static final class Collector extends Parser {
    private final List<Token> tokens = new ArrayList<>();

    @Override
    public void add(Token token) {
      tokens.add(token);
    }
  }

  /** Collects the lines of a file's top-level types and of the methods of its named classes. */
  private static final class Outline extends TreeScanner<Void, String> {
    private final CompilationUnitTree unit;
    private final SourcePositions positions;
    private final LineMap lines;
    private final List<Tokenized.Span> types = new ArrayList<>();
    private final List<Tokenized.Span> methods = new ArrayList<>();

    Outline(CompilationUnitTree unit, SourcePositions positions) {
      this.unit = unit;
      this.positions = positions;
      this.lines = unit.getLineMap();
    }

    @Override
    public Void visitClass(ClassTree tree, String owner) {
      String name = tree.getSimpleName().toString();
      if (owner == null && !name.isEmpty()) {
        types.add(span(name, tree));
      }
      // Methods of an anonymous class count as part of the method that declares it.
      return super.visitClass(tree, name.isEmpty() ? "" : name);
    }

    @Override
    public Void visitMethod(MethodTree tree, String owner) {
      if (owner != null && !owner.isEmpty()) {
        String name =
            tree.getName().contentEquals("<init>") ? "new " + owner : owner + "." + tree.getName();
        methods.add(span(name, tree));
      }
      return super.visitMethod(tree, owner);
    }

    private Tokenized.Span span(String name, Tree tree) {
      long start = positions.getStartPosition(unit, tree);
      long end = positions.getEndPosition(unit, tree);
      int first = start < 0 ? 1 : (int) lines.getLineNumber(start);
      int last = end < 0 ? first : (int) lines.getLineNumber(end);
      return new Tokenized.Span(name, first, last);
    }
  }
}
