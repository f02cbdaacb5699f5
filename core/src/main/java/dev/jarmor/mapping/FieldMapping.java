package dev.jarmor.mapping;

/**
 * One field line of a mapping: {@code java.lang.String name -> b}.
 *
 * @param type the field's type in Java source form with original class names, e.g. {@code int[]}
 * @param originalClass the class the field was declared in when that is not the class the line is
 *     listed under (R8 writes {@code int com.acme.Other.count -> a} for a moved field), else null
 * @param originalName the field's name in the input
 * @param newName the field's name in the output
 */
public record FieldMapping(String type, String originalClass, String originalName, String newName) {

  /** A field declared in the class it is listed under. */
  public FieldMapping(String type, String originalName, String newName) {
    this(type, null, originalName, newName);
  }

  /** The field's descriptor, e.g. {@code [Ljava/lang/String;}. */
  public String descriptor() {
    return JavaTypes.descriptor(type);
  }

  public boolean renamed() {
    return !originalName.equals(newName);
  }
}
