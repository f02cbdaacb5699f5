package dev.jarmor.runtime;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The bootstrap of hidden method calls: a call to a static or an instance method, rewritten into an
 * invokedynamic with the same stack effect, names its owner and method only encrypted. On first use
 * {@link #target} decodes them, loads the owner through the caller's class loader (as the JVM
 * resolves the caller's own references) and finds the method with the caller's own lookup, so it
 * can reach exactly what the call could, with no {@code --add-opens} on any JDK. The call site is
 * linked for good to that direct method handle, which the JIT inlines like the call it replaces.
 */
public final class Calls {

  /** Kind of a call to a static method: the call site's type is the method's. */
  public static final int STATIC = 0;

  /**
   * Kind of a call to an instance method through a class or an interface: the call site's type is
   * the method's with the receiver, typed as the owner, first.
   */
  public static final int VIRTUAL = 1;

  private Calls() {}

  /**
   * Bootstrap of a hidden call; {@code encodedTarget} is the owner's binary name and the method's
   * name, joined by a dot and encrypted under {@code key} mixed with the caller's class name.
   */
  public static CallSite target(MethodHandles.Lookup caller, String name, MethodType type, String encodedTarget,
      int key, int kind) throws ReflectiveOperationException {
    Class<?> callerClass = caller.lookupClass();
    String target = Cipher.decode(encodedTarget, Cipher.siteKey(key, callerClass.getName()));
    int dot = target.lastIndexOf('.');
    Class<?> owner = Class.forName(target.substring(0, dot), false, callerClass.getClassLoader());
    String method = target.substring(dot + 1);
    MethodHandle handle = kind == STATIC
        ? caller.findStatic(owner, method, type)
        : caller.findVirtual(owner, method, type.dropParameterTypes(0, 1));
    // a varargs method's handle would collect arguments: the call passes its array itself
    return new ConstantCallSite(handle.asFixedArity().asType(type));
  }
}
