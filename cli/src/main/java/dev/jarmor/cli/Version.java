package dev.jarmor.cli;

import picocli.CommandLine.IVersionProvider;

/** The version picocli prints for {@code --version}, from the jar's manifest where there is one. */
final class Version implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"jarmor " + (version == null ? "development build" : version)};
  }
}
