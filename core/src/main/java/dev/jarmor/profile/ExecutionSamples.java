package dev.jarmor.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording's execution samples ({@code jdk.ExecutionSample}, which the {@code profile} settings take every
 * 10 ms of a running thread), each as the method on top of its stack and that method's caller. JFR gives inlined
 * frames as frames of their own, and a caller into which the JIT inlines a hot method is where the time goes as much
 * as the method: the hot methods are the most sampled top frames and their callers. A JDK method on top counts as
 * any other, so a program method that spends its time in the JDK is hot as its caller.
 */
final class ExecutionSamples {

  private static final String EVENT = "jdk.ExecutionSample";

  /** Each sample's top frame and its caller (null for none), as internal class name, a dot, name and descriptor. */
  private final List<String[]> samples = new ArrayList<>();

  private ExecutionSamples() {}

  /** The samples of the recordings together. */
  static ExecutionSamples read(List<Path> recordings) throws IOException {
    ExecutionSamples samples = new ExecutionSamples();
    for (Path recording : recordings) {
      try (RecordingFile file = new RecordingFile(recording)) {
        while (file.hasMoreEvents()) {
          RecordedEvent event = file.readEvent();
          if (event.getEventType().getName().equals(EVENT) && event.getStackTrace() != null) {
            samples.add(event.getStackTrace().getFrames());
          }
        }
      }
    }
    return samples;
  }

  private void add(List<RecordedFrame> frames) {
    String[] sample = new String[2];
    int i = 0;
    for (RecordedFrame frame : frames) {
      RecordedMethod method = frame.getMethod();
      if (i < sample.length && frame.isJavaFrame() && method != null && method.getType() != null) {
        sample[i++] = method.getType().getName().replace('.', '/') + "." + method.getName() + method.getDescriptor();
      }
    }
    if (i > 0) {
      samples.add(sample);
    }
  }

  /** How many samples there are. */
  int total() {
    return samples.size();
  }

  /**
   * The fewest of the most sampled top frames that are on top in {@code share} of the samples together (ties by
   * name), and their callers in those samples, each with the number of samples it is on top or such a caller in.
   */
  Map<String, Integer> hottest(double share) {
    Map<String, Integer> onTop = new HashMap<>();
    samples.forEach(sample -> onTop.merge(sample[0], 1, Integer::sum));
    List<Map.Entry<String, Integer>> tops = new ArrayList<>(onTop.entrySet());
    tops.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    Set<String> hotTops = new HashSet<>();
    int covered = 0;
    for (Map.Entry<String, Integer> top : tops) {
      if (covered >= share * samples.size()) {
        break;
      }
      hotTops.add(top.getKey());
      covered += top.getValue();
    }
    Map<String, Integer> hottest = new TreeMap<>();
    for (String[] sample : samples) {
      if (hotTops.contains(sample[0])) {
        hottest.merge(sample[0], 1, Integer::sum);
        if (sample[1] != null && !sample[1].equals(sample[0])) {
          hottest.merge(sample[1], 1, Integer::sum);
        }
      }
    }
    return hottest;
  }
}
