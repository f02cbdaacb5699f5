package dev.jarmor.samples.wire;

import java.io.File;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;

/**
 * Sends an Envelope to two child JVMs, one started by a class-name string and one by
 * {@code Class.getName()}, and prints what they answer.
 */
public final class WireParent {
  private static final String WORKER = "dev.jarmor.samples.wire.WireChild";

  private WireParent() {}

  public static void main(String[] args) throws Exception {
    Envelope envelope = new Envelope(
        List.of(new Parcel("books", 1200, Priority.LOW), new Parcel("glass", 300, Priority.URGENT)),
        List.of(new Measurement("kg", 1.5), new Measurement("m", 2.0)),
        Token.INSTANCE, Job.times(3), Job.weigh(), Job.shout());
    String[][] workers = {{WORKER, "by-string"}, {WireChild.class.getName(), "by-class"}};
    for (String[] worker : workers) {
      String mainClass = worker[0];
      String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
      Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), mainClass,
          worker[1]).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      try (ObjectOutputStream out = new ObjectOutputStream(child.getOutputStream())) {
        out.writeObject(envelope);
      }
      try (ObjectInputStream in = new ObjectInputStream(child.getInputStream())) {
        @SuppressWarnings("unchecked")
        List<String> answers = (List<String>) in.readObject();
        answers.forEach(System.out::println);
        System.out.println("same record class on both sides: " + in.readObject());
      }
      System.out.println("child exit " + child.waitFor());
    }
  }
}
