"""Input readers: text, HTML, JSONL/JSON, RSS/Atom files and folders, to Articles.

    for item in read_inputs(["reports.jsonl", "pages/"], published=date(2022, 9, 15)):
        if isinstance(item, InputProblem):
            print(item, file=sys.stderr)   # "reports.jsonl:17: not valid JSON (...)"
        else:
            process(item)                   # a flashpoint.model.Article

Nothing here raises on bad input: each bad file, line or feed entry yields an InputProblem
(severity "error": skipped; "warning": kept with a change) and the batch goes on.
"""

from flashpoint.ingest.language import guess_language, is_english
from flashpoint.ingest.problems import InputProblem
from flashpoint.ingest.readers import READERS, folder_files, read_inputs, read_path
from flashpoint.ingest.text import MAX_REPORT_CHARS

__all__ = [
    "MAX_REPORT_CHARS",
    "READERS",
    "InputProblem",
    "folder_files",
    "guess_language",
    "is_english",
    "read_inputs",
    "read_path",
]
