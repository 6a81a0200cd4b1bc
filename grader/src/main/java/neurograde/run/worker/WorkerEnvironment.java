package neurograde.run.worker;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import neurograde.compile.CourseClasses;
import neurograde.hidden.Layer;
import neurograde.hidden.Session;
import neurograde.hidden.driver.Driver;
import neurograde.isolation.MutedPrints;
import neurograde.isolation.StaticState;
import neurograde.run.Protocol;

/**
 * The submission as the hidden checks see it: a fresh driver per check and layer.
 *
 * <p>A check must never see static state an earlier check left. When the bytecode shows the
 * submission has none that can change ({@link StaticState}), its classes are loaded once per job
 * and layer and shared by its checks, so they are loaded, verified and compiled once rather than
 * about forty-five times; otherwise every check gets fresh classes.
 */
final class WorkerEnvironment implements Session.Environment {

  private final Protocol.Job job;
  private final Consumer<Protocol.Message> sink;
  private final Map<Layer, Map<String, byte[]>> classesByLayer = new EnumMap<>(Layer.class);
  private final Map<Layer, Driver> drivers = new EnumMap<>(Layer.class);
  private final Map<Layer, Class<?>> sharedDrivers = new EnumMap<>(Layer.class);
  private final Map<String, Object> shared = new HashMap<>();
  private final Map<String, byte[]> stoppable = new HashMap<>();
  private final String whyFresh;
  private final WorkerPolicy policy;

  /** The class whose bootstrap mutes printed concatenations once a check's output is cut. */
  private static final String GATE = "neurograde/run/guard/Gate";

  private static final String LIF = "neurons.LIFNeuron";

  private static final String EXPERIMENTS = "neurons.Experiments";

  /**
   * @param freshClasses whether every check gets fresh classes whatever the bytecode shows (as the
   *     reference's measurement at warm-up does, to measure what such a submission needs)
   */
  WorkerEnvironment(
      Protocol.Job job,
      Consumer<Protocol.Message> sink,
      WorkerPolicy policy,
      boolean freshClasses) {
    this.job = job;
    this.sink = sink;
    this.policy = policy;
    this.whyFresh = freshClasses ? "asked for" : StaticState.whyFresh(job.classes()).orElse(null);
    job.classes()
        .forEach(
            (name, bytes) ->
                stoppable.put(
                    name,
                    runnable(name.equals(EXPERIMENTS) ? ExperimentReturns.add(bytes) : bytes)));
  }

  /** A class file as the worker runs it: stoppable, and its prints muted once output is cut. */
  private static byte[] runnable(byte[] bytes) {
    return StopPolls.add(MutedPrints.add(bytes, GATE));
  }

  /**
   * Only where the submission's classes are shared: the reference is measured at warm-up in fresh
   * classes, so an observation that must simulate every experiment itself keeps the limit it had.
   */
  @Override
  public void watchExperimentReturns(java.util.function.BiConsumer<String, Object> listener) {
    policy.watchReturns(whyFresh == null ? listener : null);
  }

  /** The layer's classes, made once per job, when a check first asks for the layer. */
  private Map<String, byte[]> classes(Layer layer) {
    return classesByLayer.computeIfAbsent(
        layer,
        l -> {
          Map<String, byte[]> classes = new HashMap<>();
          stoppable.forEach(
              (name, bytes) -> {
                if (!l.fromReference().contains(CourseClasses.topLevel(name))) {
                  classes.put(name, bytes);
                }
              });
          byte[] lif = job.classes().get(LIF);
          if (l == Layer.OWN_WITH_EQUATION_SLOPE && lif != null) {
            EquationSlope.apply(lif).ifPresent(b -> classes.put(LIF, runnable(b)));
          }
          return Map.copyOf(classes);
        });
  }

  /** Why the submission's checks each get fresh classes, or null if they share them. */
  String whyFresh() {
    return whyFresh;
  }

  /** Forgets the drivers of the previous check: each check gets its own driver. */
  synchronized void beginCheck() {
    drivers.clear();
  }

  /** Only once a check has used the layer: until then its classes are not known to be shareable. */
  @Override
  public synchronized boolean sharesClasses(Layer layer) {
    return whyFresh == null && sharedDrivers.get(layer) != null;
  }

  @Override
  public synchronized Driver driver(Layer layer) {
    return drivers.computeIfAbsent(layer, this::create);
  }

  private Driver create(Layer layer) {
    Class<?> driver = whyFresh == null ? sharedDriver(layer) : null;
    if (driver == null) {
      driver = driverClass(layer, false);
    }
    try {
      return (Driver) driver.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create the driver", e);
    }
  }

  /**
   * The driver class over the layer's shared classes, or null if they cannot be shared after all.
   * The submission's classes are initialised at once, on a healthy stack: their initialisers are
   * trivial, so nothing can tell when they ran, and none can later fail deep in a check's recursion
   * and stay failed for the checks after it.
   */
  private Class<?> sharedDriver(Layer layer) {
    Class<?> driver = sharedDrivers.get(layer);
    if (driver == null && !sharedDrivers.containsKey(layer)) {
      try {
        driver = driverClass(layer, true);
      } catch (RuntimeException | LinkageError e) {
        driver = null; // such code gets fresh classes, and meets the failure in its checks
      }
      sharedDrivers.put(layer, driver);
    }
    return driver;
  }

  private Class<?> driverClass(Layer layer, boolean initialise) {
    ClassLoader parent = layer == Layer.OWN ? Loaders.provided() : Loaders.reference();
    Map<String, byte[]> classes = classes(layer);
    ClassLoader submission = Loaders.submission(parent, classes);
    try {
      if (initialise) {
        for (String name : new java.util.TreeSet<>(classes.keySet())) {
          Class.forName(name, true, submission);
        }
      }
      return Loaders.driver(submission).loadClass("neurograde.hidden.driver.java.JavaDriver");
    } catch (ClassNotFoundException e) {
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
