package cold;

/** A fixed-size ring of keyed slots whose insertion checks its own state, as LRUMap's does. */
public final class Ring {

  private final int[] keys;
  private final String[] values;
  private int head;
  private int size;
  private long checksum;

  public Ring(int capacity) {
    keys = new int[capacity];
    values = new String[capacity];
  }

  /** Within 325 bytes, with two error messages of seven and eight constants, one reading a long and a double. */
  public void put(int key, String value) {
    int slot = head;
    if (slot < 0 || slot >= keys.length) {
      throw new IllegalStateException("slot out of range: slot=" + slot + " head=" + head + " size=" + size
          + " capacity=" + keys.length + " key=" + key + " value=" + value + ", a ring never gets here.");
    }
    if (value == null) {
      long stamp = checksum ^ key;
      double load = (double) size / keys.length;
      throw new IllegalArgumentException("value=null for key=" + key + " at slot=" + slot + " stamp=" + stamp
          + " load=" + load + " capacity=" + keys.length + ", nulls are refused.");
    }
    keys[slot] = key;
    values[slot] = value;
    head = (slot + 1) % keys.length;
    if (size < keys.length) {
      size++;
    }
    checksum = checksum * 31 + key + value.length();
    if ((checksum & 1) == 0) {
      checksum ^= (long) key << 7;
    } else {
      checksum += head * 17L;
    }
  }

  public long checksum() {
    return checksum;
  }

  public static void main(String[] args) {
    Ring ring = new Ring(64);
    for (int i = 0; i < 200_000; i++) {
      ring.put(i, i % 2 == 0 ? "even" : "odd");
    }
    System.out.println("checksum " + ring.checksum());
    try {
      ring.put(7, null);
    } catch (IllegalArgumentException e) {
      System.out.println(e.getMessage() + " in " + e.getStackTrace()[0].getMethodName());
    }
  }
}
