/**
 * Kotlin support, found by core through {@link java.util.ServiceLoader}: {@link dev.jarmor.kotlin.KotlinSupport}
 * is the entry point. Kotlin programs are recognised by their {@code kotlin.Metadata} annotations; the metadata
 * and module files are read and written with JetBrains' kotlin-metadata-jvm.
 */
package dev.jarmor.kotlin;
