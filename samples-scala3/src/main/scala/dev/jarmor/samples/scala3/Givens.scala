package dev.jarmor.samples.scala3

/** A type class, its given instances and a method taking one with using. */
trait Show[A]:
  def show(value: A): String

object Show:
  given Show[Int] with
    def show(value: Int): String = s"#$value"

  given orderShow(using items: Show[Int]): Show[Order] with
    def show(order: Order): String = s"${order.item} ${items.show(order.count)}"

  given Show[Size] = size => s"size ${size.ordinal}"

def shown[A](value: A)(using s: Show[A]): String = s.show(value)

extension [A](values: List[A])(using s: Show[A])
  def showAll: String = values.map(s.show).mkString("[", ", ", "]")
