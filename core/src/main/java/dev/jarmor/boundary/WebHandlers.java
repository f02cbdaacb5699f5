package dev.jarmor.boundary;

import java.util.List;
import java.util.regex.Pattern;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Web handler methods, whose bodies a framework writes and reads as documents by property name: Spring's
 * {@code @RequestMapping} and {@code @GetMapping}, {@code @PostMapping}, ... (a {@code @RestController}'s
 * answer is JSON; a form or query binds to a parameter's setters) and JAX-RS's {@code @GET}, {@code @POST},
 * .... The program classes in such a method's signature, returned or taken, are data models.
 */
final class WebHandlers {

  private static final Pattern HANDLER_ANNOTATION = Pattern.compile(
      "Lorg/springframework/web/bind/annotation/(Request|Get|Post|Put|Patch|Delete)Mapping;"
          + "|L(javax|jakarta)/ws/rs/(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS);");

  private WebHandlers() {}

  /** Whether a framework calls the method to answer a web request. */
  static boolean isHandler(MethodNode method) {
    List<AnnotationNode> annotations = method.visibleAnnotations;
    return annotations != null && annotations.stream().anyMatch(a -> HANDLER_ANNOTATION.matcher(a.desc).matches());
  }
}
