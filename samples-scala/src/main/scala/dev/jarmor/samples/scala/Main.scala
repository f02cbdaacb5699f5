package dev.jarmor.samples.scala

/** Prints what each Scala feature gives; the output is the same on every run. */
object Main {
  def main(args: Array[String]): Unit = {
    val sale = Sale("tea", 3)
    println(s"case class: $sale, copy ${sale.copy(amount = 5)}, equal ${sale == Sale("tea", 3)}, hash ${sale.## == Sale("tea", 3).##}")
    sale match {
      case Sale(item, amount) => println(s"unapply: $item $amount")
    }
    println(s"companion: ${Sale.unapply(sale)} ${Sale.tupled(("milk", 2))}")
    println(s"field names: ${sale.productElementNames.mkString(",")} (${sale.productElementName(1)})")

    println(s"case object read back is the singleton: ${Bytes.roundTrip(Closed) eq Closed}")
    println(s"object read back is the singleton: ${Bytes.roundTrip(Registry) eq Registry}, ${Registry.name}")
    println(s"nested object read back is the singleton: ${Bytes.roundTrip(Shop.Rules) eq Shop.Rules}, limit ${Shop.Rules.limit}")
    println(s"case class read back: ${Bytes.roundTrip(Paused("lunch"))}")

    val statuses: List[Status] = List(Open, Closed, Paused("lunch"))
    println(s"sealed: ${statuses.map(Registry.describe).mkString("; ")}")

    val scale = Bytes.roundTrip(Closures.scale(7))
    val label = Bytes.roundTrip(Closures.label("sold"))
    val local = 11
    val add = Bytes.roundTrip((x: Int) => x + local)
    println(s"closures read back: ${scale(6)}, ${label(sale)}, ${add(31)}")

    println(s"enumeration: ${Level.values.mkString(",")}, ${Level.withName("High").id}, ${Level(1)}, read back ${Bytes.roundTrip(Level.Medium)}")
    println(s"companion apply: ${Money("12.34")} ${Money(705)}")
    val clerk = new Clerk("ann")
    println(s"trait: ${clerk.greet("bob")}, ${clerk.shout}")

    println(s"reflection: ${Reflect.describe(sale)}; ${Reflect.fieldsOf(Total("x", 1))}")

    ScalaParent.run()
  }
}
