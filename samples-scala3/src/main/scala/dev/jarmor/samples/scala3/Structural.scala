package dev.jarmor.samples.scala3

import scala.reflect.Selectable.reflectiveSelectable

/** A structural type: its members are looked up by name at run time (Selectable.applyDynamic, selectDynamic). */
class Bell:
  def ring(times: Int): String = "ding" * times
  def volume: Int = 7

object Structural:
  def sound(ringer: { def ring(times: Int): String; def volume: Int }): String =
    s"${ringer.ring(2)} at ${ringer.volume}"
