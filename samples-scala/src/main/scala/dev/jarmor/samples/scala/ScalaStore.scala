package dev.jarmor.samples.scala

import java.io.{ObjectInputStream, ObjectOutputStream}
import java.nio.file.{Files, Paths}

/**
 * Writes a stream in one run (`write <file>`) and reads it in another (`read <file>`): a file written
 * by one build must be readable by the other.
 */
object ScalaStore {
  def main(args: Array[String]): Unit = {
    val file = Paths.get(args(1))
    if (args(0) == "write") {
      val out = new ObjectOutputStream(Files.newOutputStream(file))
      out.writeObject(List(Sale("tea", 2), Paused("stock"), Closed, Registry, Shop.Rules))
      out.writeObject(Closures.label("stored"))
      out.close()
      println(s"wrote ${file.getFileName}")
    } else {
      val in = new ObjectInputStream(Files.newInputStream(file))
      val objects = in.readObject().asInstanceOf[List[AnyRef]]
      val label = in.readObject().asInstanceOf[Sale => String]
      in.close()
      println(s"read ${objects.take(2).mkString(", ")}")
      println(s"singletons: ${objects(2) eq Closed} ${objects(3) eq Registry} ${objects(4) eq Shop.Rules}")
      println(label(objects.head.asInstanceOf[Sale]))
    }
  }
}
