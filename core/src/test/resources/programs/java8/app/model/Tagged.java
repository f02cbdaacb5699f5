package app.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Tagged {
  String value();

  int priority() default 7;

  Shape shape() default Shape.CIRCLE;

  Class<?> kind() default Object.class;

  String[] aliases() default {};
}
