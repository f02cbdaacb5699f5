package dev.jarmor.bench.license;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * A protected program's licence check seen from outside JMH: {@code periodic <seconds>} runs that long and prints the
 * CPU time the periodic check's thread used, {@code start} does nothing, for the whole-process cost of the check at
 * start.
 */
public class LicenseProbe {

  public static void main(String[] args) throws Exception {
    // "start" does nothing: the check woven before main is all it runs
    if (args[0].equals("periodic")) {
      Thread.sleep(Long.parseLong(args[1]) * 1000);
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long nanos = 0;
      int counted = 0;
      for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
        // the periodic check's thread is the only one the program starts, and it names none
        if (info != null && info.getThreadName().startsWith("Thread-")) {
          nanos += threads.getThreadCpuTime(info.getThreadId());
          counted++;
        }
      }
      System.out.printf("threads %d cpu-ms %.3f%n", counted, nanos / 1e6);
    }
  }
}
