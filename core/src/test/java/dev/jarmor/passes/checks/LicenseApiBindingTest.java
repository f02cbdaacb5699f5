package dev.jarmor.passes.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.license.License;
import dev.jarmor.runtime.LicenseException;
import dev.jarmor.runtime.LicenseValues;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Type;

/**
 * The licence API and the runtime classes jarmor binds it to have the same public members, so that every call a
 * program compiles against the API links to the runtime in the protected jar.
 */
class LicenseApiBindingTest {

  @Test
  void theRuntimeHasEveryMethodOfTheLicenceApi() {
    assertThat(publicMethods(LicenseValues.class)).isEqualTo(publicMethods(License.class)).isNotEmpty();
  }

  @Test
  void theRuntimesExceptionIsTheApisException() {
    Class<?> api = dev.jarmor.license.LicenseException.class;
    assertThat(publicMethods(LicenseException.class)).isEqualTo(publicMethods(api)).contains("code()I");
    assertThat(constructors(LicenseException.class)).isEqualTo(constructors(api));
    assertThat(LicenseException.class.getSuperclass()).isEqualTo(api.getSuperclass());
  }

  private static Set<String> publicMethods(Class<?> type) {
    Set<String> methods = new TreeSet<>();
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers())) {
        methods.add((Modifier.isStatic(method.getModifiers()) ? "static " : "") + method.getName()
            + Type.getMethodDescriptor(method));
      }
    }
    return methods;
  }

  private static Set<String> constructors(Class<?> type) {
    Set<String> constructors = new TreeSet<>();
    for (Constructor<?> constructor : type.getConstructors()) {
      constructors.add(Type.getConstructorDescriptor(constructor));
    }
    return constructors;
  }
}
