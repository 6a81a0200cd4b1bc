package neurograde.run.worker;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import neurograde.compile.CourseClasses;
import neurograde.hidden.Layer;
import neurograde.hidden.Session;
import neurograde.hidden.driver.Driver;
import neurograde.run.Protocol;

/** The submission as the hidden checks see it: a fresh driver per check and layer. */
final class WorkerEnvironment implements Session.Environment {

  private final Protocol.Job job;
  private final Consumer<Protocol.Message> sink;
  private final Map<Layer, Map<String, byte[]>> classesByLayer = new EnumMap<>(Layer.class);
  private final Map<Layer, Driver> drivers = new EnumMap<>(Layer.class);
  private final Map<String, Object> shared = new HashMap<>();

  WorkerEnvironment(Protocol.Job job, Consumer<Protocol.Message> sink) {
    this.job = job;
    this.sink = sink;
    Map<String, byte[]> stoppable = new HashMap<>();
    job.classes().forEach((name, bytes) -> stoppable.put(name, StopPolls.add(bytes)));
    for (Layer layer : Layer.values()) {
      Map<String, byte[]> classes = new HashMap<>();
      stoppable.forEach(
          (name, bytes) -> {
            if (!layer.fromReference().contains(CourseClasses.topLevel(name))) {
              classes.put(name, bytes);
            }
          });
      classesByLayer.put(layer, Map.copyOf(classes));
    }
  }

  /**
   * Forgets the drivers of the previous check: each check gets fresh classes, so fresh static
   * state.
   */
  synchronized void beginCheck() {
    drivers.clear();
  }

  @Override
  public synchronized Driver driver(Layer layer) {
    return drivers.computeIfAbsent(layer, this::create);
  }

  private Driver create(Layer layer) {
    ClassLoader parent = layer == Layer.OWN ? Loaders.provided() : Loaders.reference();
    ClassLoader submission = Loaders.submission(parent, classesByLayer.get(layer));
    try {
      Class<?> driver =
          Loaders.driver(submission).loadClass("neurograde.hidden.driver.java.JavaDriver");
      return (Driver) driver.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create the driver", e);
    }
  }

  @Override
  public void observe(String name, Object data) {
    sink.accept(new Protocol.Observation(name, data));
  }

  @Override
  public String substituted(String writtenClass) {
    return job.substituted().get(writtenClass);
  }

  @Override
  public Map<String, Object> sharedResults() {
    return shared;
  }
}
