package dev.jarmor.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedClassLoader;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * JFR recordings' execution samples ({@code jdk.ExecutionSample}, which the {@code profile} settings take every
 * 10 ms of a running thread), each as the method it counts for and the program methods below it on the stack. A
 * sample counts for the first frame of a class the JDK does not load (its bootstrap or platform class loader): time
 * spent in the JDK is spent by the code that called it, which is what a protector changes. JFR gives inlined frames
 * as frames of their own, and the callers into which the JIT inlines a hot method, and the loops that call it, are
 * where the time goes as much as the method: protected at full strength, a caller is no longer inlined or runs its
 * loop through a dispatcher. Each recording (one JVM: one benchmark's fork, one command of a run) has hot methods
 * of its own, so a workload that takes few of all the samples still has its hot methods spared.
 */
final class ExecutionSamples {

  private static final String EVENT = "jdk.ExecutionSample";
  private static final String PLATFORM_LOADER = "platform";

  /**
   * Per recording, each sample's method and the program methods below it on the stack, each once, as
   * {@code class.name(desc)}.
   */
  private final List<List<String[]>> recordings = new ArrayList<>();

  private ExecutionSamples() {}

  /** The samples of the recordings, each recording's apart. */
  static ExecutionSamples read(List<Path> recordings) throws IOException {
    ExecutionSamples samples = new ExecutionSamples();
    for (Path recording : recordings) {
      List<String[]> own = new ArrayList<>();
      try (RecordingFile file = new RecordingFile(recording)) {
        while (file.hasMoreEvents()) {
          RecordedEvent event = file.readEvent();
          if (event.getEventType().getName().equals(EVENT) && event.getStackTrace() != null) {
            String[] sample = sample(event.getStackTrace().getFrames());
            if (sample != null) {
              own.add(sample);
            }
          }
        }
      }
      samples.recordings.add(own);
    }
    return samples;
  }

  /**
   * The method a sample counts for, then the program methods below it, each once; the top frame alone where every
   * frame is the JDK's; null for none.
   */
  private static String[] sample(List<RecordedFrame> frames) {
    String top = null;
    Set<String> program = new LinkedHashSet<>();
    for (RecordedFrame frame : frames) {
      RecordedMethod method = frame.getMethod();
      if (!frame.isJavaFrame() || method == null || method.getType() == null) {
        continue;
      }
      String key = method.getType().getName().replace('.', '/') + "." + method.getName() + method.getDescriptor();
      top = top == null ? key : top;
      if (!isJdk(method.getType().getClassLoader())) {
        program.add(key);
      }
    }
    if (program.isEmpty()) {
      return top == null ? null : new String[] {top};
    }
    return program.toArray(String[]::new);
  }

  private static boolean isJdk(RecordedClassLoader loader) {
    return loader == null || PLATFORM_LOADER.equals(loader.getName());
  }

  /** How many samples there are. */
  int total() {
    return recordings.stream().mapToInt(List::size).sum();
  }

  /**
   * In each recording, the fewest of the methods samples count for most that together take {@code share} of its
   * samples (ties by name), and the program methods below them in those samples; each with the number of samples,
   * of all the recordings, it is such a method or below one in.
   */
  Map<String, Integer> hottest(double share) {
    Map<String, Integer> hottest = new TreeMap<>();
    for (List<String[]> samples : recordings) {
      Set<String> hot = topShare(samples, share);
      samples.stream().filter(sample -> hot.contains(sample[0]))
          .forEach(sample -> Arrays.stream(sample).forEach(method -> hottest.merge(method, 1, Integer::sum)));
    }
    return hottest;
  }

  /** The fewest of the methods one recording's samples count for most that take {@code share} of them, ties by name. */
  private static Set<String> topShare(List<String[]> samples, double share) {
    Map<String, Integer> counted = new HashMap<>();
    samples.forEach(sample -> counted.merge(sample[0], 1, Integer::sum));
    List<Map.Entry<String, Integer>> methods = new ArrayList<>(counted.entrySet());
    methods.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    Set<String> hot = new HashSet<>();
    int covered = 0;
    for (Map.Entry<String, Integer> method : methods) {
      if (covered >= share * samples.size()) {
        break;
      }
      hot.add(method.getKey());
      covered += method.getValue();
    }
    return hot;
  }
}
