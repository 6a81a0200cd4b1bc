package neurograde.compile;

/**
 * A file to compile.
 *
 * @param path its path in the submission, or {@code (template)/NAME.java} for a stand-in
 * @param className the top-level class it is compiled as the file of (its file name, unless it was
 *     renamed)
 * @param text its text
 * @param template whether it is the template's stand-in for a missing or broken written class
 * @param salvaged whether its broken methods were already stubbed out (it is not salvaged twice)
 */
record SourceUnit(String path, String className, String text, boolean template, boolean salvaged) {

  SourceUnit(String path, String className, String text, boolean template) {
    this(path, className, text, template, false);
  }

  /** The same file compiled as another class's. */
  SourceUnit named(String name) {
    return new SourceUnit(path, name, text, template, salvaged);
  }

  /** The same file with another text. */
  SourceUnit withText(String newText) {
    return new SourceUnit(path, className, newText, template, salvaged);
  }

  /** The same file with its broken methods stubbed out. */
  SourceUnit salvagedAs(String newText) {
    return new SourceUnit(path, className, newText, template, true);
  }

  /** The source to hand javac. */
  MemorySource source() {
    return new MemorySource(path, className, text);
  }
}
