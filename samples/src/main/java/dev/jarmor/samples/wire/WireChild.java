package dev.jarmor.samples.wire;

import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;

/** The child JVM: reads an Envelope from stdin, runs its jobs, writes the answers to stdout. */
public final class WireChild {
  private WireChild() {}

  public static void main(String[] args) throws Exception {
    ObjectInputStream in = new ObjectInputStream(System.in);
    Envelope envelope = (Envelope) in.readObject();
    List<String> answers = new ArrayList<>();
    answers.add("worker " + args[0]);
    List<Integer> weights = new ArrayList<>();
    for (Parcel parcel : envelope.parcels) {
      answers.add("parcel " + parcel.describe() + " escalated " + parcel.priority().escalate());
      weights.add(envelope.weigh.apply(parcel));
    }
    answers.add("total weight " + Arithmetic.total(weights) + " doubled " + envelope.multiply.apply(Arithmetic.total(weights)));
    for (Measurement m : envelope.measurements) {
      answers.add("measurement " + m.value() + m.unit() + " scaled " + m.scaled(2).value());
    }
    answers.add("token is the singleton: " + (envelope.token == Token.INSTANCE));
    answers.add(envelope.shout.apply("done"));
    ObjectOutputStream out = new ObjectOutputStream(System.out);
    out.writeObject(answers);
    out.writeObject(Measurement.class.getName().equals(envelope.measurements.get(0).getClass().getName()));
    out.flush();
  }
}
