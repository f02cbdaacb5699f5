package dev.jarmor.samples.data;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Polymorphic: each document names the concrete class, so those class names are part of the format. */
@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
public abstract class Shape {
  abstract double area();
}
