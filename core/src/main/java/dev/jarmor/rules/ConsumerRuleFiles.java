package dev.jarmor.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of a jar's files hold the keep rules it ships for its consumers, following R8's convention:
 * {@code META-INF/proguard/*.pro}, {@code META-INF/com.android.tools/<folder>/**.pro} and jarmor's own
 * {@code META-INF/jarmor/*.pro}.
 *
 * <p>Under {@code com.android.tools} a jar may ship rules per shrinker and version: {@code r8}, {@code r8-from-X},
 * {@code r8-upto-Y}, {@code r8-from-X-upto-Y} and {@code proguard}. jarmor reads the rules written for the newest
 * R8, whose renaming it is closest to: the {@code r8} folders whose upper bound, exclusive as R8 reads it, lies above
 * 8.0 or that have none (a library that ships {@code r8-upto-3.0.0} wrote those for old R8s only). As the Android
 * build reads a jar, folders written for R8 supersede the others: when one applies, {@code com.android.tools/proguard}
 * and {@code META-INF/proguard} are not read; otherwise {@code com.android.tools/proguard}, and failing that
 * {@code META-INF/proguard}. {@code META-INF/jarmor} is always read.
 */
public final class ConsumerRuleFiles {

  private static final String TOOLS = "META-INF/com.android.tools/";
  private static final Pattern R8_FOLDER = Pattern.compile("r8(?:-from-[0-9][0-9.]*)?(?:-upto-([0-9][0-9.]*))?");
  /** The R8 version whose rules jarmor takes, the first of the 8 line: newer R8s read the same folders. */
  private static final int[] NEWEST_R8 = {8, 0};

  private ConsumerRuleFiles() {}

  /** Whether a jar's entry may hold consumer rules; {@link #select} then picks among those. */
  public static boolean candidate(String path) {
    return path.endsWith(".pro") && (directChild(path, "META-INF/proguard/") || directChild(path, "META-INF/jarmor/")
        || path.startsWith(TOOLS) && path.indexOf('/', TOOLS.length()) > 0);
  }

  /** The rule files of one jar that apply, from its candidates, sorted by path. */
  public static List<String> select(Collection<String> candidates) {
    List<String> r8 = new ArrayList<>();
    List<String> toolsProguard = new ArrayList<>();
    List<String> proguard = new ArrayList<>();
    List<String> jarmor = new ArrayList<>();
    for (String path : candidates.stream().filter(ConsumerRuleFiles::candidate).sorted().toList()) {
      if (path.startsWith(TOOLS)) {
        String folder = path.substring(TOOLS.length(), path.indexOf('/', TOOLS.length()));
        if (folder.equals("proguard")) {
          toolsProguard.add(path);
        } else if (appliesToNewestR8(folder)) {
          r8.add(path);
        }
      } else if (path.startsWith("META-INF/proguard/")) {
        proguard.add(path);
      } else {
        jarmor.add(path);
      }
    }
    List<String> selected = new ArrayList<>(!r8.isEmpty() ? r8 : !toolsProguard.isEmpty() ? toolsProguard : proguard);
    selected.addAll(jarmor);
    return selected;
  }

  private static boolean directChild(String path, String folder) {
    return path.startsWith(folder) && path.indexOf('/', folder.length()) < 0;
  }

  private static boolean appliesToNewestR8(String folder) {
    Matcher m = R8_FOLDER.matcher(folder);
    return m.matches() && (m.group(1) == null || compare(m.group(1)) > 0);
  }

  /** A dotted version against {@link #NEWEST_R8}: negative when older. */
  private static int compare(String version) {
    String[] parts = version.split("\\.");
    for (int i = 0; i < Math.max(parts.length, NEWEST_R8.length); i++) {
      int part = i < parts.length && !parts[i].isEmpty() ? Integer.parseInt(parts[i]) : 0;
      int newest = i < NEWEST_R8.length ? NEWEST_R8[i] : 0;
      if (part != newest) {
        return Integer.compare(part, newest);
      }
    }
    return 0;
  }
}
