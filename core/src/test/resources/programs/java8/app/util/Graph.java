package app.util;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Inner classes of a generic class: their generic signatures spell the type as Graph<N>.Node<V>,
 * which the JVM resolves by appending "$Node" to the (renamed) outer name.
 */
public class Graph<N> {
  final List<Node<?>> nodes = new ArrayList<>();

  public class Node<V> {
    final N id;
    final V value;

    public Node(N id, V value) {
      this.id = id;
      this.value = value;
      nodes.add(this);
    }

    public class Edge {
      public Node<V> from() {
        return Node.this;
      }
    }
  }

  /** A subclass of a parameterized inner type, whose superclass signature names Graph<String>.Node<Integer>. */
  public static class Labelled extends Graph<String>.Node<Integer> {
    public Labelled(Graph<String> graph) {
      graph.super("label", 7);
    }
  }

  public Graph<String>.Node<Integer>.Edge edge(Graph<String> graph) {
    return graph.new Node<>("e", 1).new Edge();
  }

  /** What reflection sees of these types, in words that do not depend on the classes' names. */
  public static String describe() throws Exception {
    ParameterizedType superType = (ParameterizedType) Labelled.class.getGenericSuperclass();
    ParameterizedType owner = (ParameterizedType) superType.getOwnerType();
    Type returned = null;
    for (java.lang.reflect.Method method : Graph.class.getDeclaredMethods()) {
      if (method.getReturnType() == Graph.Node.Edge.class) {
        returned = method.getGenericReturnType();
      }
    }
    ParameterizedType edgeOwner = (ParameterizedType) ((ParameterizedType) returned).getOwnerType();
    Graph<String> graph = new Graph<>();
    Labelled labelled = new Labelled(graph);
    Object local = new Object() {
      @Override
      public String toString() {
        return "anonymous";
      }
    };
    class Counter {
      int count() {
        return graph.nodes.size();
      }
    }
    return "graph " + (superType.getRawType() == Graph.Node.class) + " " + superType.getActualTypeArguments()[0]
        + " " + (owner.getRawType() == Graph.class) + " " + owner.getActualTypeArguments()[0]
        + " " + (edgeOwner.getRawType() == Graph.Node.class) + " " + edgeOwner.getActualTypeArguments()[0]
        + " " + labelled.id + labelled.value + " " + new Counter().count()
        + " " + nestedName(Graph.Node.class) + nestedName(Graph.Node.Edge.class) + nestedName(Labelled.class)
        + nestedName(local.getClass()) + nestedName(Counter.class)
        + " " + local.getClass().isAnonymousClass() + " " + Counter.class.isLocalClass()
        + " " + Graph.Node.Edge.class.getSimpleName().isEmpty() + " " + local.getClass().getSimpleName().isEmpty();
  }

  /**
   * Java 8's Class.getSimpleName cuts the enclosing class's name off a nested class's name and
   * fails unless "$" follows; local and anonymous classes have digits after it.
   */
  private static String nestedName(Class<?> nested) {
    String enclosing = nested.getEnclosingClass().getName() + "$";
    if (!nested.getName().startsWith(enclosing)) {
      return "[" + nested.getName() + " outside " + enclosing + "]";
    }
    String rest = nested.getName().substring(enclosing.length());
    boolean digits = !rest.isEmpty() && Character.isDigit(rest.charAt(0));
    if (nested.isMemberClass() == digits) {
      return "[" + nested.getName() + " digits " + digits + "]";
    }
    // the InnerClasses attribute's simple name (what Java 9+ answers) agrees with the binary name
    String simple = rest.replaceFirst("^[0-9]+", "");
    return nested.getSimpleName().equals(simple) ? "+" : "[" + nested.getName() + " simple " + nested.getSimpleName() + "]";
  }
}
