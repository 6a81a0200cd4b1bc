package neurograde.compile;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * Keeps what compiles of a file whose errors all lie inside method bodies: each such method's body
 * is replaced by a throw, so only the marks that depend on that method are lost (a typo in the
 * plotting code of {@code Experiments.main} must not cost every experiment). A syntax error is
 * salvaged the same way when the parser can still place it in a method; if the result does not
 * compile either (a missing brace, say), the compiler falls back to the template's file. Errors
 * outside methods (in a field's initializer, say) are not salvaged.
 */
final class MethodSalvage {

  private MethodSalvage() {}

  /**
   * Returns the file with the bodies of the methods that hold the errors replaced, or empty if the
   * errors cannot all be pinned to method bodies.
   *
   * @param errorPositions character offsets of the compile errors in the file
   * @param describe what the stubbed method throws: the first error, for the student
   */
  static Optional<Salvaged> stub(
      JavaCompiler javac,
      JavaFileManager files,
      String path,
      String text,
      List<Long> errorPositions,
      String describe) {
    MemorySource source = new MemorySource(path, text);
    DiagnosticCollector<JavaFileObject> parseErrors = new DiagnosticCollector<>();
    JavacTask task =
        (JavacTask)
            javac.getTask(null, files, parseErrors, List.of("-proc:none"), null, List.of(source));
    List<Span> methods = new ArrayList<>();
    try {
      for (CompilationUnitTree unit : task.parse()) {
        SourcePositions positions = Trees.instance(task).getSourcePositions();
        new TreeScanner<Void, String>() {
          @Override
          public Void visitClass(ClassTree tree, String owner) {
            return super.visitClass(tree, tree.getSimpleName().toString());
          }

          @Override
          public Void visitMethod(MethodTree method, String owner) {
            BlockTree body = method.getBody();
            if (body != null) {
              long start = positions.getStartPosition(unit, body);
              long end = positions.getEndPosition(unit, body);
              String name =
                  method.getName().contentEquals("<init>")
                      ? owner + " constructor"
                      : owner + "." + method.getName();
              methods.add(new Span(start, end, name));
            }
            return super.visitMethod(method, owner);
          }
        }.scan(unit, "");
      }
    } catch (java.io.IOException | RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
    List<Span> broken = new ArrayList<>();
    for (long position : errorPositions) {
      // the innermost method holding the error: a lambda's method, or a local class's, lies inside
      // its enclosing one
      Optional<Span> holder =
          methods.stream()
              .filter(m -> m.start() < position && position < m.end())
              .min(Comparator.comparingLong(m -> m.end() - m.start()));
      if (holder.isEmpty()) {
        return Optional.empty();
      }
      Span outermost =
          methods.stream()
              .filter(m -> m.start() <= holder.get().start() && holder.get().end() <= m.end())
              .max(Comparator.comparingLong(m -> m.end() - m.start()))
              .orElseThrow();
      if (!broken.contains(outermost)) {
        broken.add(outermost);
      }
    }
    broken.sort(Comparator.comparingLong(Span::start).reversed());
    StringBuilder salvaged = new StringBuilder(text);
    List<String> names = new ArrayList<>();
    for (Span method : broken) {
      String message = method.name() + " did not compile (" + describe + ")";
      // The stub keeps the body's line count, with the throw on the line of the method's first
      // error: lines below stay where the student wrote them, and the report names one line.
      long firstError =
          errorPositions.stream()
              .filter(p -> method.start() < p && p < method.end())
              .min(Long::compare)
              .orElse(method.start());
      int before = newlines(text, (int) method.start(), (int) firstError);
      int after = newlines(text, (int) firstError, (int) method.end());
      salvaged.replace(
          (int) method.start(),
          (int) method.end(),
          "{"
              + "\n".repeat(before)
              + " throw new UnsupportedOperationException(\""
              + escape(message)
              + "\"); "
              + "\n".repeat(after)
              + "}");
      names.add(method.name());
    }
    names.sort(null);
    return Optional.of(new Salvaged(salvaged.toString(), names));
  }

  /**
   * A file with broken methods stubbed out.
   *
   * @param text the new text
   * @param methods the methods whose bodies were replaced, for example {@code Experiments.main}
   */
  record Salvaged(String text, List<String> methods) {}

  private record Span(long start, long end, String name) {}

  private static int newlines(String text, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    return count;
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
