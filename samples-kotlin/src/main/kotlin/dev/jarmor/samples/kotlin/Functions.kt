@file:JvmName("Functions")

package dev.jarmor.samples.kotlin

/** Top-level functions in a file facade: the module's .kotlin_module file names the facade. */
fun describe(shape: Shape): String = when (shape) {
  is Shape.Circle -> "circle r=${shape.radius}"
  is Shape.Square -> "square s=${shape.side}"
  Shape.Empty -> "empty"
}

fun label(status: Status): String = when (status) {
  Status.NEW -> "new order"
  Status.PAID -> "paid order"
  Status.SHIPPED -> "shipped order"
}

/** An extension function. */
fun Order.summary(price: Int): String = "order $id for $customer: ${total(price)}"

fun greeting(name: String, punctuation: String = "!"): String = "hello $name$punctuation"

val Int.doubled: Int get() = this * 2
