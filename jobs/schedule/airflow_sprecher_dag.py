"""Apache Airflow DAG: Sprecher's incremental extract every night on a Spark cluster.

Needs the apache-airflow-providers-apache-spark package and a Spark connection ("spark_default")
pointing at the cluster. The application is target/sprecher-cluster.jar (mvn package); the German
models jar is shipped with --jars because spark-submit --packages cannot name a classifier.
A run that finds the output locked exits 75 and the task is retried later.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

SPRECHER = "/opt/sprecher"
MODELS = "/opt/sprecher/lib/stanford-corenlp-4.5.10-models-german.jar"

with DAG(
    dag_id="sprecher_nightly",
    schedule="30 2 * * *",
    start_date=datetime(2026, 11, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=20)},
    tags=["sprecher"],
) as dag:
    SparkSubmitOperator(
        task_id="extract",
        conn_id="spark_default",
        application=f"{SPRECHER}/target/sprecher-cluster.jar",
        java_class="io.sprecher.cli.Main",
        jars=MODELS,
        application_args=[
            "extract",
            "--input", "hdfs:///landing/news",
            "--output", "hdfs:///sprecher/out",
            "--config", f"{SPRECHER}/conf/sprecher.properties",
        ],
        # as conf/spark-defaults.conf: memory for CoreNLP German, Kryo with Sprecher's registrator,
        # the Java 17 --add-opens for a driver a standalone worker starts (see the README)
        executor_memory="6g",
        driver_memory="2g",
        executor_cores=4,
        conf={
            "spark.serializer": "org.apache.spark.serializer.KryoSerializer",
            "spark.kryo.registrator": "io.sprecher.spark.SprecherKryoRegistrator",
            "spark.sql.session.timeZone": "UTC",
            "spark.driver.extraJavaOptions": " ".join(
                f"--add-opens=java.base/{p}=ALL-UNNAMED"
                for p in [
                    "java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net",
                    "java.nio", "java.util", "java.util.concurrent", "java.util.concurrent.atomic",
                    "sun.nio.ch", "sun.nio.cs", "sun.security.action", "sun.util.calendar",
                ]
            ),
        },
    )
