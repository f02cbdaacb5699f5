package dev.jarmor.samples.data;

/** Written by name. */
public enum Status { NEW, SHIPPED, DELIVERED }
