package app;

import dev.jarmor.license.License;
import dev.jarmor.license.LicenseException;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;

/** A program that reads its licence through the licence API, starts a child of itself, and runs for a while. */
public class Licensed {

  public static void main(String[] args) throws Exception {
    String mode = args.length == 0 ? "show" : args[0];
    if (mode.equals("show")) {
      System.out.println("holder " + License.holder() + ", seats " + License.data("seats") + ", expires "
          + License.expires() + ", data " + License.data());
    } else if (mode.equals("child") || mode.equals("exec")) {
      String[] command = {System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
          "-Duser.home=" + System.getProperty("user.home"), "-cp", System.getProperty("java.class.path"),
          Licensed.class.getName()};
      Process child = mode.equals("child") ? new ProcessBuilder(command).redirectErrorStream(true).start()
          : Runtime.getRuntime().exec(command);
      String out = read(child.getInputStream()) + read(child.getErrorStream());
      System.out.println("child: " + out.trim() + " (exit " + child.waitFor() + ")");
    } else if (mode.equals("run")) {
      long end = System.currentTimeMillis() + Long.parseLong(args[1]) * 1000;
      int ticks = 0;
      while (System.currentTimeMillis() < end) {
        Thread.sleep(100);
        ticks += Worker.work();
      }
      System.out.println("finished after " + ticks + " ticks");
    } else if (mode.equals("catch")) {
      long end = System.currentTimeMillis() + Long.parseLong(args[1]) * 1000;
      String holder = null;
      try {
        while (System.currentTimeMillis() < end) {
          if (holder == null) {
            System.out.println("licensed to " + (holder = License.holder()));
          }
          License.holder();
          Thread.sleep(100);
        }
        System.out.println("finished");
      } catch (LicenseException e) {
        System.out.println("caught " + e.code() + ": " + e.getMessage());
      }
    }
  }

  private static String read(InputStream in) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    for (int n; (n = in.read(buffer)) > 0; ) {
      bytes.write(buffer, 0, n);
    }
    return bytes.toString("UTF-8");
  }
}
