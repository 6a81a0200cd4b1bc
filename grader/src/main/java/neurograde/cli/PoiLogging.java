package neurograde.cli;

/**
 * Keeps Apache POI's logging quiet. POI logs through the Log4j API, which, with no logging provider
 * on the class path, prints "Log4j API could not find a logging provider" on every run.
 */
final class PoiLogging {

  private static final String PROVIDER = "log4j.provider";

  private PoiLogging() {}

  /** Selects the Log4j API's own simple provider (errors only, to stderr), unless one is set already; call before POI is used. */
  static void quiet() {
    if (System.getProperty(PROVIDER) == null) {
      System.setProperty(PROVIDER, "org.apache.logging.log4j.simple.internal.SimpleProvider");
    }
  }
}
