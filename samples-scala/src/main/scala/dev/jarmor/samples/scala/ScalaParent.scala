package dev.jarmor.samples.scala

import java.io.{File, ObjectInputStream, ObjectOutputStream}

/**
 * Starts a child JVM by class name, sends it a case class and a closure, and prints the case class
 * and applies the closure it sends back.
 */
object ScalaParent {
  private val Child = "dev.jarmor.samples.scala.ScalaChild"

  def run(): Unit = {
    val java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java"
    val child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Child)
      .redirectError(ProcessBuilder.Redirect.INHERIT).start()
    val out = new ObjectOutputStream(child.getOutputStream)
    out.writeObject(Sale("coffee", 4))
    out.writeObject(Closures.priced(3))
    out.writeObject(Closed)
    out.close()
    val in = new ObjectInputStream(child.getInputStream)
    val total = in.readObject().asInstanceOf[Total]
    val twice = in.readObject().asInstanceOf[Total => String]
    val answers = in.readObject().asInstanceOf[List[String]]
    in.close()
    answers.foreach(println)
    println(s"child sent $total, its closure says ${twice(total)}")
    println(s"child exit ${child.waitFor()}")
  }
}

/** The child JVM: applies the closure it receives to the sale and sends the total and a closure back. */
object ScalaChild {
  def main(args: Array[String]): Unit = {
    val in = new ObjectInputStream(System.in)
    val sale = in.readObject().asInstanceOf[Sale]
    val priced = in.readObject().asInstanceOf[Sale => Total]
    val status = in.readObject()
    val total = priced(sale)
    val out = new ObjectOutputStream(System.out)
    out.writeObject(total)
    val factor = 2
    out.writeObject((t: Total) => s"${t.item} twice is ${t.sum * factor}")
    out.writeObject(List(s"child got $sale", s"case object is the singleton in the child: ${status eq Closed}"))
    out.flush()
  }
}
