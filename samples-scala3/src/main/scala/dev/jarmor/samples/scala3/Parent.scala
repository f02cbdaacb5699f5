package dev.jarmor.samples.scala3

import java.io.{File, ObjectInputStream, ObjectOutputStream}

/**
 * Starts a child JVM by class name, sends it a case class, an enum case and a closure, and prints
 * the case class and applies the closure it sends back.
 */
object Parent:
  private val ChildClass = "dev.jarmor.samples.scala3.Child"

  def run(): Unit =
    val java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java"
    val child = ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ChildClass)
      .redirectError(ProcessBuilder.Redirect.INHERIT).start()
    val out = ObjectOutputStream(child.getOutputStream)
    out.writeObject(Order("coffee", 4))
    out.writeObject(Closures.priced(3))
    out.writeObject(Drink.Coffee)
    out.writeObject(Size.Large)
    out.close()
    val in = ObjectInputStream(child.getInputStream)
    val receipt = in.readObject().asInstanceOf[Receipt]
    val twice = in.readObject().asInstanceOf[Receipt => String]
    val answers = in.readObject().asInstanceOf[List[String]]
    in.close()
    answers.foreach(println)
    println(s"child sent $receipt, its closure says ${twice(receipt)}")
    println(s"child exit ${child.waitFor()}")

/** The child JVM: applies the closure it receives to the order and sends the receipt and a closure back. */
object Child:
  def main(args: Array[String]): Unit =
    val in = ObjectInputStream(System.in)
    val order = in.readObject().asInstanceOf[Order]
    val priced = in.readObject().asInstanceOf[Order => Receipt]
    val drink = in.readObject().asInstanceOf[Drink]
    val size = in.readObject().asInstanceOf[Size]
    val receipt = priced(order)
    val out = ObjectOutputStream(System.out)
    out.writeObject(receipt)
    val factor = 2
    out.writeObject((r: Receipt) => s"${r.item} twice is ${r.sum * factor}")
    out.writeObject(List(s"child got $order", s"enum cases are the child's: ${drink eq Drink.Coffee} ${size eq Size.Large}, price ${drink.price}"))
    out.flush()
