package neurograde.submission;

/**
 * A source file of a submission.
 *
 * @param path its path inside the submission, with forward slashes
 * @param text its text
 */
public record SourceFile(String path, String text) {

  /** Returns the file's name, for example {@code LIFNeuron.java}. */
  public String fileName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** Returns the name of the top-level class the file is named after. */
  public String className() {
    String name = fileName();
    return name.endsWith(".java") ? name.substring(0, name.length() - 5) : name;
  }

  /** Returns the package the file declares, or an empty string for the default package. */
  public String declaredPackage() {
    return JavaHeader.packageOf(text);
  }
}
