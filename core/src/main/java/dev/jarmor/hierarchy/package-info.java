/**
 * The type hierarchy of program and libraries. {@link dev.jarmor.hierarchy.Hierarchy} answers
 * supertype, subtype and member-resolution questions the way the JVM does;
 * {@link dev.jarmor.hierarchy.MethodFamilies} groups the method declarations that must share a name.
 * Results are immutable and passed on; nothing is hung on the class trees.
 */
package dev.jarmor.hierarchy;
