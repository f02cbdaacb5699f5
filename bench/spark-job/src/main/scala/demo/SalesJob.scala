package demo

import org.apache.spark.sql.SparkSession
import org.apache.spark.sql.functions.{col, sum, udf}

import scala.util.control.NonFatal

// The job bench/spark protects and runs on a local cluster with executor JVMs (issue 15). Each part crosses
// a boundary between the driver and the executors: closures and what they capture go by Java
// serialization, Scala objects come back through ModuleSerializationProxy (MODULE$ by name), and Datasets
// read case classes through Scala reflection (the names in their pickled signatures). Amounts are
// multiples of 1/8, so every sum is exact in a Double whatever the order of the partitions.

case class Sale(id: Long, region: String, amount: Double)
case class Total(region: String, sum: Double)

sealed trait Tier
case object Gold extends Tier
case object Standard extends Tier

// Helpers the closures capture as a value (see `pricing` below): an executor deserializes the object
// itself, which resolves to Pricing.MODULE$.
object Pricing extends Serializable {
  val TaxRate = 0.25
  val GoldFrom = 150.0
  def withTax(amount: Double): Double = amount * (1 + TaxRate)
  def tier(amount: Double): Tier = if (amount >= GoldFrom) Gold else Standard
}

object SalesJob {
  val Regions = Vector("N", "S", "E", "W")

  def sales: Seq[Sale] = (1 to 240).map(i => Sale(i.toLong, Regions(i * 7 % 4), (i * 37 % 200) + (i % 8) / 8.0))

  private var failed = List.empty[String]

  // One part of the job: a part that fails prints `<name>: failed` in place of its results and its root cause
  // on standard error, and the next parts still run, so that one run shows every boundary that breaks.
  def part(name: String)(body: => Seq[String]): Unit = {
    val lines =
      try body
      catch {
        case NonFatal(e) =>
          val root = Iterator.iterate(e: Throwable)(_.getCause).takeWhile(_ != null).toSeq.last
          // a task's failure reaches the driver as the SparkException that aborted its stage
          val where = if (String.valueOf(e.getMessage).contains("most recent failure: Lost task")) "an executor" else "the driver"
          System.err.println(s"part $name failed on $where: $root")
          failed ::= name
          Seq("failed")
      }
    lines.foreach(line => println(s"$name: $line"))
  }

  def main(args: Array[String]): Unit = {
    val spark = SparkSession.builder().appName("jarmor-spark-job").getOrCreate()
    val sc = spark.sparkContext
    val names = sc.broadcast(Map("N" -> "North", "S" -> "South", "E" -> "East", "W" -> "West"))
    val pricing = Pricing

    // RDD closures: a broadcast and an object captured, case classes and case objects in the shuffle
    val rdd = sc.parallelize(sales, 4)
    part("rdd taxed") {
      rdd.filter(_.amount > 10)
        .map(s => (names.value(s.region), pricing.withTax(s.amount)))
        .reduceByKey(_ + _)
        .collect().sortBy(_._1).toSeq
        .map { case (region, total) => f"$region%s $total%.3f" }
    }
    part("rdd tiers") {
      rdd.map(s => (pricing.tier(s.amount), 1)).reduceByKey(_ + _).collect().map { case (t, n) => s"$t $n" }.sorted.toSeq
    }
    part("rdd biggest") {
      // ties broken by id: the order in which partitions meet is not fixed
      rdd.map(s => (s.region, s)).reduceByKey((a, b) => if (a.amount > b.amount || a.amount == b.amount && a.id < b.id) a else b)
        .values.collect().sortBy(_.id).toSeq.map(_.toString)
    }

    // Datasets of case classes through spark-sql's encoders
    import spark.implicits._
    // made in each part: encoding the Seq is the first thing that reads Sale through Scala reflection
    def ds = sales.toDS().repartition(3)
    part("ds totals") {
      ds.groupBy(col("region")).agg(sum(col("amount")).as("sum")).as[Total].collect().sortBy(_.region).toSeq
        .map(t => f"${t.region}%s ${t.sum}%.3f")
    }
    part("ds gold") {
      val label = udf((region: String) => names.value(region))
      ds.filter(_.amount >= Pricing.GoldFrom).withColumn("name", label(col("region")))
        .groupBy("name").count().as[(String, Long)].collect().sorted.toSeq
        .map { case (name, n) => s"$name $n" }
    }
    part("ds taxed") {
      ds.map(s => Total(s.region, pricing.withTax(s.amount))).groupByKey(_.region)
        .reduceGroups((a, b) => Total(a.region, a.sum + b.sum)).collect().sortBy(_._1).toSeq
        .map { case (region, t) => f"$region%s ${t.sum}%.3f" }
    }

    spark.stop()
    if (failed.nonEmpty) sys.exit(1)
  }
}
