package dev.jarmor.samples.data;

/** Reached only as the type of Profile's and the offices map's values. */
public class Address {
  String street;
  String city;
}
