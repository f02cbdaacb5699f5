package dev.jarmor.samples.kotlin

import com.fasterxml.jackson.module.kotlin.jacksonObjectMapper
import com.fasterxml.jackson.module.kotlin.readValue
import java.io.ByteArrayInputStream
import java.io.ByteArrayOutputStream
import java.io.File
import java.io.ObjectInputStream
import java.io.ObjectOutputStream
import kotlinx.serialization.json.Json
import kotlinx.serialization.serializer
import kotlin.reflect.full.companionObjectInstance
import kotlin.reflect.full.memberProperties
import kotlin.reflect.full.primaryConstructor

/**
 * Prints what a Kotlin program shows of its names: the output of the protected program must be the same.
 * With the argument `fail` it throws from inside a suspend function, with `fail-lambda` from inside a
 * lambda, so that a test can retrace the stack trace.
 */
fun main(args: Array<String>) {
  when (args.firstOrNull()) {
    "fail" -> throw Suspending.run(listOf("alpha", "beta", "gamma"), fail = true).exceptionOrNull()!!
    "fail-lambda" -> {
      val failing = Transform { value -> check(value < 0) { "failing inside a lambda with $value" }; value }
      println(failing.apply(3))
    }
  }
  dataClasses()
  sealedAndEnums()
  objects()
  reflection()
  facadesAndExtensions()
  lambdas()
  suspending()
  kotlinxSerialization()
  jackson()
}

private fun dataClasses() {
  val order = Order(7, "ada", 3)
  val copy = order.copy(quantity = 5)
  val (id, customer, quantity) = copy
  println("data: $order / $copy / $id $customer $quantity / equal ${order == Order(7, "ada", 3)} / hash ${order.hashCode() == Order(7, "ada", 3).hashCode()}")
  println("data default: ${Order(8, "bob")} total ${order.total(4)}")
  val sale = Sale("tea", 3)
  val (item, amount) = sale.copy(amount = 4)
  println("data renamed: $sale / $item $amount / ${Sale("cup")} / ${sale.copy(item = "pot") == Sale("pot", 3)}")
}

private fun sealedAndEnums() {
  val shapes = listOf(Shape.Circle(1.0), Shape.Square(2.0), Shape.Empty)
  println("sealed: " + shapes.joinToString { describe(it) + " area " + it.area() })
  println("sealed subclasses: " + Shape::class.sealedSubclasses.map { it.simpleName.orEmpty() }.sorted())
  println("enum: " + Status.entries.joinToString { label(it) } + " / " + Status.valueOf("PAID").ordinal)
  val stock = listOf(Stock.Item(Sku(7), 2), Stock.Sold)
  println("value class: " + stock.joinToString { if (it is Stock.Item) "${it.sku.label()} x${it.count} $it" else "$it" })
}

private fun objects() {
  Registry.register("first")
  println("object: ${Registry.register("second")} ${Registry.all()} same instance ${Registry::class.objectInstance === Registry}")
  println("companion: ${Counter.create().increment().increment(5).count} start ${Counter.START}"
      + " instance ${Counter::class.companionObjectInstance === Counter.Companion}")
  println("object in sealed: ${Shape.Empty::class.objectInstance}")
}

private fun reflection() {
  val settings = Settings("example.org")
  settings.label = "main"
  println("properties: " + Settings::class.memberProperties.sortedBy { it.name }.joinToString { "${it.name}=${it.get(settings)}" })
  val constructor = Settings::class.primaryConstructor!!
  val made = constructor.callBy(mapOf(constructor.parameters[0] to "made.org", constructor.parameters[2] to true))
  println("callBy: ${made.host} ${made.port} ${made.secure} params ${constructor.parameters.map { it.name }}")
  val port = Settings::port
  port.set(settings, 9090)
  println("property reference: ${port.name} ${port.get(settings)} ${Settings::host.get(settings)}")
  println("function reference: ${Settings::address.call(settings, "/x")} ${::greeting.call("ann", "?")}"
      + " ${::greeting.callBy(mapOf(::greeting.parameters[0] to "joe"))} name ${::greeting.name}")
  println("members: " + Order::class.members.map { it.name }.filter { !it.startsWith("component") }.sorted())
}

private fun facadesAndExtensions() {
  println("extension: ${Order(1, "cy", 2).summary(10)} ${21.doubled} / ${shout("loud")} ${whisper("QUIET")}")
}

private fun lambdas() {
  val transform = Transform { value -> value * 3 + 1 }
  val offset = 5
  val kotlinLambda: (Int) -> Int = @JvmSerializableLambda { value -> value + offset }
  val transformCopy = roundTrip(transform) as Transform
  @Suppress("UNCHECKED_CAST") val lambdaCopy = roundTrip(kotlinLambda) as (Int) -> Int
  println("lambdas: ${transformCopy.apply(4)} ${lambdaCopy(4)}")

  val file = File.createTempFile("jarmor-kotlin", ".ser")
  try {
    ObjectOutputStream(file.outputStream()).use { it.writeObject(transform); it.writeObject(kotlinLambda) }
    val java = File(System.getProperty("java.home"), "bin/java").path
    val child = ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "dev.jarmor.samples.kotlin.LambdaReader", file.path).redirectErrorStream(true).start()
    println("child: " + child.inputStream.bufferedReader().readText().trim() + " exit " + child.waitFor())
  } finally {
    file.delete()
  }
}

private fun roundTrip(value: Any): Any {
  val bytes = ByteArrayOutputStream()
  ObjectOutputStream(bytes).use { it.writeObject(value) }
  return ObjectInputStream(ByteArrayInputStream(bytes.toByteArray())).use { it.readObject() }
}

private fun suspending() {
  println("suspend: ${Suspending.run(listOf("a", "bb", "ccc")).getOrThrow()}")
}

private fun kotlinxSerialization() {
  val json = Json.encodeToString(Parcel("box", 3, listOf("fragile")))
  val events: List<Event> = listOf(Event.Opened("ann"), Event.Closed)
  val written = Json.encodeToString(events)
  println("kotlinx.serialization: $json / ${Json.decodeFromString<Parcel>("{\"label\":\"bag\",\"weight\":1}")}"
      + " / $written / ${Json.decodeFromString<List<Event>>(written)}"
      + " / ${Json.encodeToString(serializer(Parcel::class.java), Parcel("runtime", 2))}")
}

private fun jackson() {
  val mapper = jacksonObjectMapper()
  val json = mapper.writeValueAsString(Invoice("A-1", listOf(Line("pen", 2), Line("ink", 5))))
  val read = mapper.readValue<Invoice>("""{"number":"B-2","lines":[{"item":"cap","amount":1}]}""")
  println("jackson: $json / $read")
}
