package dev.jarmor.input;

/** A non-class entry of the program (data file, service file, text), carried to the output. */
public record Resource(String path, byte[] data) {}
