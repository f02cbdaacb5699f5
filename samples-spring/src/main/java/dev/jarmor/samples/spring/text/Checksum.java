package dev.jarmor.samples.spring.text;

/** A small checksum of a text (Fletcher-16), printed in hex: computed, so a wrong constant or branch shows. */
public final class Checksum {

  private Checksum() {}

  public static String of(String text) {
    int low = 0;
    int high = 0;
    for (char c : text.toCharArray()) {
      low = (low + c) % 255;
      high = (high + low) % 255;
    }
    return String.format("%04x", high << 8 | low);
  }
}
