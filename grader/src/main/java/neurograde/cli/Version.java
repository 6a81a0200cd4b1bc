package neurograde.cli;

import picocli.CommandLine.IVersionProvider;

/** The grader's version, from the jar's manifest when there is one. */
final class Version implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Version.class.getPackage().getImplementationVersion();
    return new String[] {"grader " + (version == null ? "(development build)" : version)};
  }
}
