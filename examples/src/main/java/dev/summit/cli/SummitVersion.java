package dev.summit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version {@code summit --version} prints, from the build's {@code version.properties}. */
final class SummitVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"summit " + version()};
  }

  static String version() {
    Properties properties = new Properties();
    try (InputStream in = SummitVersion.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // fall through to "unknown"
    }
    return properties.getProperty("version", "unknown");
  }
}
