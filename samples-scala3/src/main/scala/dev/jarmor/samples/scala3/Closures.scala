package dev.jarmor.samples.scala3

import java.io.{ByteArrayInputStream, ByteArrayOutputStream, ObjectInputStream, ObjectOutputStream}

/** Closures capturing values: Scala makes every one serializable. */
object Closures:
  def scale(factor: Int): Int => Int = x => x * factor
  def label(prefix: String): Order => String = order => s"$prefix ${order.item} x${order.count}"
  def priced(price: Int): Order => Receipt = _.total(price)

/** Java serialization to bytes and back, in this JVM. */
object Bytes:
  def write(value: AnyRef): Array[Byte] =
    val bytes = ByteArrayOutputStream()
    val out = ObjectOutputStream(bytes)
    out.writeObject(value)
    out.close()
    bytes.toByteArray

  def read[T](bytes: Array[Byte]): T =
    val in = ObjectInputStream(ByteArrayInputStream(bytes))
    try in.readObject().asInstanceOf[T] finally in.close()

  def roundTrip[T <: AnyRef](value: T): T = read[T](write(value))
