package dev.jarmor.samples.scala

import scala.reflect.runtime.universe._

/**
 * Scala reflection on a case class, as Spark's encoders use it: the case accessors listed from the
 * class's signature and called through a mirror by name.
 */
object Reflect {
  def describe(sale: Sale): String = {
    val accessors = typeOf[Sale].decls.sorted.collect { case m: MethodSymbol if m.isCaseAccessor => m }
    val instance = runtimeMirror(getClass.getClassLoader).reflect(sale)
    accessors.map(a => s"${a.name}: ${a.returnType} = ${instance.reflectMethod(a)()}").mkString(", ")
  }

  def fieldsOf(total: Total): String =
    typeOf[Total].decls.sorted.collect { case m: MethodSymbol if m.isCaseAccessor => m.name.toString }.mkString(",") +
      " of " + total.productPrefix
}
