package nl.spiegelbeeld.benchmark;

import picocli.CommandLine.IVersionProvider;

/** The build's version, from the jar manifest; {@code dev} when run from classes. */
final class Version implements IVersionProvider {

  static String current() {
    String version = Version.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"Spiegelbeeld benchmark " + current()};
  }
}
