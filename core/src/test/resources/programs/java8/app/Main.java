package app;

import app.model.Animal;
import app.model.Cat;
import app.model.Dog;
import app.model.Shape;
import app.model.Tagged;
import app.util.Box;
import app.util.Registry;
import app.util.Transformer;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

public class Main {
  private static int counter;

  public static void main(String[] args) throws Exception {
    List<Animal> animals = new ArrayList<>(Arrays.asList(new Dog("rex", 3), new Cat("tom", 5), new Dog("ace", 1)));
    Collections.sort(animals);
    for (Animal a : animals) {
      System.out.println(a.describe() + " says " + a.sound() + " legs=" + a.legs());
    }
    // interfaces that meet only in a subclass
    Named named = new Robot();
    Greeter greeter = new Robot();
    System.out.println(named.label() + "/" + greeter.label() + "/" + new Robot().greet());
    // calls of every kind: interface default and static methods, varargs, JDK collections and strings
    java.util.Map<String, Integer> lengths = new java.util.HashMap<>();
    for (String word : Arrays.asList("kiwi", "fig", "banana")) {
      lengths.put(word.toUpperCase(), Math.max(word.length(), 4));
    }
    List<String> keys = new ArrayList<>(lengths.keySet());
    Collections.sort(keys);
    System.out.println("calls " + greeter.greet() + " " + Greeter.prefix() + " " + keys + " " + lengths.get("FIG")
        + " " + Registry.count("a", "b", "c") + " " + (Integer.parseInt("12") + Long.parseLong("30")) + " "
        + String.join("-", keys).indexOf('-') + " " + java.util.Objects.hash(1, "x"));
    System.out.println("inherited " + new app.util.Child().origin() + " " + new Puppy().info());
    // generic bridge methods
    Transformer<String, Integer> length = new app.util.LengthTransformer();
    Transformer<String, Integer> raw = length;
    System.out.println("bridge " + raw.apply("hello") + " " + length.andThen(i -> i * 2).apply("abc"));
    // lambdas and method references on a program functional interface
    Box<String> box = Box.of("x");
    Box<String> mapped = box.map(s -> s + "y").map(String::toUpperCase).map(Main::twice);
    System.out.println("box " + mapped.get() + " " + mapped.describe());
    Supplier<Box<Integer>> supplier = () -> Box.of(counter++);
    System.out.println("supplier " + supplier.get().get() + supplier.get().get());
    Function<Integer, String> f = Main::stars;
    System.out.println(f.apply(4));
    // anonymous and local classes
    Iterator<Integer> countdown = new Iterator<Integer>() {
      int n = 3;

      @Override
      public boolean hasNext() {
        return n > 0;
      }

      @Override
      public Integer next() {
        return n--;
      }
    };
    StringBuilder sb = new StringBuilder();
    while (countdown.hasNext()) {
      sb.append(countdown.next());
    }
    class Local {
      String twice(String s) {
        return s + s;
      }
    }
    System.out.println("anon " + sb + " local " + new Local().twice("ab") + " enclosing "
        + (Local.class.getEnclosingMethod() != null) + " " + countdown.getClass().isAnonymousClass()
        + " " + Local.class.isLocalClass() + " " + Registry.Entry.class.isMemberClass()
        + " " + (Registry.Entry.class.getDeclaringClass() == Registry.class));
    // generic signatures read at run time
    java.lang.reflect.ParameterizedType generic =
        (java.lang.reflect.ParameterizedType) app.util.LengthTransformer.class.getGenericInterfaces()[0];
    System.out.println("generic " + (generic.getRawType() == Transformer.class) + " "
        + (generic.getActualTypeArguments()[0] == String.class) + " " + Box.class.getTypeParameters().length);
    System.out.println(app.util.Graph.describe());
    // enums with bodies, switch, valueOf, values
    for (Shape s : Shape.values()) {
      System.out.println(s + " " + s.area(2) + " " + s.ordinal() + " " + describe(s));
    }
    System.out.println(Shape.valueOf("CIRCLE").sides() + " " + java.util.EnumSet.allOf(Shape.class).size());
    // annotations read at run time: elements, defaults, enum and class values
    Tagged tag = null;
    for (Method m : Dog.class.getDeclaredMethods()) {
      if (m.isAnnotationPresent(Tagged.class)) {
        tag = m.getAnnotation(Tagged.class);
      }
    }
    System.out.println("tag " + tag.value() + " " + tag.priority() + " " + tag.shape() + " " + (tag.kind() == Dog.class)
        + " " + Arrays.toString(tag.aliases()));
    // string switch
    for (String word : new String[] {"alpha", "beta", "gamma"}) {
      switch (word) {
        case "alpha": System.out.println("first"); break;
        case "beta": System.out.println("second"); break;
        default: System.out.println("other " + word.length());
      }
    }
    // static nested, inner classes, field hiding, interface constants
    Registry registry = new Registry();
    registry.register("a", 1);
    registry.register("b", 2);
    Registry.Entry first = registry.first();
    System.out.println("registry " + registry.size() + " " + first.key() + "=" + first.value() + " " + registry.new Cursor().position());
    System.out.println("hiding " + new app.util.Child().sum() + " constants " + app.util.Limits.MAX + " " + app.util.Limits.NAME.length());
    // exceptions of program types
    try {
      registry.lookup("missing");
    } catch (app.util.NotFound e) {
      System.out.println("caught " + e.getMessage() + " " + (e instanceof RuntimeException));
    }
    // arrays of program types, varargs, clone
    Animal[] zoo = {new Dog("a", 1), new Cat("b", 2)};
    Animal[] copy = zoo.clone();
    System.out.println("zoo " + copy.length + " " + Registry.count(zoo) + " " + Registry.count());
    System.out.println(package_private_access());
    app.util.Marker marker = Box.class.getPackage().getAnnotation(app.util.Marker.class);
    System.out.println("package annotation " + (marker == null ? "missing" : marker.value()));
  }

  static String twice(String s) {
    return s + s;
  }

  static String stars(int n) {
    char[] c = new char[n];
    Arrays.fill(c, '*');
    return new String(c);
  }

  static String describe(Shape s) {
    switch (s) {
      case SQUARE: return "four";
      case TRIANGLE: return "three";
      default: return "round";
    }
  }

  static String package_private_access() {
    Helper h = new Helper();
    h.value = 41;
    return "helper " + h.next();
  }
}

class Puppy extends Dog {
  Puppy() {
    super("pup", 0);
  }

  // a protected method of a superclass in another package
  String info() {
    return kind() + " " + legs();
  }
}

class Helper {
  int value;

  int next() {
    return ++value;
  }
}

interface Named {
  String label();
}

interface Greeter {
  String label();

  default String greet() {
    return "hi " + label() + " " + Greeter.prefix();
  }

  static String prefix() {
    return "!";
  }
}

class Machine {
  public String label() {
    return "machine";
  }
}

class Robot extends Machine implements Named, Greeter {}
