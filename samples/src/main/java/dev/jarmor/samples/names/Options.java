package dev.jarmor.samples.names;

import java.lang.reflect.Field;

/** Sets a plugin's options by field name, as configuration binders do. */
final class Options {
  private Options() {}

  static void set(Object target, String field, Object value) throws ReflectiveOperationException {
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field declared = type.getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(target, value);
        return;
      } catch (NoSuchFieldException e) {
        // declared further up
      }
    }
    throw new NoSuchFieldException(field);
  }
}
