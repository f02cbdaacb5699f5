/**
 * The type hierarchy of program and libraries. {@link dev.jarmor.hierarchy.Hierarchy} answers
 * supertype, subtype and member-resolution questions the way the JVM does, as far as the classes can be
 * read: a supertype missing from the program, its libraries and the JDK leaves its subclasses incomplete
 * ({@code Hierarchy.isComplete}), which every question it could change must take into account;
 * {@link dev.jarmor.hierarchy.MissingClasses} names what is missing and who needs it;
 * {@link dev.jarmor.hierarchy.MethodFamilies} groups the method declarations that must share a name.
 * Results are immutable and passed on; nothing is hung on the class trees.
 */
package dev.jarmor.hierarchy;
