package app.util;

import java.util.ArrayList;
import java.util.List;

public class Registry {
  private final List<Entry> entries = new ArrayList<>();

  public void register(String key, int value) {
    entries.add(new Entry(key, value));
  }

  public int size() {
    return entries.size();
  }

  public Entry first() {
    return entries.get(0);
  }

  public Entry lookup(String key) {
    for (Entry e : entries) {
      if (e.key.equals(key)) {
        return e;
      }
    }
    throw new NotFound(key);
  }

  public static int count(Object... things) {
    return things.length;
  }

  public static class Entry {
    private final String key;
    private final int value;

    Entry(String key, int value) {
      this.key = key;
      this.value = value;
    }

    public String key() {
      return key;
    }

    public int value() {
      return value;
    }
  }

  public class Cursor {
    public int position() {
      return entries.size() - 1;
    }
  }
}
