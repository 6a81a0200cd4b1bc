package neurograde.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import neurograde.grading.BundledSubmissions;
import neurograde.submission.SourceFile;

/**
 * A submission made from the bundled reference (or template) with a few edits: the way the tests
 * build attacker and faulty submissions that differ from correct work in one place.
 */
public final class EditedSubmission {

  private static final String FOLDER = "src/main/java/neurons/";

  /** Source text by class name, in the order the files were added. */
  private final Map<String, String> files;

  private EditedSubmission(Map<String, String> files) {
    this.files = files;
  }

  /** Returns the reference solution, unedited. */
  public static EditedSubmission reference() {
    return of(BundledSubmissions.reference().sources());
  }

  /** Returns the student template, unedited. */
  public static EditedSubmission template() {
    return of(BundledSubmissions.template().sources());
  }

  private static EditedSubmission of(List<SourceFile> sources) {
    Map<String, String> files = new LinkedHashMap<>();
    sources.forEach(source -> files.put(source.className(), source.text()));
    return new EditedSubmission(files);
  }

  /** Returns a copy where the one occurrence of {@code anchor} in a class's file is replaced. */
  public EditedSubmission replace(String className, String anchor, String replacement) {
    String text = text(className);
    int at = text.indexOf(anchor);
    if (at < 0 || text.indexOf(anchor, at + 1) >= 0) {
      throw new IllegalArgumentException(
          "'" + anchor + "' must occur exactly once in " + className + ".java");
    }
    return with(
        className, text.substring(0, at) + replacement + text.substring(at + anchor.length()));
  }

  /**
   * Returns a copy with {@code code} inserted on its own lines just after the line holding {@code
   * anchor}.
   */
  public EditedSubmission insertAfter(String className, String anchor, String code) {
    String text = text(className);
    int at = text.indexOf(anchor);
    if (at < 0 || text.indexOf(anchor, at + 1) >= 0) {
      throw new IllegalArgumentException(
          "'" + anchor + "' must occur exactly once in " + className + ".java");
    }
    int endOfLine = text.indexOf('\n', at);
    return with(
        className, text.substring(0, endOfLine + 1) + code + "\n" + text.substring(endOfLine + 1));
  }

  /** Returns a copy with a file added or replaced. */
  public EditedSubmission with(String className, String text) {
    Map<String, String> copy = new LinkedHashMap<>(files);
    copy.put(className, text);
    return new EditedSubmission(copy);
  }

  /** Returns a copy without a file. */
  public EditedSubmission without(String className) {
    Map<String, String> copy = new LinkedHashMap<>(files);
    if (copy.remove(className) == null) {
      throw new IllegalArgumentException("no file " + className + ".java");
    }
    return new EditedSubmission(copy);
  }

  /** Returns the text of a class's file. */
  public String text(String className) {
    String text = files.get(className);
    if (text == null) {
      throw new IllegalArgumentException("no file " + className + ".java");
    }
    return text;
  }

  /** Returns the 1-based line of the one line of a class's file that contains {@code snippet}. */
  public int lineOf(String className, String snippet) {
    String[] lines = text(className).split("\n", -1);
    int found = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(snippet)) {
        if (found >= 0) {
          throw new IllegalArgumentException(
              "'" + snippet + "' is on more than one line of " + className + ".java");
        }
        found = i + 1;
      }
    }
    if (found < 0) {
      throw new IllegalArgumentException(
          "'" + snippet + "' is on no line of " + className + ".java");
    }
    return found;
  }

  /**
   * Returns the path a file has in the submission, for example {@code
   * src/main/java/neurons/LIFNeuron.java}.
   */
  public static String path(String className) {
    return FOLDER + className + ".java";
  }

  /** Returns the submission's source files. */
  public List<SourceFile> sources() {
    List<SourceFile> sources = new ArrayList<>();
    files.forEach((name, text) -> sources.add(new SourceFile(path(name), text)));
    return sources;
  }
}
