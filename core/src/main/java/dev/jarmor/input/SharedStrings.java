package dev.jarmor.input;

import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassReader;

/**
 * One string for each distinct constant text of the class files read through it. Class, member and descriptor
 * names recur in every class that uses them, and ASM makes a string per class file for each: a large program's
 * trees held those texts many times over (220 MB of the live heap of a 40,300-class input, docs/benchmarks).
 */
final class SharedStrings {

  private final ConcurrentHashMap<String, String> texts = new ConcurrentHashMap<>();

  /** A reader of {@code classFile} whose constant texts are this one's. */
  ClassReader reader(byte[] classFile) {
    return new ClassReader(classFile) {
      @Override
      public String readUTF8(int offset, char[] charBuffer) {
        String text = super.readUTF8(offset, charBuffer);
        if (text == null) {
          return null;
        }
        String shared = texts.putIfAbsent(text, text);
        return shared == null ? text : shared;
      }
    };
  }
}
