"""Regenerate outputs/README.md from pipeline/output/schema.py.

    python tools/gen_outputs_readme.py
"""

from pathlib import Path

from pipeline.output.schema import markdown

INTRO = """# outputs/

`make extract` writes every table here twice, as `<table>.csv` (UTF-8, comma-separated,
header row) and `<table>.parquet` (zstd, typed), with the same rows. Nothing else in this
folder is tracked by git. Same corpus, same bytes: ids are derived from content and no
timestamp is written.
`make report` adds `report/`, an HTML view of these tables (`report/index.html`).

- Offsets (`start`, `end`) are character offsets into `documents.body`
  (`body[start:end] == text`). `sentence_id` is the sentence's index within its document.
- Join keys: `doc_id` (every per-document table), `entity_id` (mentions, relations,
  entities, entity_aliases), `figure_id` (relations to figures).
- In CSV only, a text cell starting with `=`, `+`, `-`, `@`, tab or carriage return gets a
  leading `'` so spreadsheets never run it as a formula (OWASP CSV injection); Parquet
  keeps the raw value.
- Empty CSV cells are empty strings or missing numbers; Parquet has nulls for missing
  numbers and ids.
- `pipeline.load("outputs")` reads every table into pandas with the dtype in the
  "pandas" column below (empty text as `<NA>`); each contract date value column
  (`dates.value`, `relations.date`, the views' `date`) gets a `<name>_day` column
  beside it, the value as `datetime64[ns]` where it is one whole day (else `NaT`).

## Tables

"""

if __name__ == "__main__":
    path = Path(__file__).resolve().parent.parent / "outputs" / "README.md"
    path.write_text(INTRO + markdown())
