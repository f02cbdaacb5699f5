package dev.jarmor.verify;

import dev.jarmor.input.Program;
import dev.jarmor.input.ProgramClass;

/**
 * A method of one class file of a program: the class's internal name, its release (0 for a base class, N for
 * the variant under {@code META-INF/versions/N/}) and the method's {@code name + descriptor}.
 */
public record MethodId(String className, int release, String method) implements Comparable<MethodId> {

  /** The class file of this method's class in a program, or null. */
  ProgramClass classIn(Program program) {
    if (release == 0) {
      return program.classes().get(className);
    }
    return program.versioned().stream().filter(pc -> pc.release() == release && pc.name().equals(className))
        .findFirst().orElse(null);
  }

  @Override
  public int compareTo(MethodId other) {
    int c = className.compareTo(other.className);
    if (c == 0) {
      c = Integer.compare(release, other.release);
    }
    return c != 0 ? c : method.compareTo(other.method);
  }

  /** {@code com.acme.Foo.bar(I)V}, with {@code (release N)} for a multi-release variant. */
  @Override
  public String toString() {
    return className.replace('/', '.') + "." + method + (release == 0 ? "" : " (release " + release + ")");
  }
}
