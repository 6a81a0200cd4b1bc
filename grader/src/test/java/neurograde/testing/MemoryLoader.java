package neurograde.testing;

import java.util.Map;

/**
 * Defines compiled classes held in memory before asking its parent, so a test can load a
 * submission's {@code neurons.LIFNeuron} next to the reference's on the test class path. Every
 * instance is fresh: static state is never shared between two loaders.
 */
public final class MemoryLoader extends ClassLoader {

  private final Map<String, byte[]> classes;

  public MemoryLoader(Map<String, byte[]> classes) {
    super("memory", MemoryLoader.class.getClassLoader());
    this.classes = Map.copyOf(classes);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        byte[] bytes = classes.get(name);
        loaded =
            bytes != null ? defineClass(name, bytes, 0, bytes.length) : getParent().loadClass(name);
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }
}
