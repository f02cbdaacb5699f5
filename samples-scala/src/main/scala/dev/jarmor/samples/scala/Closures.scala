package dev.jarmor.samples.scala

import java.io.{ByteArrayInputStream, ByteArrayOutputStream, ObjectInputStream, ObjectOutputStream}

/** Closures capturing values: Scala makes every one serializable. */
object Closures {
  def scale(factor: Int): Int => Int = x => x * factor
  def label(prefix: String): Sale => String = sale => s"$prefix ${sale.item} x${sale.amount}"
  def priced(price: Int): Sale => Total = _.total(price)
}

/** Java serialization to bytes and back, in this JVM. */
object Bytes {
  def write(value: AnyRef): Array[Byte] = {
    val bytes = new ByteArrayOutputStream()
    val out = new ObjectOutputStream(bytes)
    out.writeObject(value)
    out.close()
    bytes.toByteArray
  }

  def read[T](bytes: Array[Byte]): T = {
    val in = new ObjectInputStream(new ByteArrayInputStream(bytes))
    try in.readObject().asInstanceOf[T] finally in.close()
  }

  def roundTrip[T <: AnyRef](value: T): T = read[T](write(value))
}
