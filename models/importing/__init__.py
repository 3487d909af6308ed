"""Importing an office's existing lists from Excel and CSV files (issue 15).

The steps, one module each, none of them importing Qt:

- `reading`: the file's rows as cells (`.xlsx` through python-calamine once `limits` let it through, `.csv`
  read in a stream, in the encoding `encodings` detects, separated by `;`, `,` or tab), with what was
  detected;
- `fields` and `mapping`: the fields Qamqor imports, their headers in Russian, Kazakh and English, and the
  mapping of a file's columns onto them (guessed, edited, saved by name);
- `values`: cell values as people write them (dates, countries, categories, stay bases, sex);
- `checking`: the dry run (every row through the same pydantic schemas as a typed entry) and the likely
  duplicates, against the database and within the file;
- `writing`: the import itself, in batches of one transaction each, and undoing a whole import;
- `report` and `template`: the `.xlsx` report of a dry run and the template to fill in.
"""
