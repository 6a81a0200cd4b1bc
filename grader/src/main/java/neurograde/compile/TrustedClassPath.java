package neurograde.compile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import neurons.Neuron;
import org.jfree.chart.JFreeChart;

/**
 * The class path submissions compile against: the course's provided classes and JFreeChart, which
 * students may use for plots in {@code Experiments.main}. Nothing else: not the reference, not the
 * grader.
 */
final class TrustedClassPath {

  private static volatile TrustedClassPath instance;

  /** Class files by package name. */
  private final Map<String, List<MemoryClassFile>> byPackage;

  private TrustedClassPath(Map<String, List<MemoryClassFile>> byPackage) {
    this.byPackage = byPackage;
  }

  static TrustedClassPath get() {
    TrustedClassPath path = instance;
    if (path == null) {
      synchronized (TrustedClassPath.class) {
        if (instance == null) {
          instance = load();
        }
        path = instance;
      }
    }
    return path;
  }

  /** Returns the class files of a package, empty if it is not on the trusted class path. */
  List<MemoryClassFile> list(String packageName, boolean recurse) {
    if (!recurse) {
      return byPackage.getOrDefault(packageName, List.of());
    }
    List<MemoryClassFile> all = new ArrayList<>();
    byPackage.forEach(
        (name, files) -> {
          if (name.equals(packageName) || name.startsWith(packageName + ".")) {
            all.addAll(files);
          }
        });
    return all;
  }

  private static TrustedClassPath load() {
    Map<String, List<MemoryClassFile>> byPackage = new TreeMap<>();
    collect(Neuron.class, "neurons/", TrustedClassPath::isProvidedClassFile, byPackage);
    collect(JFreeChart.class, "org/jfree/", name -> true, byPackage);
    byPackage.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return new TrustedClassPath(byPackage);
  }

  private static boolean isProvidedClassFile(String entry) {
    String binary = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
    return CourseClasses.isProvided(binary);
  }

  private static void collect(
      Class<?> anchor,
      String prefix,
      java.util.function.Predicate<String> keep,
      Map<String, List<MemoryClassFile>> byPackage) {
    try {
      Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        scan(location, prefix, keep, byPackage);
      } else {
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
          scan(jar.getPath("/"), prefix, keep, byPackage);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the trusted classes next to " + anchor.getName(), e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void scan(
      Path root,
      String prefix,
      java.util.function.Predicate<String> keep,
      Map<String, List<MemoryClassFile>> byPackage)
      throws IOException {
    Path start = root.resolve(prefix);
    if (!Files.isDirectory(start)) {
      return;
    }
    try (Stream<Path> files = Files.walk(start)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
        String entry = root.relativize(file).toString().replace('\\', '/');
        if (!keep.test(entry) || entry.contains("module-info")) {
          continue;
        }
        String binary = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
        String pkg = binary.substring(0, binary.lastIndexOf('.'));
        try (InputStream in = Files.newInputStream(file)) {
          byPackage
              .computeIfAbsent(pkg, k -> new ArrayList<>())
              .add(new MemoryClassFile(binary, in.readAllBytes()));
        }
      }
    }
  }
}
