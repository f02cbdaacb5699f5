package dev.jarmor.samples.wire;

import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a stream in one run ({@code write <file>}) and reads it in another ({@code read <file>}):
 * a file written by one build must be readable by the other.
 */
public final class StreamStore {
  private StreamStore() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[1]);
    if (args[0].equals("write")) {
      try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(file))) {
        out.writeObject(List.of(new Parcel("archive", 42, Priority.NORMAL), new Measurement("s", 9.5)));
        out.writeObject(Job.times(7));
        out.writeObject(Priority.URGENT);
      }
      System.out.println("wrote " + file.getFileName());
    } else {
      try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {
        List<?> objects = (List<?>) in.readObject();
        Measurement m = (Measurement) objects.get(1);
        System.out.println("read " + ((Parcel) objects.get(0)).describe() + " " + m.value() + m.unit());
        @SuppressWarnings("unchecked")
        Job<Integer, Integer> job = (Job<Integer, Integer>) in.readObject();
        Priority priority = (Priority) in.readObject();
        System.out.println("job(6) = " + job.apply(6) + ", priority " + priority + " (" + priority.label() + ", "
            + priority.escalate().label() + " when escalated)");
      }
    }
  }
}
