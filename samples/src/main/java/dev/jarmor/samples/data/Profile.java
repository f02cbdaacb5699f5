package dev.jarmor.samples.data;

import java.util.List;

/** Gson reads and writes these fields by name; the transient one stays out of documents. */
public class Profile {
  private String name;
  private int age;
  private Address home;
  private List<String> tags;
  private transient String cache;

  String summary() {
    cache = name + " (" + age + ") of " + home.city + " " + tags;
    return cache;
  }
}
