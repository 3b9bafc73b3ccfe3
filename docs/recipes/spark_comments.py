"""WARC files → comment records → Parquet, with PySpark (usage: WARC_DIR OUT_DIR).

A DataFrame of WARC paths, one partition per file; mapInPandas turns each into its
records with threadparse.batch.iter_records. The Spark schema is derived from
threadparse's Arrow schema (naive timestamps stay TIMESTAMP_NTZ: not shifted).
"""

import os
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
from pyspark.sql import SparkSession
from pyspark.sql.pandas.types import from_arrow_schema

from threadparse.batch import iter_records
from threadparse.records import COMMENT_COLUMNS, comments_schema


def records_of(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """For mapInPandas: frames of paths in, a frame of records per WARC out."""
    for batch in batches:
        for path in batch["path"]:
            yield pd.DataFrame(list(iter_records(path)), columns=list(COMMENT_COLUMNS))


def main(warc_dir: str, out: str) -> None:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers: this Python
    warnings.filterwarnings("ignore", "PySpark does not yet fully support pandas")
    spark = SparkSession.builder.master("local[2]").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    paths = sorted(str(p) for p in Path(warc_dir).glob("*.warc.gz"))
    warcs = spark.sparkContext.parallelize([(p,) for p in paths], len(paths)).toDF("path STRING")
    schema = from_arrow_schema(comments_schema())
    warcs.mapInPandas(records_of, schema=schema).write.mode("overwrite").parquet(out)
    back = spark.read.parquet(out)
    print(back.count(), "comment records")
    back.groupBy("depth").count().orderBy("depth").show()


if __name__ == "__main__":
    main(*sys.argv[1:3])
