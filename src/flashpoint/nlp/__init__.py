"""The spaCy pipeline with flashpoint's stages as registered components (see pipeline.py)."""

from flashpoint.nlp.pipeline import (
    CONFIG,
    MODEL_NAME,
    STAGES,
    annotate,
    annotate_many,
    article_of,
    get_nlp,
    load_pipeline,
    make_doc,
    process,
    run_stages,
    sent_of,
    sentences,
    text_of,
)

__all__ = ["CONFIG", "MODEL_NAME", "STAGES", "annotate", "annotate_many", "article_of", "get_nlp", "load_pipeline",
           "make_doc", "process", "run_stages", "sent_of", "sentences", "text_of"]
