package dev.jarmor.samples.kotlin

import kotlin.coroutines.Continuation
import kotlin.coroutines.CoroutineContext
import kotlin.coroutines.EmptyCoroutineContext
import kotlin.coroutines.startCoroutine
import kotlin.coroutines.suspendCoroutine
import kotlin.coroutines.resume

/** A chain of suspend functions run by startCoroutine, without kotlinx-coroutines. */
object Suspending {
  private suspend fun fetch(key: String): Int = suspendCoroutine { it.resume(key.length * 7) }

  private suspend fun sum(keys: List<String>, fail: Boolean): Int {
    var total = 0
    for (key in keys) {
      total += fetch(key)
      if (fail && total > 20) {
        throw IllegalStateException("failing inside a suspend function at $total")
      }
    }
    return total
  }

  fun run(keys: List<String>, fail: Boolean = false): Result<Int> {
    var outcome: Result<Int>? = null
    val block: suspend () -> Int = { sum(keys, fail) }
    block.startCoroutine(object : Continuation<Int> {
      override val context: CoroutineContext get() = EmptyCoroutineContext
      override fun resumeWith(result: Result<Int>) {
        outcome = result
      }
    })
    return outcome!!
  }
}
