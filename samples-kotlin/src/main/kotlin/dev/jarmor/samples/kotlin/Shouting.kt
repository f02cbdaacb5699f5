@file:JvmName("Texts")
@file:JvmMultifileClass

package dev.jarmor.samples.kotlin

/** One part of a multi-file facade: the module file lists the parts with their facade. */
fun shout(text: String): String = text.uppercase() + "!"
