package dev.jarmor.samples.scala3

/** Prints what each Scala 3 feature gives; the output is the same on every run. */
object Main:
  def main(args: Array[String]): Unit =
    val order = Order("tea", 3)
    println(s"case class: $order, copy ${order.copy(count = 5)}, equal ${order == Order("tea", 3)}, hash ${order.## == Order("tea", 3).##}")
    order match
      case Order(item, count) => println(s"unapply: $item $count")
    println(s"companion: ${Order.unapply(order)} ${Order.apply("milk", 2)}")
    println(s"field names: ${order.productElementNames.mkString(",")} (${order.productElementName(1)})")
    println(s"case class read back: ${Bytes.roundTrip(order)} ${Bytes.roundTrip(Paused("lunch"))}")

    println(s"enum: ${Size.values.mkString(",")} ${Size.valueOf("Medium").ordinal} ${Size.fromOrdinal(2)}")
    println(s"enum read back is the case: ${Size.values.map(s => Bytes.roundTrip(s) eq s).mkString(" ")}")
    val special = Drink.Special("mate", 5)
    val drinks = List(Drink.Tea, Drink.Coffee, special)
    println(s"enum with parameters: ${drinks.map(d => s"$d ${d.price} ${d.ordinal}").mkString(", ")}")
    println(s"enum cases read back: ${Bytes.roundTrip(Drink.Tea) eq Drink.Tea} ${Bytes.roundTrip(Drink.Coffee) eq Drink.Coffee} ${Bytes.roundTrip(special) == special}")
    println(s"enum match: ${drinks.map(describe).mkString("; ")}")

    println(s"case object read back is the singleton: ${Bytes.roundTrip(Closed) eq Closed}")
    println(s"object read back is the singleton: ${Bytes.roundTrip(Registry) eq Registry}, ${Registry.name}")
    println(s"nested object read back is the singleton: ${Bytes.roundTrip(Shop.Rules) eq Shop.Rules}, limit ${Shop.Rules.limit}")
    val statuses: List[Status] = List(Open, Closed, Paused("lunch"))
    println(s"sealed: ${statuses.map(Registry.describe).mkString("; ")}")

    val scale = Bytes.roundTrip(Closures.scale(7))
    val label = Bytes.roundTrip(Closures.label("sold"))
    val local = 11
    val add = Bytes.roundTrip((x: Int) => x + local)
    println(s"closures read back: ${scale(6)}, ${label(order)}, ${add(31)}")

    println(s"givens: ${shown(4)} ${shown(order)} ${List(Size.Small, Size.Large).showAll}")
    val price = priceOf(Drink.Coffee) + Cents(1, 25)
    println(s"opaque type and extensions: ${price.show} $currency")
    val clerk = Clerk("ann")
    println(s"trait with a parameter: ${clerk.greet("bob")}")
    println(s"structural type: ${Structural.sound(Bell())}")

    Parent.run()

  private def describe(drink: Drink): String = drink match
    case Drink.Tea => "tea"
    case Drink.Special(name, _) => s"special $name"
    case other => s"other ${other.toString.toLowerCase}"
