package dev.jarmor.kotlin;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.plan.Plan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kotlin.metadata.KmClass;
import kotlin.metadata.KmClassifier;
import kotlin.metadata.KmConstructor;
import kotlin.metadata.KmDeclarationContainer;
import kotlin.metadata.KmFunction;
import kotlin.metadata.KmProperty;
import kotlin.metadata.KmType;
import kotlin.metadata.KmTypeAlias;
import kotlin.metadata.KmTypeParameter;
import kotlin.metadata.KmTypeProjection;
import kotlin.metadata.KmValueParameter;
import kotlin.metadata.jvm.JvmExtensionsKt;
import kotlin.metadata.jvm.JvmFieldSignature;
import kotlin.metadata.jvm.JvmMethodSignature;
import kotlin.metadata.jvm.KotlinClassMetadata;

/**
 * Rewrites a class's Kotlin metadata so that every name in it follows the plan: class names (the class, its
 * supertypes, nested classes, companion, sealed subclasses, every type mentioned), the JVM signatures of
 * functions, constructors and property accessors, backing fields and synthetic methods, and the Kotlin names of
 * functions and properties whose JVM names change (so that the metadata does not give the original names away).
 * A declaration whose JVM name is kept keeps its Kotlin name and its parameters' names; a renamed function's
 * parameters become {@code p0, p1, ...}, and so do a renamed class's constructor parameters when none of its
 * properties keeps its name (kotlin-reflect and Jackson's Kotlin module, which read them, reach a class whose name
 * or properties they keep).
 *
 * <p>Known limits: type alias names, annotation arguments in metadata and local delegated properties are left as
 * they are (the types inside aliases follow the plan).
 */
final class MetadataRenamer {

  private final Plan plan;
  private final KotlinNames names;

  MetadataRenamer(Plan plan) {
    this.plan = plan;
    this.names = new KotlinNames(plan);
  }

  /** Rewrites {@code metadata}, read from the class {@code owner} (input name), in place. */
  void rename(String owner, KotlinClassMetadata metadata) {
    if (metadata instanceof KotlinClassMetadata.Class c) {
      renameClass(owner, c.getKmClass());
    } else if (metadata instanceof KotlinClassMetadata.FileFacade f) {
      container(owner, f.getKmPackage());
    } else if (metadata instanceof KotlinClassMetadata.MultiFileClassPart p) {
      container(owner, p.getKmPackage());
      p.setFacadeClassName(plan.className(p.getFacadeClassName()));
    } else if (metadata instanceof KotlinClassMetadata.MultiFileClassFacade f) {
      f.setPartClassNames(f.getPartClassNames().stream().map(plan::className).toList());
    } else if (metadata instanceof KotlinClassMetadata.SyntheticClass s && s.getKmLambda() != null) {
      function(owner, s.getKmLambda().getFunction());
    }
  }

  private void renameClass(String owner, KmClass cls) {
    cls.setName(names.className(cls.getName()));
    typeParameters(cls.getTypeParameters());
    cls.getSupertypes().forEach(this::type);
    Map<String, String> properties = container(owner, cls);
    boolean hidden = !plan.className(owner).equals(owner)
        && properties.entrySet().stream().noneMatch(property -> property.getKey().equals(property.getValue()));
    cls.getConstructors().forEach(constructor -> constructor(owner, constructor, hidden));
    if (cls.getCompanionObject() != null) {
      cls.setCompanionObject(names.nestedName(owner, cls.getCompanionObject()));
    }
    cls.getNestedClasses().replaceAll(simple -> names.nestedName(owner, simple));
    cls.getSealedSubclasses().replaceAll(names::className);
    cls.getKmEnumEntries().forEach(entry -> entry.setName(plan.fieldName(owner, entry.getName(), "L" + owner + ";")));
    if (cls.getInlineClassUnderlyingPropertyName() != null) {
      String underlying = cls.getInlineClassUnderlyingPropertyName();
      cls.setInlineClassUnderlyingPropertyName(properties.getOrDefault(underlying, underlying));
    }
    type(cls.getInlineClassUnderlyingType());
    cls.getContextReceiverTypes().forEach(this::type);
    String origin = JvmExtensionsKt.getAnonymousObjectOriginName(cls);
    if (origin != null) {
      JvmExtensionsKt.setAnonymousObjectOriginName(cls, plan.className(origin));
    }
  }

  /** Functions, properties and type aliases of a class or a file facade; returns the properties' new names. */
  private Map<String, String> container(String owner, KmDeclarationContainer container) {
    container.getFunctions().forEach(function -> function(owner, function));
    List<String> before = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (KmProperty property : container.getProperties()) {
      before.add(property.getName());
      property(owner, property);
      if (property.getName().equals(before.get(before.size() - 1))) {
        taken.add(property.getName());
      }
    }
    // getters of different types may share a new JVM name, but kotlin-reflect and a data class's toString tell a
    // class's properties apart by their Kotlin names: a renamed property whose name is taken gets a number
    Map<String, String> renamed = new HashMap<>();
    for (int i = 0; i < before.size(); i++) {
      KmProperty property = container.getProperties().get(i);
      if (!property.getName().equals(before.get(i))) {
        String unique = property.getName();
        for (int n = 1; !taken.add(unique); n++) {
          unique = property.getName() + n;
        }
        property.setName(unique);
      }
      renamed.put(before.get(i), property.getName());
    }
    for (KmTypeAlias alias : container.getTypeAliases()) {
      typeParameters(alias.getTypeParameters());
      type(alias.getUnderlyingType());
      type(alias.getExpandedType());
    }
    return renamed;
  }

  private void function(String owner, KmFunction function) {
    typeParameters(function.getTypeParameters());
    type(function.getReceiverParameterType());
    function.getContextReceiverTypes().forEach(this::type);
    type(function.getReturnType());
    JvmMethodSignature signature = JvmExtensionsKt.getSignature(function);
    boolean renamed = false;
    if (signature != null) {
      JvmMethodSignature mapped = method(owner, signature);
      JvmExtensionsKt.setSignature(function, mapped);
      if (!mapped.getName().equals(signature.getName())) {
        function.setName(mapped.getName());
        renamed = true;
      }
    }
    parameters(function.getValueParameters(), renamed);
    parameters(function.getContextParameters(), renamed);
  }

  /** A value class's constructor is a static {@code constructor-impl}, renamed like any method. */
  private void constructor(String owner, KmConstructor constructor, boolean hidden) {
    JvmMethodSignature signature = JvmExtensionsKt.getSignature(constructor);
    if (signature != null) {
      JvmExtensionsKt.setSignature(constructor, method(owner, signature));
    }
    parameters(constructor.getValueParameters(), hidden);
  }

  private void property(String owner, KmProperty property) {
    typeParameters(property.getTypeParameters());
    type(property.getReceiverParameterType());
    property.getContextReceiverTypes().forEach(this::type);
    type(property.getReturnType());
    if (property.getSetterParameter() != null) {
      type(property.getSetterParameter().getType());
    }
    String newName = null;
    JvmMethodSignature getter = JvmExtensionsKt.getGetterSignature(property);
    if (getter != null) {
      JvmMethodSignature mapped = method(owner, getter);
      JvmExtensionsKt.setGetterSignature(property, mapped);
      newName = mapped.getName().equals(getter.getName()) ? property.getName() : mapped.getName();
    }
    JvmMethodSignature setter = JvmExtensionsKt.getSetterSignature(property);
    if (setter != null) {
      JvmExtensionsKt.setSetterSignature(property, method(owner, setter));
    }
    JvmFieldSignature field = JvmExtensionsKt.getFieldSignature(property);
    if (field != null) {
      String fieldOwner = fieldOwner(owner, field);
      JvmFieldSignature mapped = new JvmFieldSignature(
          plan.fieldName(fieldOwner, field.getName(), field.getDescriptor()), plan.descriptor(field.getDescriptor()));
      JvmExtensionsKt.setFieldSignature(property, mapped);
      if (newName == null) {
        newName = mapped.getName().equals(field.getName()) ? property.getName() : mapped.getName();
      }
    }
    JvmMethodSignature annotations = JvmExtensionsKt.getSyntheticMethodForAnnotations(property);
    if (annotations != null) {
      JvmExtensionsKt.setSyntheticMethodForAnnotations(property, method(owner, annotations));
    }
    JvmMethodSignature delegate = JvmExtensionsKt.getSyntheticMethodForDelegate(property);
    if (delegate != null) {
      JvmExtensionsKt.setSyntheticMethodForDelegate(property, method(owner, delegate));
    }
    if (newName != null) {
      property.setName(newName);
    }
  }

  /** A companion object's properties have their backing fields in the enclosing class. */
  private String fieldOwner(String owner, JvmFieldSignature field) {
    ClassInfo declaring = plan.hierarchy().find(owner);
    if (declaring != null && declaring.field(field.getName(), field.getDescriptor()) == null) {
      int nested = owner.lastIndexOf('$');
      ClassInfo outer = nested < 0 ? null : plan.hierarchy().find(owner.substring(0, nested));
      if (outer != null && outer.field(field.getName(), field.getDescriptor()) != null) {
        return outer.name();
      }
    }
    return owner;
  }

  private JvmMethodSignature method(String owner, JvmMethodSignature signature) {
    return new JvmMethodSignature(plan.methodName(owner, signature.getName(), signature.getDescriptor()),
        plan.descriptor(signature.getDescriptor()));
  }

  private void parameters(List<KmValueParameter> parameters, boolean renamed) {
    for (int i = 0; i < parameters.size(); i++) {
      KmValueParameter parameter = parameters.get(i);
      if (renamed) {
        parameter.setName("p" + i);
      }
      type(parameter.getType());
      type(parameter.getVarargElementType());
    }
  }

  private void typeParameters(List<KmTypeParameter> parameters) {
    for (KmTypeParameter parameter : parameters) {
      parameter.getUpperBounds().forEach(this::type);
    }
  }

  private void type(KmType type) {
    if (type == null) {
      return;
    }
    if (type.getClassifier() instanceof KmClassifier.Class c) {
      type.setClassifier(new KmClassifier.Class(names.className(c.getName())));
    }
    for (KmTypeProjection argument : new ArrayList<>(type.getArguments())) {
      type(argument.getType());
    }
    type(type.getAbbreviatedType());
    type(type.getOuterType());
    if (type.getFlexibleTypeUpperBound() != null) {
      type(type.getFlexibleTypeUpperBound().getType());
    }
  }
}
