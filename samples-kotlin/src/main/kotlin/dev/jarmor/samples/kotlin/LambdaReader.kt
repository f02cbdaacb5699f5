package dev.jarmor.samples.kotlin

import java.io.File
import java.io.ObjectInputStream

/** The child JVM: reads the serialized lambdas its parent wrote and applies them. */
object LambdaReader {
  @JvmStatic
  fun main(args: Array<String>) {
    ObjectInputStream(File(args[0]).inputStream()).use { input ->
      val transform = input.readObject() as Transform
      @Suppress("UNCHECKED_CAST") val lambda = input.readObject() as (Int) -> Int
      println("${transform.apply(10)} ${lambda(10)}")
    }
  }
}
