package dev.jarmor.samples.wire;

import java.io.Serializable;
import java.util.List;

/** What the parent sends: objects of every kind, and jobs to run on them. */
public final class Envelope implements Serializable {
  final List<Parcel> parcels;
  final List<Measurement> measurements;
  final Token token;
  final Job<Integer, Integer> multiply;
  final Job<Parcel, Integer> weigh;
  final Job<String, String> shout;

  Envelope(List<Parcel> parcels, List<Measurement> measurements, Token token, Job<Integer, Integer> multiply,
      Job<Parcel, Integer> weigh, Job<String, String> shout) {
    this.parcels = parcels;
    this.measurements = measurements;
    this.token = token;
    this.multiply = multiply;
    this.weigh = weigh;
    this.shout = shout;
  }
}
