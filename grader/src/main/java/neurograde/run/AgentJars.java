package neurograde.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import neurograde.run.guard.Gate;
import neurograde.run.guard.GuardAgent;

/**
 * The two small jars a worker's guard needs, written to a private temporary folder for as long as
 * the pool lives: {@code agent.jar}, whose manifest names the agent (its classes come from the
 * worker's class path), and {@code gate.jar}, which holds only {@link Gate} and goes on the boot
 * class path, where both the JDK's classes and the submission's can call it. Nothing else of the
 * grader is on the boot class path: submission code could load it from there.
 */
final class AgentJars implements AutoCloseable {

  private static final String GATE_JAR = "gate.jar";

  private final Path folder;

  private AgentJars(Path folder) {
    this.folder = folder;
  }

  /** Writes the jars. */
  static AgentJars write() throws IOException {
    Path folder = Files.createTempDirectory("neurograde-worker-");
    folder.toFile().deleteOnExit();
    AgentJars jars = new AgentJars(folder);
    Manifest gate = manifest();
    try (JarOutputStream out =
        new JarOutputStream(Files.newOutputStream(folder.resolve(GATE_JAR)), gate)) {
      List<Class<?>> classes = new ArrayList<>(List.of(Gate.class.getNestMembers()));
      for (Class<?> c : classes) {
        String resource = c.getName().replace('.', '/') + ".class";
        out.putNextEntry(new JarEntry(resource));
        try (InputStream in = AgentJars.class.getClassLoader().getResourceAsStream(resource)) {
          if (in == null) {
            throw new IOException("the grader's class path has no " + resource);
          }
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    Manifest agent = manifest();
    Attributes main = agent.getMainAttributes();
    main.putValue("Premain-Class", GuardAgent.class.getName());
    main.putValue("Can-Retransform-Classes", "true");
    main.putValue("Boot-Class-Path", GATE_JAR);
    try (OutputStream out =
        new JarOutputStream(Files.newOutputStream(folder.resolve("agent.jar")), agent)) {
      out.flush();
    }
    folder.resolve(GATE_JAR).toFile().deleteOnExit();
    folder.resolve("agent.jar").toFile().deleteOnExit();
    return jars;
  }

  private static Manifest manifest() {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    return manifest;
  }

  /** The JVM option that starts a worker with the guard. */
  String javaagentOption() {
    return "-javaagent:" + folder.resolve("agent.jar");
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(folder.resolve("agent.jar"));
      Files.deleteIfExists(folder.resolve(GATE_JAR));
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      // a temporary folder: the JVM deletes it on exit otherwise
    }
  }
}
