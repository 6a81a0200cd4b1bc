package neurograde.compile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/** Serves the trusted class path from memory and keeps the compiled classes in memory. */
final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {

  private final TrustedClassPath trusted;
  private final Map<String, MemoryClassFile> output = new LinkedHashMap<>();

  MemoryFileManager(StandardJavaFileManager platform, TrustedClassPath trusted) {
    super(platform);
    this.trusted = trusted;
  }

  /** Returns the classes written so far, by binary name, and forgets them. */
  Map<String, byte[]> takeOutput() {
    Map<String, byte[]> classes = new LinkedHashMap<>();
    output.forEach((name, file) -> classes.put(name, file.bytes()));
    output.clear();
    return classes;
  }

  @Override
  public Iterable<JavaFileObject> list(
      Location location, String packageName, Set<JavaFileObject.Kind> kinds, boolean recurse)
      throws IOException {
    if (location == StandardLocation.CLASS_PATH) {
      List<JavaFileObject> files = new ArrayList<>();
      if (kinds.contains(JavaFileObject.Kind.CLASS)) {
        files.addAll(trusted.list(packageName, recurse));
      }
      return files;
    }
    if (location == StandardLocation.SOURCE_PATH) {
      return List.of();
    }
    return super.list(location, packageName, kinds, recurse);
  }

  @Override
  public String inferBinaryName(Location location, JavaFileObject file) {
    if (file instanceof MemoryClassFile memory) {
      return memory.binaryName();
    }
    return super.inferBinaryName(location, file);
  }

  @Override
  public boolean hasLocation(Location location) {
    return location == StandardLocation.CLASS_PATH || super.hasLocation(location);
  }

  @Override
  public JavaFileObject getJavaFileForOutput(
      Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
    MemoryClassFile file = new MemoryClassFile(className, new byte[0]);
    output.put(className, file);
    return file;
  }

  @Override
  public boolean isSameFile(FileObject a, FileObject b) {
    return a.toUri().equals(b.toUri());
  }
}
