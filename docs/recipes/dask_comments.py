"""WARC files → comment records → Parquet, with dask.bag (usage: WARC_DIR OUT_DIR).

One task per WARC file; threadparse.batch.iter_records reads each file as a stream and
gives its records, with pages that fail counted and skipped. The Parquet schema is
threadparse's own (comments_schema), not one inferred from the first rows.
"""

import sys
from pathlib import Path

import dask
import dask.bag as db
import pandas as pd

from threadparse.batch import iter_records
from threadparse.records import comments_schema


def main(warc_dir: str, out: str) -> None:
    paths = sorted(str(p) for p in Path(warc_dir).glob("*.warc.gz"))
    bag = db.from_sequence(paths, npartitions=len(paths)).map(lambda p: list(iter_records(p)))
    meta = comments_schema().empty_table().to_pandas(types_mapper=pd.ArrowDtype)
    frame = bag.flatten().to_dataframe(meta=meta)
    # chunksize=1: else dask hands one process several files at once
    with dask.config.set(scheduler="processes", num_workers=2, chunksize=1):
        frame.to_parquet(out, write_index=False, schema=comments_schema())
    back = pd.read_parquet(out)
    print(f"{len(back)} comment records from {back.page_id.nunique()} pages, {len(paths)} WARCs")
    print(back.groupby("depth").size().to_string())
    print(back[["warc_filename", "author", "created", "parent_id"]].head(4).to_string(index=False))


if __name__ == "__main__":  # (the processes scheduler imports this module again)
    main(*sys.argv[1:3])
