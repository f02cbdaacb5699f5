package dev.jarmor.samples.wire;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/** Custom serialization: the label travels reversed and the checksum is recomputed on arrival. */
public class Parcel implements Serializable {
  private String label;
  private final int grams;
  private final Priority priority;
  private transient int checksum;

  public Parcel(String label, int grams, Priority priority) {
    this.label = label;
    this.grams = grams;
    this.priority = priority;
    this.checksum = label.hashCode() ^ grams;
  }

  public int weight() {
    return grams;
  }

  Priority priority() {
    return priority;
  }

  String describe() {
    return label + "/" + grams + "g/" + priority + "/" + (checksum == (label.hashCode() ^ grams) ? "ok" : "bad");
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    label = new StringBuilder(label).reverse().toString();
    out.defaultWriteObject();
    label = new StringBuilder(label).reverse().toString();
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    label = new StringBuilder(label).reverse().toString();
    checksum = label.hashCode() ^ grams;
  }
}
