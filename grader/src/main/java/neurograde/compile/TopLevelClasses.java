package neurograde.compile;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import neurograde.score.Diagnostic;

/**
 * Settles which file declares which top-level class before compiling, so that a misplaced class
 * costs only itself.
 *
 * <ul>
 *   <li>A file whose name is not a class name ({@code LIFNeuron-1.java}, as an LMS renames a
 *       resubmitted file) but which declares one public class is compiled as that class's file.
 *   <li>A class declared twice ({@code class Activations} at the end of LIFNeuron.java, beside
 *       Activations.java or the template's stand-in for it), or declared although the course
 *       provides it, would make javac refuse the pair ("duplicate class") and sink a whole file.
 *       The declaration in the file named after the class is kept (the course's own class for a
 *       provided one) and each other is blanked out, line breaks kept so that line numbers still
 *       match the student's file.
 * </ul>
 */
final class TopLevelClasses {

  private TopLevelClasses() {}

  /** A top-level class declaration: its name and where it is in its unit. */
  private record Declaration(String name, boolean isPublic, int start, int end, long line) {}

  /**
   * Compiles a renamed file as the class it declares, in place, and returns an input diagnostic for
   * each: {@code LIFNeuron-1.java} becomes the LIFNeuron unit if the submission has no
   * LIFNeuron.java.
   *
   * @param units the files to compile by the class they are named after
   */
  static List<Diagnostic> rename(
      JavaCompiler javac, JavaFileManager files, Map<String, SourceUnit> units) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (String key : List.copyOf(units.keySet())) {
      SourceUnit unit = units.get(key);
      if (unit.template() || SourceVersion.isIdentifier(key)) {
        continue;
      }
      List<Declaration> declared = declarations(javac, files, unit);
      List<Declaration> candidates = declared.stream().filter(Declaration::isPublic).toList();
      if (candidates.isEmpty()) {
        candidates = declared;
      }
      if (candidates.size() != 1) {
        continue;
      }
      String name = candidates.get(0).name();
      SourceUnit other = units.get(name);
      if ((other != null && !other.template()) || CourseClasses.PROVIDED.contains(name)) {
        continue;
      }
      units.remove(key);
      units.put(name, unit.named(name));
      String file = fileName(unit);
      diagnostics.add(
          Diagnostic.at(
              "input",
              unit.path(),
              null,
              file
                  + " declares class "
                  + name
                  + "; it was graded as "
                  + name
                  + ".java (rename it: a public class must be in a file of its name)"));
    }
    return diagnostics;
  }

  /**
   * Blanks out the declarations to leave out, in place, and returns a compile diagnostic for each.
   *
   * @param units the files to compile by the class they are named after; template files are never
   *     changed
   */
  static List<Diagnostic> leaveOutDuplicates(
      JavaCompiler javac, JavaFileManager files, Map<String, SourceUnit> units) {
    Map<String, List<Map.Entry<String, Declaration>>> byName = new LinkedHashMap<>();
    for (Map.Entry<String, SourceUnit> unit : units.entrySet()) {
      List<Declaration> declared =
          unit.getValue().template()
              ? List.of(new Declaration(unit.getKey(), true, 0, 0, 0))
              : declarations(javac, files, unit.getValue());
      for (Declaration d : declared) {
        byName.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(Map.entry(unit.getKey(), d));
      }
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, StringBuilder> edited = new LinkedHashMap<>();
    for (Map.Entry<String, List<Map.Entry<String, Declaration>>> declared : byName.entrySet()) {
      String name = declared.getKey();
      List<Map.Entry<String, Declaration>> all = declared.getValue();
      boolean provided = CourseClasses.PROVIDED.contains(name);
      if (all.size() < 2 && !provided) {
        continue;
      }
      Map.Entry<String, Declaration> kept =
          provided
              ? null
              : all.stream().filter(d -> d.getKey().equals(name)).findFirst().orElse(all.get(0));
      for (Map.Entry<String, Declaration> d : all) {
        SourceUnit unit = units.get(d.getKey());
        if (d == kept || unit.template()) {
          continue;
        }
        StringBuilder text =
            edited.computeIfAbsent(d.getKey(), k -> new StringBuilder(unit.text()));
        for (int i = d.getValue().start(); i < d.getValue().end(); i++) {
          char c = text.charAt(i);
          if (c != '\n' && c != '\r') {
            text.setCharAt(i, ' ');
          }
        }
        SourceUnit owner = kept == null ? null : units.get(kept.getKey());
        diagnostics.add(
            Diagnostic.at(
                "compile", unit.path(), (int) d.getValue().line(), why(unit, name, owner)));
      }
    }
    edited.forEach((key, text) -> units.put(key, units.get(key).withText(text.toString())));
    return diagnostics;
  }

  /**
   * Whether a file may declare a class the course provides ({@code interface Neuron}): a quick look
   * at the text, in one pass per name, that only decides whether to parse the files. javac compiles
   * such a class without complaint, against which the student's other classes then compile instead
   * of the course's.
   */
  static boolean mayDeclareProvided(String text) {
    return CourseClasses.PROVIDED.stream().anyMatch(name -> mayDeclare(text, name));
  }

  /**
   * Whether a text may declare a class of a name: whether the name follows {@code class}, {@code
   * interface}, {@code enum} or {@code record}. Linear in the text.
   */
  static boolean mayDeclare(String text, String name) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      int before = at;
      while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
        before--;
      }
      for (String keyword : List.of("class", "interface", "enum", "record")) {
        if (before < at && text.startsWith(keyword, before - keyword.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns whether a file declares a top-level class of a name, as javac parses it (Unicode
   * escapes and all); true if it cannot be parsed, so that javac has its say.
   */
  static boolean declares(JavaCompiler javac, JavaFileManager files, SourceUnit unit, String name) {
    List<Declaration> declared = declarations(javac, files, unit);
    return declared.isEmpty() || declared.stream().anyMatch(d -> d.name().equals(name));
  }

  private static String why(SourceUnit unit, String name, SourceUnit owner) {
    String file = fileName(unit);
    if (owner == null) {
      return file
          + " declares class "
          + name
          + ", which the course provides; it was left out and the course's "
          + name
          + " was used";
    }
    if (owner.template()) {
      return file
          + " also declares class "
          + name
          + ", which must be in a file of its own, "
          + name
          + ".java; that file is missing, so "
          + name
          + " was graded as not answered and this copy was left out";
    }
    String ownerFile = fileName(owner);
    if (ownerFile.equals(file)) {
      return file + " declares class " + name + " twice; only the first was graded";
    }
    return file
        + " also declares class "
        + name
        + ", which "
        + ownerFile
        + " declares too; only the one in "
        + ownerFile
        + " was graded";
  }

  private static String fileName(SourceUnit unit) {
    return unit.path().substring(unit.path().lastIndexOf('/') + 1);
  }

  /** The top-level classes of a file, as javac parses it; none if it cannot be parsed. */
  private static List<Declaration> declarations(
      JavaCompiler javac, JavaFileManager files, SourceUnit unit) {
    List<Declaration> found = new ArrayList<>();
    JavacTask task =
        (JavacTask)
            javac.getTask(
                null,
                files,
                new DiagnosticCollector<JavaFileObject>(),
                List.of("-proc:none"),
                null,
                List.of(new MemorySource(unit.path(), unit.text())));
    try {
      SourcePositions positions = Trees.instance(task).getSourcePositions();
      for (CompilationUnitTree tree : task.parse()) {
        for (Tree type : tree.getTypeDecls()) {
          if (type instanceof ClassTree declared && !declared.getSimpleName().isEmpty()) {
            long start = positions.getStartPosition(tree, type);
            long end = positions.getEndPosition(tree, type);
            if (start >= 0 && end > start && end <= unit.text().length()) {
              found.add(
                  new Declaration(
                      declared.getSimpleName().toString(),
                      declared.getModifiers().getFlags().contains(Modifier.PUBLIC),
                      (int) start,
                      (int) end,
                      tree.getLineMap().getLineNumber(start)));
            }
          }
        }
      }
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return List.of();
    }
    return found;
  }
}
