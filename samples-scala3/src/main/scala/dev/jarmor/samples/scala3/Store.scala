package dev.jarmor.samples.scala3

import java.io.{ObjectInputStream, ObjectOutputStream}
import java.nio.file.{Files, Paths}

/**
 * Writes a stream in one run (`write <file>`) and reads it in another (`read <file>`): a file written
 * by one build must be readable by the other.
 */
object Store:
  def main(args: Array[String]): Unit =
    val file = Paths.get(args(1))
    if args(0) == "write" then
      val out = ObjectOutputStream(Files.newOutputStream(file))
      out.writeObject(List(Order("tea", 2), Paused("stock"), Drink.Special("mate", 5), Closed, Registry, Shop.Rules,
        Size.Medium, Drink.Tea))
      out.writeObject(Closures.label("stored"))
      out.close()
      println(s"wrote ${file.getFileName}")
    else
      val in = ObjectInputStream(Files.newInputStream(file))
      val objects = in.readObject().asInstanceOf[List[AnyRef]]
      val label = in.readObject().asInstanceOf[Order => String]
      in.close()
      println(s"read ${objects.take(3).mkString(", ")}")
      println(s"singletons: ${objects(3) eq Closed} ${objects(4) eq Registry} ${objects(5) eq Shop.Rules} ${objects(6) eq Size.Medium} ${objects(7) eq Drink.Tea}")
      println(label(objects.head.asInstanceOf[Order]))
