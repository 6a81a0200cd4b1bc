package neurograde.compile;

import java.net.URI;
import javax.tools.SimpleJavaFileObject;

/** A source file held in memory, named by its path in the submission so diagnostics can cite it. */
final class MemorySource extends SimpleJavaFileObject {

  private final String path;
  private final String text;

  MemorySource(String path, String text) {
    super(
        URI.create("mem:///" + path.replace(' ', '_').replaceAll("[^A-Za-z0-9/._$-]", "_")),
        Kind.SOURCE);
    this.path = path;
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
    // that.
    String file = path.substring(path.lastIndexOf('/') + 1);
    return kind == Kind.SOURCE && file.equals(simpleName + ".java");
  }
}
