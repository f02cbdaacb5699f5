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
   * name, joined by a dot and encrypted under {@code key} mixed with the caller's class name. When
   * the target cannot be linked, the call site throws, each time it runs, the {@code LinkageError}
   * the JVM would have thrown for the call ({@code NoSuchMethodError}, {@code NoClassDefFoundError},
   * ...), so code that catches it to fall back on an older API still does.
   */
  public static CallSite target(MethodHandles.Lookup caller, String name, MethodType type, String encodedTarget,
      int key, int kind) {
    Class<?> callerClass = caller.lookupClass();
    String target = Cipher.decode(encodedTarget, Cipher.siteKey(key, Cipher.siteClass(callerClass)));
    int dot = target.lastIndexOf('.');
    String ownerName = target.substring(0, dot);
    MethodHandle handle;
    try {
      Class<?> owner = Class.forName(ownerName, false, callerClass.getClassLoader());
      String method = target.substring(dot + 1);
      handle = kind == STATIC
          ? caller.findStatic(owner, method, type)
          : caller.findVirtual(owner, method, type.dropParameterTypes(0, 1));
      // a varargs method's handle would collect arguments: the call passes its array itself
      handle = handle.asFixedArity().asType(type);
    } catch (ClassNotFoundException e) {
      handle = throwing(type, new NoClassDefFoundError(ownerName.replace('.', '/')));
    } catch (ReflectiveOperationException e) {
      // the lookup keeps the JVM's own resolution error as the cause, where there is one
      handle = throwing(type, e.getCause() instanceof LinkageError ? (LinkageError) e.getCause()
          : e instanceof NoSuchMethodException ? new NoSuchMethodError(e.getMessage())
          : new IllegalAccessError(e.getMessage()));
    } catch (LinkageError e) {
      handle = throwing(type, e);
    }
    return new ConstantCallSite(handle);
  }

  /** A handle of {@code type} that throws {@code error}. */
  private static MethodHandle throwing(MethodType type, LinkageError error) {
    MethodHandle thrower = MethodHandles.throwException(type.returnType(), LinkageError.class).bindTo(error);
    return MethodHandles.dropArguments(thrower, 0, type.parameterList());
  }
}
