package dev.jarmor.samples.scala3

/** An order: a case class, with its companion's apply and unapply, copy and field names. */
final case class Order(item: String, count: Int):
  def total(price: Int): Receipt = Receipt(item, count.toLong * price)

/** What an order comes to: the case class the child JVM sends back. */
final case class Receipt(item: String, sum: Long)

/** A Scala 3 enum of simple cases: one class for all, each case read back through fromOrdinal. */
enum Size:
  case Small, Medium, Large

/** A Scala 3 enum with a parameter: singleton cases, each a class of its own, and a parameterized case, a case class. */
enum Drink(val price: Int):
  case Tea extends Drink(3)
  case Coffee extends Drink(4)
  case Special(name: String, cost: Int) extends Drink(cost)

/** A sealed hierarchy of case objects and a case class. */
sealed trait Status extends Product with Serializable
case object Open extends Status
case object Closed extends Status
final case class Paused(reason: String) extends Status

/** A plain object, Serializable: reading it back must give the singleton. */
object Registry extends Serializable:
  val name = "registry"

  def describe(status: Status): String = status match
    case Open => "open"
    case Closed => "closed"
    case Paused(reason) => s"paused for $reason"

/** An object holding a nested object. */
object Shop:
  object Rules extends Serializable:
    val limit = 10

/** A trait with a parameter (Scala 3), mixed into a class. */
trait Greeter(val greeting: String):
  def name: String
  def greet(other: String): String = s"$greeting from $name to $other"

final class Clerk(val name: String) extends Greeter("hello")
