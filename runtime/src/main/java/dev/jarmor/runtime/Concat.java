package dev.jarmor.runtime;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * String concatenation with an encrypted recipe: javac (9 and later) writes the constant parts of
 * {@code "id=" + id} into the recipe of a {@code StringConcatFactory} call site, in plain text. The
 * call site is redirected here with the recipe and its string constants encrypted; this bootstrap
 * decodes them and hands the caller's own lookup to the JDK's factory, so the call site links
 * exactly as javac's would. The factory is found at run time: this class is compiled for Java 8,
 * and such call sites exist only in classes for Java 9 and later.
 */
public final class Concat {

  private Concat() {}

  /** Bootstrap replacing {@code StringConcatFactory.makeConcatWithConstants}. */
  public static CallSite recipe(MethodHandles.Lookup caller, String name, MethodType type, String encodedRecipe,
      int key, Object... constants) throws Throwable {
    int classKey = Cipher.callerKey(key, caller.lookupClass());
    Object[] arguments = new Object[constants.length + 4];
    arguments[0] = caller;
    arguments[1] = name;
    arguments[2] = type;
    arguments[3] = Cipher.decode(encodedRecipe, classKey);
    for (int i = 0; i < constants.length; i++) {
      Object constant = constants[i];
      arguments[4 + i] = constant instanceof String ? Cipher.decode((String) constant, classKey + i + 1) : constant;
    }
    return (CallSite) factory().invokeWithArguments(arguments);
  }

  private static MethodHandle factory() throws ReflectiveOperationException {
    Class<?> factory = Class.forName("java.lang.invoke.StringConcatFactory");
    return MethodHandles.publicLookup().findStatic(factory, "makeConcatWithConstants",
        MethodType.methodType(CallSite.class, MethodHandles.Lookup.class, String.class, MethodType.class,
            String.class, Object[].class));
  }
}
