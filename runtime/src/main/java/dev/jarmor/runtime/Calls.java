package dev.jarmor.runtime;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The bootstrap of hidden method calls and field accesses: a call to a static or an instance method, or a read
 * or write of a field, rewritten into an invokedynamic with the same stack effect, names its owner and member only
 * encrypted. On first use {@link #target} decodes them, loads the owner through the caller's class loader (as the
 * JVM resolves the caller's own references) and finds the member with the caller's own lookup, so it can reach
 * exactly what the instruction could, with no {@code --add-opens} on any JDK. The call site is linked for good to
 * that direct method handle, which the JIT inlines like the instruction it replaces. Calls and field accesses share
 * the bootstrap, so a reader cannot tell one from the other.
 */
public final class Calls {

  /** Kind of a call to a static method: the call site's type is the method's. */
  public static final int STATIC = 0;

  /**
   * Kind of a call to an instance method through a class or an interface: the call site's type is
   * the method's with the receiver, typed as the owner, first.
   */
  public static final int VIRTUAL = 1;

  /** Kind of a static field's read: the call site's type is {@code ()T}. */
  public static final int GET_STATIC = 2;
  /** Kind of a static field's write: {@code (T)V}. */
  public static final int PUT_STATIC = 3;
  /** Kind of an instance field's read: {@code (Owner)T}. */
  public static final int GET_FIELD = 4;
  /** Kind of an instance field's write: {@code (Owner, T)V}. */
  public static final int PUT_FIELD = 5;

  /**
   * Kind of a call to a supertype's instance method with invokespecial ({@code super.m()}): the call site's type is
   * the method's with the receiver, typed as the caller, first.
   */
  public static final int SPECIAL = 6;

  private Calls() {}

  /**
   * Bootstrap of a hidden call or field access; {@code encodedTarget} is the owner's binary name and the member's
   * name, joined by a dot and encrypted under {@code key} mixed with the caller's class name and key
   * ({@link Cipher#callerKey}). When the target cannot be linked, the call site throws, each time it runs, the
   * {@code LinkageError} the JVM would have thrown for the instruction ({@code NoSuchMethodError},
   * {@code NoSuchFieldError}, {@code NoClassDefFoundError}, ...), so code that catches it to fall back on an older
   * API still does.
   */
  public static CallSite target(MethodHandles.Lookup caller, String name, MethodType type, String encodedTarget,
      int key, int kind) {
    Class<?> callerClass = caller.lookupClass();
    String target = Cipher.decode(encodedTarget, Cipher.callerKey(key, callerClass));
    int dot = target.lastIndexOf('.');
    String ownerName = target.substring(0, dot);
    MethodHandle handle;
    try {
      Class<?> owner = Class.forName(ownerName, false, callerClass.getClassLoader());
      handle = member(caller, owner, target.substring(dot + 1), type, kind);
      // a varargs method's handle would collect arguments: the call passes its array itself
      handle = handle.asFixedArity().asType(type);
    } catch (ClassNotFoundException e) {
      handle = throwing(type, new NoClassDefFoundError(ownerName.replace('.', '/')));
    } catch (ReflectiveOperationException e) {
      // the lookup keeps the JVM's own resolution error as the cause, where there is one
      handle = throwing(type, e.getCause() instanceof LinkageError ? (LinkageError) e.getCause()
          : e instanceof NoSuchMethodException ? new NoSuchMethodError(e.getMessage())
          : e instanceof NoSuchFieldException ? new NoSuchFieldError(e.getMessage())
          : new IllegalAccessError(e.getMessage()));
    } catch (LinkageError e) {
      handle = throwing(type, e);
    }
    return new ConstantCallSite(handle);
  }

  /** The member's direct handle, found with the caller's lookup as the instruction of this kind resolves it. */
  private static MethodHandle member(MethodHandles.Lookup caller, Class<?> owner, String name, MethodType type,
      int kind) throws ReflectiveOperationException {
    switch (kind) {
      case STATIC: return caller.findStatic(owner, name, type);
      case VIRTUAL: return caller.findVirtual(owner, name, type.dropParameterTypes(0, 1));
      case GET_STATIC: return caller.findStaticGetter(owner, name, type.returnType());
      case PUT_STATIC: return caller.findStaticSetter(owner, name, type.parameterType(0));
      case GET_FIELD: return caller.findGetter(owner, name, type.returnType());
      case SPECIAL: return caller.findSpecial(owner, name, type.dropParameterTypes(0, 1), caller.lookupClass());
      default: return caller.findSetter(owner, name, type.parameterType(1));
    }
  }

  /** A handle of {@code type} that throws {@code error}. */
  private static MethodHandle throwing(MethodType type, LinkageError error) {
    MethodHandle thrower = MethodHandles.throwException(type.returnType(), LinkageError.class).bindTo(error);
    return MethodHandles.dropArguments(thrower, 0, type.parameterList());
  }
}
