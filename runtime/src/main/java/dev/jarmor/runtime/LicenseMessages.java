package dev.jarmor.runtime;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one line a failed licence check prints, {@code <name> license error <code>: <what>}. A vendor translates
 * them with a resource bundle {@code <name>-license-messages} in the program ({@code acme-license-messages_de.properties}):
 * {@code line} and {@code error.<code>}, each a {@link MessageFormat} pattern, override the English texts here.
 */
final class LicenseMessages {

  static final int MISSING = 1;
  static final int UNREADABLE = 2;
  static final int SIGNATURE = 3;
  static final int EXPIRED = 4;
  static final int NOT_YET_VALID = 5;
  static final int OTHER_MACHINE = 6;
  static final int CLOCK_SET_BACK = 7;
  static final int PRODUCT = 8;
  static final int NO_TIME = 9;
  static final int NO_CONTENT_KEY = 10;

  private static final String[] ENGLISH = {
      null,
      "no license found; looked for {0}",
      "cannot read the license {0}: {1}",
      "the license {0} is not signed by this program''s vendor",
      "the license {0} expired on {1}",
      "the license {0} is valid from {1}",
      "the license {0} is not for this machine: {1} not found here",
      "the clock is set back: it says {0}, an earlier run on this machine saw {1}",
      "the license {0} is for {1}, not {2}",
      "no time source answered ({0}) and this license does not accept the local clock",
      "the license {0} holds no key to this program''s encrypted code: it was issued before the code was bound to"
          + " licenses, or with another key",
  };

  private LicenseMessages() {}

  /** The line for failure {@code code}, in the default locale's language where the vendor ships one. */
  static String line(String name, int code, Object... arguments) {
    ResourceBundle bundle = bundle(name);
    String what = MessageFormat.format(text(bundle, "error." + code, ENGLISH[code]), arguments);
    return MessageFormat.format(text(bundle, "line", "{0} license error {1}: {2}"), name, String.valueOf(code), what);
  }

  private static String text(ResourceBundle bundle, String key, String english) {
    if (bundle != null && bundle.containsKey(key)) {
      return bundle.getString(key);
    }
    return english;
  }

  private static ResourceBundle bundle(String name) {
    try {
      return ResourceBundle.getBundle(name + "-license-messages", Locale.getDefault(),
          LicenseMessages.class.getClassLoader());
    } catch (MissingResourceException e) {
      return null;
    }
  }
}
