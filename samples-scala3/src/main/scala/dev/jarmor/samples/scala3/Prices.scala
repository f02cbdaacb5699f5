package dev.jarmor.samples.scala3

// Top-level definitions: Scala 3 puts them in the module class Prices$package$.

/** Cents, an opaque type: a Long at run time, a type of its own at compile time. */
opaque type Cents = Long

object Cents:
  def apply(units: Int, hundredths: Int): Cents = units.toLong * 100 + hundredths

extension (cents: Cents)
  def +(other: Cents): Cents = cents + other
  def show: String = f"${cents / 100}.${cents % 100}%02d"

val currency = "EUR"

def priceOf(drink: Drink): Cents = Cents(drink.price, 50)
