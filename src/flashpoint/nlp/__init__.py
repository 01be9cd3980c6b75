"""Annotation: the spaCy pipeline, loaded once per process."""

from flashpoint.nlp.pipeline import MODEL_NAME, annotate, annotate_many, get_nlp, sent_of, sentences, text_of

__all__ = ["MODEL_NAME", "annotate", "annotate_many", "get_nlp", "sent_of", "sentences", "text_of"]
