package dev.jarmor.samples.kotlin

import java.io.Serializable

/** A data class: toString, copy, componentN and equality are generated from its properties. */
data class Order(val id: Int, val customer: String, val quantity: Int = 1) {
  fun total(price: Int): Int = quantity * price
}

/**
 * A data class nothing finds by name: renamed with its properties, its generated toString, componentN, copy and
 * copy$default with them.
 */
data class Sale(val item: String, val amount: Int = 1)

/** A sealed hierarchy: `when` over it is exhaustive, and kotlin-reflect lists its subclasses. */
sealed class Shape {
  abstract fun area(): Double

  data class Circle(val radius: Double) : Shape() {
    override fun area(): Double = 3.0 * radius * radius
  }

  data class Square(val side: Double) : Shape() {
    override fun area(): Double = side * side
  }

  object Empty : Shape() {
    override fun area(): Double = 0.0
    override fun toString(): String = "Empty"
  }
}

/** An enum switched over by `when` in another class (its `$WhenMappings`). */
enum class Status { NEW, PAID, SHIPPED }

/** An `object`: one instance, found by kotlin-reflect through its INSTANCE field. */
object Registry {
  private val names = mutableListOf<String>()
  fun register(name: String): Int {
    names += name
    return names.size
  }
  fun all(): List<String> = names.toList()
}

/** A class with a companion object holding a factory and a constant. */
class Counter private constructor(var count: Int) {
  fun increment(by: Int = 1): Counter {
    count += by
    return this
  }

  companion object {
    const val START = 10
    fun create(): Counter = Counter(START)
  }
}

/** A class read through kotlin-reflect: property names and values, constructor with a default argument. */
class Settings(val host: String, var port: Int = 8080, val secure: Boolean = false) {
  var label: String = "none"
  fun address(path: String): String = "$host:$port$path"
}

/** A `fun interface` whose lambdas may be serialized. */
fun interface Transform : Serializable {
  fun apply(value: Int): Int
}

/** Read and written by Jackson's Kotlin module: property names are the document's keys. */
data class Invoice(val number: String, val lines: List<Line>, val paid: Boolean = false)

data class Line(val item: String, val amount: Int)

/** Written and read by kotlinx.serialization through its generated `$serializer`. */
@kotlinx.serialization.Serializable
data class Parcel(val label: String, val weight: Int, val tags: List<String> = emptyList())

/** A sealed hierarchy kotlinx.serialization writes with a class discriminator. */
@kotlinx.serialization.Serializable
sealed class Event {
  @kotlinx.serialization.Serializable
  data class Opened(val by: String) : Event()

  @kotlinx.serialization.Serializable
  data object Closed : Event()
}

/** A value class: functions taking or returning it have mangled JVM names (`label-XXXX`, `getSku-XXXX`). */
@JvmInline
value class Sku(val code: Int) {
  fun label(): String = "sku-$code"
}

/** A sealed interface with a `data object`, whose generated toString() returns its simple name. */
sealed interface Stock {
  data class Item(val sku: Sku, val count: Int) : Stock

  data object Sold : Stock
}
