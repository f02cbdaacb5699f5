@file:JvmName("Texts")
@file:JvmMultifileClass

package dev.jarmor.samples.kotlin

/** The other part of the multi-file facade {@code Texts}. */
fun whisper(text: String): String = text.lowercase() + "..."
