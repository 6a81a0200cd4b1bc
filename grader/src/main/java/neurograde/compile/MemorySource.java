package neurograde.compile;

import java.net.URI;
import javax.tools.SimpleJavaFileObject;

/** A source file held in memory, named by its path in the submission so diagnostics can cite it. */
final class MemorySource extends SimpleJavaFileObject {

  private final String path;
  private final String className;
  private final String text;

  /** A source named after its file. */
  MemorySource(String path, String text) {
    this(path, null, text);
  }

  /**
   * A source compiled as the file of a class.
   *
   * @param className the public class it may declare, or null for the one its file is named after
   */
  MemorySource(String path, String className, String text) {
    super(
        URI.create("mem:///" + path.replace(' ', '_').replaceAll("[^A-Za-z0-9/._$-]", "_")),
        Kind.SOURCE);
    this.path = path;
    this.className = className;
    this.text = text;
  }

  String path() {
    return path;
  }

  @Override
  public CharSequence getCharContent(boolean ignoreEncodingErrors) {
    return text;
  }

  @Override
  public boolean isNameCompatible(String simpleName, Kind kind) {
    // javac checks that a public class is in a file of its name; the submission's path decides
    // that, unless the file was renamed after the class it declares.
    if (className != null) {
      return kind == Kind.SOURCE && className.equals(simpleName);
    }
    String file = path.substring(path.lastIndexOf('/') + 1);
    return kind == Kind.SOURCE && file.equals(simpleName + ".java");
  }
}
