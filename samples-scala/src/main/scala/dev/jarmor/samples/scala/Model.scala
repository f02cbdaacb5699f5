package dev.jarmor.samples.scala

/** A sale: a case class, with its companion's apply and unapply, copy and field names. */
final case class Sale(item: String, amount: Int) {
  def total(price: Int): Total = Total(item, amount.toLong * price)
}

/** What a sale comes to: the case class the child JVM sends back. */
final case class Total(item: String, sum: Long)

/** A sealed hierarchy of case objects and a case class. */
sealed trait Status extends Product with Serializable
case object Open extends Status
case object Closed extends Status
final case class Paused(reason: String) extends Status

/** A plain object, Serializable: reading it back must give the singleton. */
object Registry extends Serializable {
  val name = "registry"

  def describe(status: Status): String = status match {
    case Open => "open"
    case Closed => "closed"
    case Paused(reason) => s"paused for $reason"
  }
}

/** An object holding a nested object. */
object Shop {
  object Rules extends Serializable {
    val limit = 10
  }
}

/** A class built only through its companion's apply methods. */
final class Money private (val cents: Long) {
  override def toString: String = f"${cents / 100}.${cents % 100}%02d"
}

object Money {
  def apply(cents: Long): Money = new Money(cents)
  def apply(text: String): Money = {
    val Array(units, hundredths) = text.split('.')
    new Money(units.toLong * 100 + hundredths.toLong)
  }
}

/** A trait with default methods, mixed into a class. */
trait Greeter {
  def name: String
  def greet(other: String): String = s"$name greets $other"
  def shout: String = greet("everyone").toUpperCase
}

final class Clerk(val name: String) extends Greeter

/** A Scala 2 Enumeration: each value's name is the name of the val holding it, which Enumeration reads by reflection. */
object Level extends Enumeration {
  val Low, Medium, High = Value
  val Top: Value = Value("top")
}
